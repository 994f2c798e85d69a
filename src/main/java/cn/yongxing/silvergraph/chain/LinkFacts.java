package cn.yongxing.silvergraph.chain;

import org.jspecify.annotations.Nullable;

/**
 * What the graph says about one product (link) of a chain within a scope; {@link GapRules} turns it
 * into a status and gaps.
 *
 * @param stageOrder order of the product's stage in the chain
 * @param lastOrder order of the chain's last stage
 * @param productionProducers producers in scope in production
 * @param pilotProducers producers in scope at pilot stage
 * @param localCapacityT capacity (or output) of the producers in production; null unless every one reports it
 * @param localOutputT reported output of the producers in scope (null when none reports one)
 * @param outsideProducers producers outside the scope
 * @param upstreamFirms firms in scope producing a direct input
 * @param downstreamT output of firms in scope producing direct outputs (local demand before conversion)
 * @param suppliedT tonnes of the product firms in scope supply to others
 * @param outsideSuppliedT of which to enterprises outside the scope
 * @param imports supply links of the product from enterprises outside the scope to enterprises in it
 * @param importedT tonnes they carry
 * @param clusterShare the cluster's largest share of national, global or provincial output of the chain's
 *     metal, for a link at the chain's high-purity stage (cluster scope only); null when none is recorded
 * @param clusterShareScope NATIONAL, GLOBAL or PROVINCIAL, with {@code clusterShare}
 * @param clusterOutputT the cluster's latest output of the chain's metal, for the same links
 * @param firmShare the largest share of the metal's output or capacity held by a producer in scope in production
 * @param localIp patents held and standards drafted by firms in scope (or by the cluster's firms
 *     collectively) concerning the product
 * @param metalIp the same, concerning the chain's metal as a whole
 * @param target the product is a development target of the cluster or park
 * @param outputTarget a direct output of the product is a development target
 * @param processingTarget the metal is targeted for a higher local processing rate
 */
public record LinkFacts(int stageOrder, int lastOrder, int productionProducers, int pilotProducers,
		@Nullable Double localCapacityT, @Nullable Double localOutputT, int outsideProducers, int upstreamFirms,
		double downstreamT, double suppliedT, double outsideSuppliedT, int imports, double importedT,
		@Nullable Double clusterShare, @Nullable String clusterShareScope, @Nullable Double clusterOutputT,
		@Nullable Double firmShare, int localIp, int metalIp, boolean target, boolean outputTarget,
		boolean processingTarget) {

	/** Producers in scope, in production or at pilot stage. */
	public int localProducers() {
		return productionProducers + pilotProducers;
	}

	/** The cluster's output or share of the metal is on record for this link. */
	public boolean clusterFigure() {
		return clusterShare != null || clusterOutputT != null;
	}

	/** Share of local output supplied outside the scope, if anything is known about it. */
	public @Nullable Double outsideShare() {
		double base = Math.max(localOutputT == null ? 0 : localOutputT, suppliedT);
		return base > 0 ? Math.min(1, outsideSuppliedT / base) : null;
	}

	/**
	 * Share of the cluster's output figure the named producers' reported output accounts for; null
	 * without a cluster output figure or without reported output.
	 */
	public @Nullable Double namedShareOfCluster() {
		return clusterOutputT == null || clusterOutputT <= 0 || localOutputT == null ? null
				: Math.min(1, localOutputT / clusterOutputT);
	}

}
