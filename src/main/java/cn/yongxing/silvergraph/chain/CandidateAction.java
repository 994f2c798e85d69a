package cn.yongxing.silvergraph.chain;

/** What a promoter does with a candidate for a gap. */
public enum CandidateAction {

	/** An enterprise outside the scope that makes the product: attract it (招商). */
	ATTRACT,
	/** An enterprise in the scope near the link: extend or scale it up (延链). */
	EXTEND

}
