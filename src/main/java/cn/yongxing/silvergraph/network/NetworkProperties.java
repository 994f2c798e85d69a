package cn.yongxing.silvergraph.network;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of partner-network queries.
 *
 * @param defaultDepth depth of {@code partnerNetwork} when none is asked for
 * @param maxDepth the deepest network anyone may ask for
 * @param maxNodes networks stop growing at this many nodes and say {@code truncated}
 * @param maxPathLength longest path (in partner hops) {@code shortestPath} looks for
 * @param exactBetweennessUpTo betweenness is exact up to this many nodes, estimated above
 */
@ConfigurationProperties("silvergraph.network")
public record NetworkProperties(@DefaultValue("2") int defaultDepth, @DefaultValue("3") int maxDepth,
		@DefaultValue("500") int maxNodes, @DefaultValue("6") int maxPathLength,
		@DefaultValue("2000") int exactBetweennessUpTo) {
}
