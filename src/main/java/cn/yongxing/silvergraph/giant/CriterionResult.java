package cn.yongxing.silvergraph.giant;

import java.util.List;

import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one criterion for one enterprise.
 *
 * @param article where in the rule document the criterion is stated
 * @param code criterion code
 * @param group criterion group
 * @param name Chinese name
 * @param nameEn English name
 * @param kind criterion kind
 * @param status PASS, FAIL or UNKNOWN (data missing; never counted as FAIL)
 * @param actual the enterprise's value
 * @param threshold what the rule asks for
 * @param distance for FAIL how far from passing, for UNKNOWN what would settle it 
 * @param source how the actual value was derived and from which records
 * @param sources documents behind the actual value
 * @param sensitive whether the criterion rests on financial figures
 * @param withheld whether those figures were withheld from the caller (the criterion was then
 *        evaluated as if they were unknown)
 * @param points points earned for sure (points criteria and scores)
 * @param maxPoints points reachable once the missing data is in
 * @param details results of the sub-criteria (bands, routes, parts)
 * @param gap relative distance of a failure from its threshold (internal: decides NEAR)
 * @param missing what to collect to settle the unknown parts
 */
public record CriterionResult(@Nullable String article, String code, @Nullable String group, String name, String nameEn, String kind,
		Status status, @Nullable String actual, @Nullable String threshold, @Nullable String distance,
		@Nullable String source, List<Source> sources, boolean sensitive, boolean withheld, @Nullable Double points,
		@Nullable Double maxPoints, List<CriterionResult> details, double gap, List<Missing> missing) {

	/** PASS, FAIL or UNKNOWN. */
	public enum Status {
		PASS, FAIL, UNKNOWN
	}

	/** Data to collect and what it is for. */
	public record Missing(String collect, String forWhat) {
	}

}
