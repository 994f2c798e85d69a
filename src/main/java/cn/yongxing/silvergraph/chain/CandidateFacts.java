package cn.yongxing.silvergraph.chain;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the graph says about one enterprise as a candidate for the gap at one product.
 *
 * @param inScope inside the scope (extend it) or outside (attract it)
 * @param status PRODUCTION or PILOT when it makes the product itself, else null
 * @param capacityT its capacity (or output) of the product, if it makes it and reports one
 * @param adjacent the nearby products it makes up or down the chain, within the configured hops
 * @param buysFrom supply links from firms in scope to it
 * @param sellsTo supply links from it to firms in scope
 * @param partners research partners shared with firms in scope or working on the product
 * @param patents its patents concerning the product
 * @param designations its listed / China-500 / SOE designations
 * @param investedIn where in the cluster or park it has invested, settled or cooperates
 */
public record CandidateFacts(boolean inScope, @Nullable String status, @Nullable Double capacityT, List<Adjacent> adjacent, List<Named> buysFrom, List<Named> sellsTo, List<Named> partners, int patents,
		List<Named> designations, List<Named> investedIn) {

	/**
	 * A product it makes near the gap's product.
	 *
	 * @param product the product's name
	 * @param hops FEEDS hops between the two products
	 * @param pilot whether it makes it at pilot stage only
	 */
	public record Adjacent(Named product, int hops, boolean pilot) {
	}

	/**
	 * A related node by name, with a detail (product, hops, tonnes, kind) in English and in Chinese.
	 *
	 * @param name Chinese name
	 * @param nameEn English name, if any
	 * @param detail detail shown next to it, in English
	 * @param detailZh the same detail in Chinese
	 */
	public record Named(String name, @Nullable String nameEn, @Nullable String detail, @Nullable String detailZh) {

		/** A node whose detail reads the same in both languages (or has none). */
		public Named(String name, @Nullable String nameEn, @Nullable String detail) {
			this(name, nameEn, detail, detail);
		}

		String in(Lang lang) {
			return lang == Lang.EN && nameEn != null ? nameEn : name;
		}

		@Nullable String detail(Lang lang) {
			return lang == Lang.ZH ? detailZh : detail;
		}

	}
}
