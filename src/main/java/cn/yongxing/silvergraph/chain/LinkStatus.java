package cn.yongxing.silvergraph.chain;

/** Status of a chain link (a product) in a scope: the 强链 / 弱链 / 缺链 view of chain maps. */
public enum LinkStatus {

	/** Made locally by two or more firms in production, with capacity for local demand. */
	STRONG,
	/** Made locally, but by one firm, only at pilot stage, or below local downstream demand. */
	WEAK,
	/** Not made locally at all. */
	MISSING

}
