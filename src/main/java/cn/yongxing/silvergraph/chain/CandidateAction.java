package cn.yongxing.silvergraph.chain;

/** What a promoter does with a candidate for a gap. */
public enum CandidateAction {

	/** An enterprise outside the scope that makes the product and is not yet here: attract it (招商). */
	ATTRACT,
	/**
	 * An enterprise in the scope near the link, or an outside one already settled, invested or cooperating
	 * in the scope (its investment fact): extend or scale it up (延链), never attract it afresh.
	 */
	EXTEND;

	static CandidateAction of(CandidateFacts facts) {
		return facts.inScope() || !facts.investedIn().isEmpty() ? EXTEND : ATTRACT;
	}

}
