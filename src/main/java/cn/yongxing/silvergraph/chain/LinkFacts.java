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
 * @param localIp patents held and standards drafted by firms in scope concerning the product
 * @param target the product is a development target of the cluster or park
 * @param outputTarget a direct output of the product is a development target
 * @param processingTarget the metal is targeted for a higher local processing rate
 */
public record LinkFacts(int stageOrder, int lastOrder, int productionProducers, int pilotProducers,
		@Nullable Double localCapacityT, @Nullable Double localOutputT, int outsideProducers, int upstreamFirms,
		double downstreamT, double suppliedT, double outsideSuppliedT, int localIp, boolean target,
		boolean outputTarget, boolean processingTarget) {

	/** Producers in scope, in production or at pilot stage. */
	public int localProducers() {
		return productionProducers + pilotProducers;
	}

	/** Share of local output supplied outside the scope, if anything is known about it. */
	public @Nullable Double outsideShare() {
		double base = Math.max(localOutputT == null ? 0 : localOutputT, suppliedT);
		return base > 0 ? Math.min(1, outsideSuppliedT / base) : null;
	}

}
