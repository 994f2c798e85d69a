package cn.yongxing.silvergraph.chain;

/**
 * Status of a chain link (a product) in a scope: the 强链 / 弱链 / 缺链 view of chain maps, read on
 * evidence only: the graph never names every firm of a real cluster, so "no producer on record" is
 * {@link #UNKNOWN}, not {@link #MISSING}.
 */
public enum LinkStatus {

	/** Made locally in weight: two or more firms in production with capacity for local demand, or a figure of weight. */
	STRONG,
	/** Made locally, but by one firm on record, only at pilot stage, below local downstream demand, or a figure without weight. */
	WEAK,
	/** Positive evidence that it is not made locally: a recorded import, or a development target with no production on record at any level. */
	MISSING,
	/** No evidence either way. */
	UNKNOWN

}
