package cn.yongxing.silvergraph.chain;

import cn.yongxing.silvergraph.catalog.Product;
import org.jspecify.annotations.Nullable;

/**
 * A product as a link of the cluster's chain: status, what it rests on, and local figures.
 *
 * @param status STRONG, WEAK, MISSING or UNKNOWN
 * @param basis what the status rests on
 * @param localProducers producers inside the cluster on record (production or pilot)
 * @param outsideProducers producers outside it
 * @param localCapacityT capacity of the local producers in production, when every one reports it
 * @param localOutputT reported output of local producers
 * @param outsideSupplyShare share of local output supplied outside the cluster, when known
 * @param clusterShare the cluster's largest output share of the chain's metal, for a link at its high-purity stage
 * @param clusterShareScope NATIONAL, GLOBAL or PROVINCIAL
 * @param clusterOutputT the cluster's latest output of the chain's metal, for the same links
 * @param namedShareOfClusterOutput share of that output the named producers' reported output accounts for
 * @param inferredFrom for an inferred status, the product made in volume it is inferred from
 * @param metal key of the chain's metal
 * @param product key of the product
 * @param facts the facts the status was read from
 * @param coverage how much of the cluster the graph names
 */
public record ChainLink(LinkStatus status, StatusBasis basis, int localProducers, int outsideProducers,
		@Nullable Double localCapacityT, @Nullable Double localOutputT, @Nullable Double outsideSupplyShare,
		@Nullable Double clusterShare, @Nullable String clusterShareScope, @Nullable Double clusterOutputT,
		@Nullable Double namedShareOfClusterOutput, @Nullable Product inferredFrom, String metal, String product,
		LinkFacts facts, Coverage coverage) {

	/** The link of an assessed chain link. */
	static ChainLink of(ChainLinks.Link link) {
		var f = link.facts();
		var a = link.assessment();
		return new ChainLink(a.status(), a.basis(), f.localProducers(), f.outsideProducers(), f.localCapacityT(),
				f.localOutputT(), f.outsideShare(), f.clusterShare(), f.clusterShareScope(), f.clusterOutputT(),
				f.namedShareOfCluster(), a.inference() == null ? null : a.inference().product(), link.metal().key(),
				link.product().key(), f, link.coverage());
	}

}
