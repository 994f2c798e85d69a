package cn.yongxing.silvergraph.giant;

/** Language of the assessment texts (values, thresholds, distances, what to collect). */
public enum Lang {

	/** Chinese. */
	ZH,
	/** English. */
	EN;

	/** The text in this language. */
	String pick(String en, String zh) {
		return this == ZH ? zh : en;
	}

}
