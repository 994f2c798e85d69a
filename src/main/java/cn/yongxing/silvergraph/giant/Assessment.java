package cn.yongxing.silvergraph.giant;

import java.util.List;

import cn.yongxing.silvergraph.enterprise.Enterprise;

/**
 * One enterprise assessed against one rule set (the API's {@code LittleGiantCandidate}).
 *
 * @param enterprise the enterprise
 * @param ruleSet the rule set
 * @param score points (points-table rule sets) or the share of criteria passed, 0–100
 * @param maxScore the score reachable if every unknown criterion turned out in its favour
 * @param status QUALIFIED, NEAR, UNLIKELY or NOT_APPLICABLE
 * @param criteria per-criterion results
 * @param missingData what to collect next, most useful first
 * @param dataCompleteness share of criteria the graph could decide, 0–1
 */
public record Assessment(Enterprise enterprise, RuleSet ruleSet, double score, double maxScore, Status status,
		List<CriterionResult> criteria, List<String> missingData, double dataCompleteness) {

	/** Where an enterprise stands; the order is the ranking order. */
	public enum Status {
		/** Every criterion passes. */
		QUALIFIED,
		/** No criterion fails but some are unknown, or exactly one fails within the rule set's near margin. */
		NEAR,
		/** Anything else. */
		UNLIKELY,
		/** Outside the tier's scope: known not to be an SME. Not a candidate. */
		NOT_APPLICABLE
	}

}
