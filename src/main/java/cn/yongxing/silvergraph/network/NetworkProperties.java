package cn.yongxing.silvergraph.network;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of partner-network queries.
 *
 * @param defaultDepth depth of {@code partnerNetwork} when none is asked for
 * @param maxDepth the deepest network anyone may ask for
 * @param maxNodes networks stop growing at this many nodes and say {@code truncated}
 * @param maxPathLength longest path (in partner hops) {@code shortestPath} looks for
 * @param exactBetweennessUpTo betweenness is exact up to this many nodes, estimated above from at most
 *        this many sampled sources
 * @param betweennessBudget the time the estimated betweenness may take: a pilot run from
 *        {@code betweennessPilot} sources measures the cost of one source on this graph and this
 *        machine, and the estimate takes as many sources as fit in what is left of the budget
 * @param betweennessPilot sources of the pilot run (and the fewest an estimate uses)
 */
@ConfigurationProperties("silvergraph.network")
public record NetworkProperties(@DefaultValue("2") int defaultDepth, @DefaultValue("3") int maxDepth,
		@DefaultValue("500") int maxNodes, @DefaultValue("6") int maxPathLength,
		@DefaultValue("2000") int exactBetweennessUpTo, @DefaultValue("3s") Duration betweennessBudget,
		@DefaultValue("32") int betweennessPilot) {

	public NetworkProperties {
		if (exactBetweennessUpTo < 1 || betweennessPilot < 1 || betweennessPilot > exactBetweennessUpTo) {
			throw new IllegalArgumentException("silvergraph.network: need 1 <= betweenness-pilot (" + betweennessPilot
					+ ") <= exact-betweenness-up-to (" + exactBetweennessUpTo + ")");
		}
		if (betweennessBudget.isNegative()) {
			throw new IllegalArgumentException("silvergraph.network.betweenness-budget must not be negative");
		}
	}

}
