package cn.yongxing.silvergraph.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Scores a candidate for a gap: the weighted mean of its factors (each in [0, 1]) with the configured
 * weights, and the reasons behind the non-zero ones in both languages.
 */
final class CandidateRules {

	private final ChainProperties.Candidates weights;

	CandidateRules(ChainProperties config) {
		this.weights = config.candidates();
	}

	/** Score and reasons of one candidate. */
	record Scored(double score, List<Factor> factors, List<String> reasonsZh, List<String> reasonsEn) {
	}

	Scored score(CandidateFacts c, String productZh, String productEn) {
		var w = weights;
		double produces = c.status() == null ? 0 : "PILOT".equals(c.status()) ? w.pilotCredit() : 1;
		// the nearest product counts; one made at pilot stage only counts like a pilot of the product itself
		double adjacency = c.adjacent().stream()
			.mapToDouble(a -> (a.pilot() ? w.pilotCredit() : 1) / Math.max(1, a.hops()))
			.max()
			.orElse(0);
		int ties = c.buysFrom().size() + c.sellsTo().size();
		double capacity = c.capacityT() == null ? 0 : c.capacityT() / (c.capacityT() + w.capacityHalfT());
		List<Factor> factors = List.of(new Factor("produces", produces, w.produces()),
				new Factor("adjacency", adjacency, w.adjacency()), new Factor("supplyTies", saturate(ties), w.supplyTies()),
				new Factor("capacity", capacity, w.capacity()), new Factor("partners", saturate(c.partners().size()), w.partners()),
				new Factor("patents", saturate(c.patents()), w.patents()),
				new Factor("designations", Math.min(1, c.designations().size() / 2.0), w.designations()),
				new Factor("invested", c.investedIn().isEmpty() ? 0 : 1, w.invested()));
		List<String> zh = new ArrayList<>();
		List<String> en = new ArrayList<>();
		if (c.status() != null) {
			boolean pilot = "PILOT".equals(c.status());
			zh.add((pilot ? "已在中试" : "已生产") + productZh + (c.capacityT() == null ? "" : "，产能 " + tonnes(c.capacityT()) + " 吨/年"));
			en.add((pilot ? "makes " + productEn + " at pilot stage" : "already makes " + productEn)
					+ (c.capacityT() == null ? "" : ", capacity " + tonnes(c.capacityT()) + " t/a"));
		}
		if (!c.adjacent().isEmpty()) {
			var near = c.adjacent().stream()
				.map(a -> new CandidateFacts.Named(a.product().name(), a.product().nameEn(), a.hops() + (a.pilot() ? ", pilot" : ""),
						a.hops() + (a.pilot() ? "，中试" : "")))
				.toList();
			zh.add("生产链上相邻产品（跳数）：" + join(near, Lang.ZH, ""));
			en.add("makes nearby links of the chain (hops): " + join(near, Lang.EN, ""));
		}
		if (!c.buysFrom().isEmpty()) {
			zh.add("已向本地企业采购：" + join(c.buysFrom(), Lang.ZH, ""));
			en.add("already buys from local firms: " + join(c.buysFrom(), Lang.EN, ""));
		}
		if (!c.sellsTo().isEmpty()) {
			zh.add("已向本地企业供货：" + join(c.sellsTo(), Lang.ZH, ""));
			en.add("already supplies local firms: " + join(c.sellsTo(), Lang.EN, ""));
		}
		if (!c.partners().isEmpty()) {
			zh.add("相关科研合作伙伴：" + join(c.partners(), Lang.ZH, ""));
			en.add("research partners linked to the cluster or the product: " + join(c.partners(), Lang.EN, ""));
		}
		if (c.patents() > 0) {
			zh.add("持有 " + c.patents() + " 件相关专利");
			en.add("holds " + c.patents() + " related patent(s)");
		}
		if (!c.designations().isEmpty()) {
			zh.add("资质：" + join(c.designations(), Lang.ZH, ""));
			en.add("designations: " + join(c.designations(), Lang.EN, ""));
		}
		if (!c.investedIn().isEmpty()) {
			zh.add("已在" + join(c.investedIn(), Lang.ZH, "") + "落户、投资或合作");
			en.add("already settled, invested or cooperating in " + join(c.investedIn(), Lang.EN, ""));
		}
		return new Scored(GapRules.weightedMean(factors), factors, List.copyOf(zh), List.copyOf(en));
	}

	private static double saturate(int n) {
		return n / (n + 1.0);
	}

	private static String join(List<CandidateFacts.Named> items, Lang lang, String detailSuffix) {
		return items.stream()
			.map(n -> n.in(lang) + (n.detail(lang) == null ? ""
					: lang == Lang.ZH ? "（" + n.detail(lang) + detailSuffix + "）" : " (" + n.detail(lang) + detailSuffix + ")"))
			.distinct()
			.collect(Collectors.joining(lang == Lang.ZH ? "、" : ", "));
	}

	static String tonnes(double t) {
		return t == Math.rint(t) ? String.valueOf((long) t) : String.format("%.1f", t);
	}

	/** A share as a percentage for reasons: 0.179 -> "17.9%", 0.65 -> "65%". */
	static String percent(double share) {
		double pct = Math.round(share * 1000) / 10.0;
		return (pct == Math.rint(pct) ? String.valueOf((long) pct) : String.valueOf(pct)) + "%";
	}

}
