package cn.yongxing.silvergraph.network;

import java.util.List;

/**
 * A link between two partners of one kind. Supply links point from supplier to customer; the
 * others are undirected and name their ends in id order.
 *
 * @param from global id of one end (the supplier for supply links)
 * @param to global id of the other end
 * @param kind what links them
 * @param weight the number of facts behind the link
 * @param evidence those facts
 */
public record PartnerLink(String from, String to, LinkKind kind, double weight, List<Evidence> evidence) {

	boolean joins(String a, String b) {
		return (from.equals(a) && to.equals(b)) || (from.equals(b) && to.equals(a));
	}

	String other(String id) {
		return from.equals(id) ? to : from;
	}

}
