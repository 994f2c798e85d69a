package cn.yongxing.silvergraph.network;

import org.jspecify.annotations.Nullable;

/**
 * A partner inside one network, with its place in it.
 *
 * @param partner the enterprise or institution
 * @param distance partner hops from the root
 * @param degree number of partners it has inside the network
 * @param centrality PageRank inside the network (GDS), null when not computed
 */
public record NetworkNode(Partner partner, int distance, int degree, @Nullable Double centrality) {

	public String id() {
		return partner.id();
	}

	public String type() {
		return partner.type();
	}

	public String name() {
		return partner.name();
	}

	public @Nullable String nameEn() {
		return partner.nameEn();
	}

	public @Nullable Boolean local() {
		return partner.local();
	}

	NetworkNode withCentrality(@Nullable Double value) {
		return new NetworkNode(partner, distance, degree, value);
	}

}
