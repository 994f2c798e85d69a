package cn.yongxing.silvergraph.chain;

import org.jspecify.annotations.Nullable;

/**
 * A product as a link of the cluster's chain: status and local figures.
 *
 * @param status STRONG, WEAK or MISSING
 * @param localProducers producers inside the cluster (production or pilot)
 * @param outsideProducers producers outside it
 * @param localCapacityT capacity of the local producers in production, when every one reports it
 * @param localOutputT reported output of local producers
 * @param outsideSupplyShare share of local output supplied outside the cluster, when known
 */
public record ChainLink(LinkStatus status, int localProducers, int outsideProducers, @Nullable Double localCapacityT,
		@Nullable Double localOutputT, @Nullable Double outsideSupplyShare) {
}
