package cn.yongxing.silvergraph.network;

import java.util.List;

/**
 * The partners around one actor, up to a depth.
 *
 * @param root global id of the actor the network is centred on (null for the whole cluster)
 * @param depth partner hops followed
 * @param nodes the partners, the root first
 * @param edges the links between them
 * @param truncated whether the network was cut at the node cap
 */
public record PartnerNetwork(@org.jspecify.annotations.Nullable String root, int depth, List<NetworkNode> nodes,
		List<PartnerLink> edges, boolean truncated) {
}
