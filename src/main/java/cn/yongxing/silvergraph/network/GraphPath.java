package cn.yongxing.silvergraph.network;

import java.util.List;

/**
 * A chain of partners from one actor to another.
 *
 * @param length number of partner hops
 * @param nodes the partners in order, both ends included
 * @param hops for each hop, the links joining its two partners, with their evidence
 */
public record GraphPath(int length, List<Partner> nodes, List<PathHop> hops) {

	/**
	 * One hop of a path.
	 *
	 * @param from global id of the partner the hop leaves
	 * @param to global id of the partner it reaches
	 * @param links every link between the two (of the kinds asked for)
	 */
	public record PathHop(String from, String to, List<PartnerLink> links) {
	}

}
