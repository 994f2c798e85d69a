package cn.yongxing.silvergraph.chain;

import java.util.List;

import cn.yongxing.silvergraph.enterprise.Enterprise;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise proposed to fill a gap.
 *
 * @param enterprise the enterprise
 * @param action attract it (outside the scope) or extend it (inside)
 * @param score weighted mean of the factors, in [0, 1]
 * @param factors the factors and weights behind the score
 * @param reasonsZh reasons in Chinese
 * @param reasonsEn reasons in English
 * @param capacityT its capacity (or output) of the gap's product in tonnes a year, when it makes it and reports one
 */
public record GapCandidate(Enterprise enterprise, CandidateAction action, double score, List<Factor> factors,
		List<String> reasonsZh, List<String> reasonsEn, @Nullable Double capacityT) {
}
