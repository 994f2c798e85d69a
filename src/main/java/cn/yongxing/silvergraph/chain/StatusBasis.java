package cn.yongxing.silvergraph.chain;

/** What a link's status rests on. */
public enum StatusBasis {

	/** Records of named firms: producers, capacity, output, supply links, their shares. */
	FIRM_RECORDS,
	/** Figures of the cluster as a whole (its output or share of the chain's metal). */
	CLUSTER_FIGURES,
	/** Inferred along the product DAG: the link is on every route into a product the cluster makes in volume. */
	INFERRED,
	/** No evidence of production at any level. */
	NONE

}
