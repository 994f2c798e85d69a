package cn.yongxing.silvergraph.network;

import java.util.List;

/**
 * A suggested new partner for an enterprise.
 *
 * @param partner the institution or enterprise to approach
 * @param score sum of the weights of its distinct reasons
 * @param reasons the evidence, strongest first
 */
public record PartnerRecommendation(Partner partner, double score, List<Reason> reasons) {

	/**
	 * One reason for a recommendation.
	 *
	 * @param kind SAME_METAL, SAME_STAGE, SAME_IPC, PARTNER_OF_PARTNER or SIMILAR_FIRM_PARTNER
	 * @param weight what this kind of reason adds to the score
	 * @param detail the evidence, readable
	 */
	public record Reason(String kind, double weight, String detail) {
	}

}
