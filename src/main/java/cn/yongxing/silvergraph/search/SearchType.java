package cn.yongxing.silvergraph.search;

import java.util.Locale;

/** The kinds of nodes search returns; each maps to one label. */
public enum SearchType {

	ENTERPRISE, INSTITUTION, PATENT, STANDARD, PRODUCT, METAL, PARK, MATERIAL, PROJECT, PLATFORM, DESIGNATION;

	/** The node label of this type. */
	public String label() {
		String lower = name().toLowerCase(Locale.ROOT);
		return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

	static SearchType ofLabel(String label) {
		return valueOf(label.toUpperCase(Locale.ROOT));
	}

}
