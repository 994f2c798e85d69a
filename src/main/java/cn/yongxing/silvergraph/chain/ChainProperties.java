package cn.yongxing.silvergraph.chain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Weights and thresholds of the chain-gap analysis ({@code silvergraph.chain.*}); the README's
 * "Chain gaps" section explains the formulas they enter.
 *
 * @param severity how a gap's severity is computed
 * @param evidence how a link's status is read from evidence, and how the strength of that evidence enters severities
 * @param candidates how a candidate's score is computed
 * @param leakageThreshold share of local output supplied outside the scope above which a link leaks
 * @param inputPerOutputT tonnes of a product one tonne of a direct downstream product consumes
 * @param maxHops how far (FEEDS hops) up or down the chain a local firm may sit to be proposed to extend (1..6)
 * @param maxCandidates how many candidates a gap lists at most, best first
 * @param preselectFactor per gap, maxCandidates x this many candidates are scored in full, preselected by
 *     making the product, nearness in the chain and capacity (bounds the work in large graphs)
 */
@ConfigurationProperties("silvergraph.chain")
public record ChainProperties(@DefaultValue Severity severity, @DefaultValue Evidence evidence,
		@DefaultValue Candidates candidates,
		@DefaultValue("0.5") double leakageThreshold, @DefaultValue("1.0") double inputPerOutputT,
		@DefaultValue("3") int maxHops, @DefaultValue("10") int maxCandidates,
		@DefaultValue("5") int preselectFactor) {

	/** Defaults, for tests and tools that run without Spring. */
	public static ChainProperties defaults() {
		return new ChainProperties(new Severity(2, 0.5, 1, 1, 1, 0.6, 3, 0.5), new Evidence(0.05, 0.5, 0.8, 0.5, 0.5, 0.5, 0.5),
				new Candidates(3, 0.5, 2, 2, 1, 100, 1, 1, 1, 1),
				0.5, 1.0, 3, 10, 5);
	}

	/**
	 * Severity factors. Importance {@code I} of a product is the weighted mean of {@code target},
	 * {@code stage} and {@code upstream}; MISSING = I, WEAK = I x weakness, INNOVATION = I x
	 * innovationFactor, LEAKAGE = weighted mean of leakage share, stage and the local-processing target.
	 *
	 * @param target weight of "the product is a development target" (1, or outputTargetCredit when only a direct output is)
	 * @param outputTargetCredit target factor when only a direct output of the product is a target
	 * @param stage weight of the stage position (order / last order: deeper processing adds more value)
	 * @param upstream weight of the local firms upstream, n / (n + upstreamHalf)
	 * @param upstreamHalf number of upstream firms at which the upstream factor reaches one half
	 * @param singleProducerWeakness weakness of a link with one local producer
	 * @param leakage weight of the share of local output supplied outside the scope (LEAKAGE)
	 * @param innovationFactor share of importance an INNOVATION gap carries
	 */
	public record Severity(@DefaultValue("2") double target, @DefaultValue("0.5") double outputTargetCredit,
			@DefaultValue("1") double stage, @DefaultValue("1") double upstream, @DefaultValue("1") double upstreamHalf,
			@DefaultValue("0.6") double singleProducerWeakness, @DefaultValue("3") double leakage,
			@DefaultValue("0.5") double innovationFactor) {
	}

	/**
	 * Evidence. A gap's severity is multiplied by {@code floor + (1 - floor) x e}, where {@code e} is the
	 * strength of the evidence its link's status rests on: 1 for firm records, {@code clusterFigures}
	 * for figures of the cluster as a whole, {@code inferred} for an inference along the product DAG, and
	 * for no evidence of production at all (a development target nobody is on record making) the
	 * coverage of the scope (named local firms / the firm count the sources report), or
	 * {@code unknownCoverage} when no firm count is on record.
	 *
	 * @param weightShare a share of national, global or provincial output (or a producer's share of output
	 *     or capacity) at least this large is a figure of weight: the link is STRONG whoever is named
	 * @param floor the multiplier of the weakest evidence
	 * @param clusterFigures strength of a cluster-level figure
	 * @param inferred strength of an inference along the product DAG
	 * @param unknownCoverage strength of "nothing on record" when the scope's firm count is not on record
	 * @param figureWeakness weakness of a link whose only evidence is a cluster figure without weight
	 * @param metalIpCredit share of an INNOVATION gap's severity removed when local patents or standards
	 *     concern the chain's metal as a whole (not the product)
	 */
	public record Evidence(@DefaultValue("0.05") double weightShare, @DefaultValue("0.5") double floor,
			@DefaultValue("0.8") double clusterFigures, @DefaultValue("0.5") double inferred,
			@DefaultValue("0.5") double unknownCoverage, @DefaultValue("0.5") double figureWeakness,
			@DefaultValue("0.5") double metalIpCredit) {
	}

	/**
	 * Candidate factors, each in [0, 1]; the score is their weighted mean.
	 *
	 * @param produces weight of producing the gap's product (1 in production, pilotCredit at pilot stage)
	 * @param pilotCredit produces factor of a pilot-stage producer
	 * @param adjacency weight of producing a product near it in the chain (1 / hops)
	 * @param supplyTies weight of existing supply links with firms in scope, n / (n + 1)
	 * @param capacity weight of capacity, c / (c + capacityHalfT)
	 * @param capacityHalfT capacity (t/a) at which the capacity factor reaches one half
	 * @param partners weight of research partners shared with firms in scope or working on the product, n / (n + 1)
	 * @param patents weight of patents concerning the product, n / (n + 1)
	 * @param designations weight of listed / China-500 / SOE designations, min(1, n / 2)
	 * @param invested weight of an existing investment in the cluster or park
	 */
	public record Candidates(@DefaultValue("3") double produces, @DefaultValue("0.5") double pilotCredit,
			@DefaultValue("2") double adjacency, @DefaultValue("2") double supplyTies, @DefaultValue("1") double capacity,
			@DefaultValue("100") double capacityHalfT, @DefaultValue("1") double partners,
			@DefaultValue("1") double patents, @DefaultValue("1") double designations,
			@DefaultValue("1") double invested) {
	}

}
