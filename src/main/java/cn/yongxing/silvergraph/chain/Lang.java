package cn.yongxing.silvergraph.chain;

/** Language of generated explanations. */
public enum Lang {

	/** Chinese. */
	ZH,
	/** English. */
	EN

}
