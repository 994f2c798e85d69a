package cn.yongxing.silvergraph.giant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.yongxing.silvergraph.giant.EnterpriseFacts.Financials;
import cn.yongxing.silvergraph.giant.EnterpriseFacts.ShareFact;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;

/**
 * The facts rule files can name, each derived from {@link EnterpriseFacts} for a year ("last year" of
 * the assessment unless a criterion looks further back). Financial metrics are sensitive. A metric
 * the graph cannot answer says what to collect instead; it never guesses.
 */
enum Metric {

	REVENUE("revenue", "营业收入", Unit.YUAN, true, (f, y, l) -> yearly(f, y, 1, Financials::revenue, Agg.LAST,
			l.pick("the %s income statement (revenue)", "%s年利润表（营业收入）"), l)),
	MAIN_BUSINESS_SHARE("main-business share", "主营业务收入占比", Unit.PERCENT, true, (f, y, l) -> ratio(f, y,
			Financials::mainBusinessRevenue, Financials::revenue,
			l.pick("the %s income statement (main-business and total revenue)", "%s年利润表（主营业务收入与营业收入）"), l)),
	MAIN_BUSINESS_GROWTH("main-business growth", "主营业务收入增长率", Unit.PERCENT, true, (f, y, l) -> yearly(f, y, 2,
			Financials::mainBusinessRevenue, Agg.GROWTH, l.pick("main-business revenue of %s", "%s年主营业务收入"), l)),
	MAIN_BUSINESS_GROWTH_AVG2("2-year average main-business growth", "近2年主营业务收入平均增长率", Unit.PERCENT, true,
			(f, y, l) -> yearly(f, y, 3, Financials::mainBusinessRevenue, Agg.AVERAGE_GROWTH,
					l.pick("main-business revenue of %s", "%s年主营业务收入"), l)),
	MAIN_BUSINESS_CAGR2("2-year compound main-business growth", "近2年主营业务收入复合增长率", Unit.PERCENT, true,
			(f, y, l) -> yearly(f, y, 3, Financials::mainBusinessRevenue, Agg.COMPOUND_GROWTH,
					l.pick("main-business revenue of %s", "%s年主营业务收入"), l)),
	DEBT_RATIO("debt ratio", "资产负债率", Unit.PERCENT, true, (f, y, l) -> yearly(f, y, 1, Financials::debtRatio, Agg.LAST,
			l.pick("the %s balance sheet", "%s年资产负债表"), l)),
	NET_PROFIT_MARGIN("net profit margin", "净利润率", Unit.PERCENT, true, (f, y, l) -> ratio(f, y, Financials::netProfit,
			Financials::revenue, l.pick("the %s income statement (net profit and revenue)", "%s年利润表（净利润与营业收入）"), l)),
	RD_RATIO("R&D ratio", "研发费用占营业收入比重", Unit.PERCENT, true, (f, y, l) -> ratio(f, y, Financials::rdExpense,
			Financials::revenue, l.pick("the %s income statement (R&D expense and revenue)", "%s年利润表（研发费用与营业收入）"), l)),
	RD_EXPENSE("R&D expense", "研发费用", Unit.YUAN, true, (f, y, l) -> yearly(f, y, 1, Financials::rdExpense, Agg.LAST,
			l.pick("the %s R&D expense", "%s年研发费用"), l)),
	RD_EXPENSE_TOTAL2("2-year R&D expense", "近2年研发费用总额", Unit.YUAN, true, (f, y, l) -> yearly(f, y, 2,
			Financials::rdExpense, Agg.SUM, l.pick("R&D expense of %s", "%s年研发费用"), l)),
	RD_EXPENSE_AVG2("2-year average R&D expense", "近2年研发费用均值", Unit.YUAN, true, (f, y, l) -> yearly(f, y, 2,
			Financials::rdExpense, Agg.AVERAGE, l.pick("R&D expense of %s", "%s年研发费用"), l)),
	EQUITY_RAISED2("equity raised in 2 years", "近2年新增股权融资", Unit.YUAN, true, (f, y, l) -> yearly(f, y, 2,
			Financials::equityRaised, Agg.SUM, l.pick("equity financing raised in %s (0 if none)", "%s年新增股权融资额（没有则填0）"), l)),
	EQUITY_RAISED3("equity raised in 3 years", "近3年新增股权融资", Unit.YUAN, true, (f, y, l) -> yearly(f, y, 3,
			Financials::equityRaised, Agg.SUM, l.pick("equity financing raised in %s (0 if none)", "%s年新增股权融资额（没有则填0）"), l)),
	RD_STAFF_SHARE("R&D staff share", "研发人员占比", Unit.PERCENT, true, Metric::rdStaffShare),
	YEARS_IN_NICHE("years in the niche", "从事细分市场年限", Unit.YEARS, false, Metric::yearsInNiche),
	CLASS_ONE_IP("Class I IP", "Ⅰ类知识产权", Unit.COUNT, false, (f, y, l) -> ipCount(f, f.classOneIp(),
			l.pick("invention patents held", "持有的发明专利"), l)),
	CLASS_TWO_IP("Class II IP", "Ⅱ类知识产权", Unit.COUNT, false, (f, y, l) -> ipCount(f, f.classTwoIp(),
			l.pick("utility models and designs held", "持有的实用新型和外观设计专利"), l)),
	RD_INSTITUTION("R&D institution", "研发机构", Unit.BOOLEAN, false, (f, y, l) -> rdInstitution(f, false, l)),
	RD_INSTITUTION_LEVEL("R&D institution level", "研发机构级别", Unit.LEVEL, false, (f, y, l) -> rdInstitution(f, true, l)),
	NICHE_MARKET_SHARE("national niche-market share", "全国细分市场占有率", Unit.PERCENT, false, Metric::nicheShare),
	CHAIN_KEY_LINK("key chain link", "位于产业链关键环节", Unit.BOOLEAN, false, (f, y, l) -> chainRole(f, true, l)),
	CHAIN_FILLS_GAP("fills a chain gap", "补短板、填空白", Unit.BOOLEAN, false, (f, y, l) -> chainRole(f, false, l)),
	/** Holds a designation of the criterion's kinds and levels (certifications, awards, brands, titles). */
	DESIGNATION("designation", "荣誉或认定", Unit.BOOLEAN, false, (f, y, l) -> Fact.unknown("", false)),
	/** A fact the graph does not record at all; the criterion's {@code collect} says what to gather. */
	UNRECORDED("not recorded", "未记录", Unit.BOOLEAN, false, (f, y, l) -> Fact.unknown("", false));

	/** R&D partnerships that count as an institution built jointly with a university or institute. */
	private static final List<String> JOINT_KINDS = List.of("JOINT_RND", "PLATFORM");

	/** Platforms that are R&D institutions of the enterprise's own (service and demonstration ones are not). */
	private static final List<String> RND_PLATFORM_KINDS = List.of("TECH_CENTRE", "LAB", "PILOT_BASE");

	private final String labelEn;

	private final String labelZh;

	final Unit unit;

	final boolean sensitive;

	private final Derivation derivation;

	Metric(String labelEn, String labelZh, Unit unit, boolean sensitive, Derivation derivation) {
		this.labelEn = labelEn;
		this.labelZh = labelZh;
		this.unit = unit;
		this.sensitive = sensitive;
		this.derivation = derivation;
	}

	/** What the metric is called, in plain words. */
	String label(Lang lang) {
		return lang.pick(labelEn, labelZh);
	}

	/**
	 * The fact for an enterprise in a year, its texts in {@code lang}. The one place financial figures
	 * enter an assessment: a sensitive metric of facts gathered for a caller who may not see them is
	 * {@link Fact#withheld(Lang)}.
	 */
	Fact at(EnterpriseFacts facts, int year, Lang lang) {
		return sensitive && facts.financialsWithheld() ? Fact.withheld(lang) : derivation.derive(facts, year, lang);
	}

	@FunctionalInterface
	interface Derivation {

		Fact derive(EnterpriseFacts facts, int year, Lang lang);

	}

	private enum Agg {
		LAST, SUM, AVERAGE, GROWTH, AVERAGE_GROWTH, COMPOUND_GROWTH
	}

	/** A figure over the {@code span} years ending in {@code y}; unknown (listing the missing years) if any is missing. */
	private static Fact yearly(EnterpriseFacts f, int y, int span, Function<Financials, @Nullable Double> field, Agg agg,
			String collect, Lang l) {
		List<Double> values = new ArrayList<>();
		List<Integer> missing = new ArrayList<>();
		List<Source> sources = new ArrayList<>();
		for (int year = y - span + 1; year <= y; year++) {
			Financials fin = f.financials().get(year);
			Double v = fin == null ? null : field.apply(fin);
			if (v == null) {
				missing.add(year);
			}
			else {
				values.add(v);
				if (fin.source() != null && !sources.contains(fin.source())) {
					sources.add(fin.source());
				}
			}
		}
		if (!missing.isEmpty()) {
			return Fact.unknown(collect.formatted(years(missing, l)), true);
		}
		double v = switch (agg) {
			case LAST -> values.getLast();
			case SUM -> values.stream().mapToDouble(Double::doubleValue).sum();
			case AVERAGE -> values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
			case GROWTH -> values.get(1) / values.get(0) - 1;
			case AVERAGE_GROWTH -> ((values.get(1) / values.get(0) - 1) + (values.get(2) / values.get(1) - 1)) / 2;
			case COMPOUND_GROWTH -> Math.sqrt(values.get(2) / values.get(0)) - 1;
		};
		if (Double.isNaN(v) || Double.isInfinite(v)) {
			return Fact.unknown(collect.formatted(years(List.of(y - span + 1), l))
					+ l.pick(" (a zero base makes growth undefined)", "（基数为零，无法计算增长率）"), true);
		}
		String span2 = span == 1 ? String.valueOf(y) : (y - span + 1) + "–" + y;
		return new Fact(v, "", l.pick("reported financials " + span2, span2 + "年报送的财务数据"), List.copyOf(sources), null, true);
	}

	private static Fact ratio(EnterpriseFacts f, int y, Function<Financials, @Nullable Double> numerator,
			Function<Financials, @Nullable Double> denominator, String collect, Lang l) {
		Financials fin = f.financials().get(y);
		Double n = fin == null ? null : numerator.apply(fin);
		Double d = fin == null ? null : denominator.apply(fin);
		if (n == null || d == null || d == 0) {
			return Fact.unknown(collect.formatted(y), true);
		}
		return new Fact(n / d, "", l.pick("reported financials " + y, y + "年报送的财务数据"),
				fin.source() == null ? List.of() : List.of(fin.source()), null, true);
	}

	private static Fact rdStaffShare(EnterpriseFacts f, int y, Lang l) {
		Financials fin = f.financials().get(y);
		if (fin != null && fin.employees() != null && fin.rdStaff() != null && fin.employees() > 0) {
			return new Fact((double) fin.rdStaff() / fin.employees(), "", l.pick("reported headcount " + y, y + "年报送的人数"),
					fin.source() == null ? List.of() : List.of(fin.source()), null, true);
		}
		var e = f.enterprise();
		if (e.employees() != null && e.rdStaff() != null && e.employees() > 0) {
			return new Fact((double) e.rdStaff() / e.employees(), "",
					l.pick("enterprise record (employees, R&D staff)", "企业档案（职工人数、研发人员数）"), List.of(), null, true);
		}
		return Fact.unknown(l.pick("the %d headcount (employees and R&D staff)", "%d年职工人数和研发人员数").formatted(y), true);
	}

	private static Fact yearsInNiche(EnterpriseFacts f, int y, Lang l) {
		Integer founded = f.enterprise().founded();
		if (founded == null) {
			return Fact.unknown(l.pick("the founding year (or the year it entered its niche market)", "成立年份（或进入细分市场的年份）"),
					false);
		}
		return new Fact((double) Math.max(0, y - founded), "",
				l.pick("founded " + founded + ", counted to the end of " + y + " (founding year as a proxy for time in the niche)",
						founded + "年成立，计至" + y + "年末（以成立年份近似进入细分市场的时间）"),
				List.of(), null, false);
	}

	private static Fact ipCount(EnterpriseFacts f, int count, String basis, Lang l) {
		if (f.patentsRecorded() == 0) {
			return Fact.unknown(l.pick("its patent list with the type of each patent: none is recorded for it",
					"企业专利清单（注明每件专利的类型）：目前没有记录"), false);
		}
		return new Fact((double) count, "", basis + l.pick("; " + f.patentsRecorded() + " patent(s) recorded",
				"；共记录专利" + f.patentsRecorded() + "件"), List.of(), null, false);
	}

	private static Fact rdInstitution(EnterpriseFacts f, boolean level, Lang l) {
		List<String> found = new ArrayList<>();
		int best = 0;
		for (var p : f.platforms()) {
			if (RND_PLATFORM_KINDS.contains(p.kind())) {
				found.add(l.pick("own " + platformKind(p.kind(), l) + " " + p.name() + " (" + levelName(p.level(), l) + ")",
						"自建" + platformKind(p.kind(), l) + "：" + p.name() + "（" + levelName(p.level(), l) + "）"));
				best = Math.max(best, levelRank(p.level()));
			}
		}
		for (var c : f.collaborations()) {
			if (JOINT_KINDS.contains(c.kind()) && !c.institutionKind().equals("ASSOCIATION")) {
				found.add(l.pick("built with " + c.institution() + " (joint R&D or platform)",
						"与" + c.institution() + "联合建设（联合研发或共建平台）"));
				best = Math.max(best, 1);
			}
		}
		if (found.isEmpty()) {
			String others = f.platforms().stream().map(p -> p.name() + l.pick(" (", "（") + platformKind(p.kind(), l)
					+ l.pick(")", "）")).collect(Collectors.joining(l.pick(", ", "、")));
			return Fact.unknown(l.pick("its R&D centre, lab or an R&D institution built with a university or institute",
					"企业自建的研发中心、实验室，或与高校、科研院所共建的研发机构")
					+ (others.isEmpty() ? "" : l.pick("; the platforms recorded (" + others + ") are not R&D institutions",
							"；已记录的平台（" + others + "）不属于研发机构")), false);
		}
		String basis = String.join(l.pick("; ", "；"), found);
		return level ? new Fact((double) best, "", basis + l.pick(" (a level not recorded counts as below city)",
				"（未记录级别的按市级以下计）"), List.of(), null, false)
				: new Fact(1.0, "", basis, List.of(), null, false);
	}

	private static String platformKind(String kind, Lang l) {
		return switch (kind) {
			case "TECH_CENTRE" -> l.pick("technology centre", "技术中心");
			case "LAB" -> l.pick("laboratory", "实验室");
			case "PILOT_BASE" -> l.pick("pilot base", "中试基地");
			default -> l.pick("platform", "平台");
		};
	}

	static String levelName(@Nullable String level, Lang l) {
		return switch (level == null ? "" : level) {
			case "NATIONAL" -> l.pick("national", "国家级");
			case "PROVINCIAL" -> l.pick("provincial", "省级");
			case "CITY" -> l.pick("city", "市级");
			case "COUNTY" -> l.pick("county", "县级");
			default -> l.pick("level not recorded", "级别未记录");
		};
	}

	private static int levelRank(String level) {
		return switch (level) {
			case "NATIONAL" -> 4;
			case "PROVINCIAL" -> 3;
			case "CITY" -> 2;
			default -> 1;
		};
	}

	/**
	 * The national share of the enterprise's niche. A global share is a lower bound of the national
	 * one (the firm's output over the world's is at most its output over China's), so it counts. An
	 * output share stands in for the market share; a capacity share does not: capacity is what a firm
	 * could make, not what it sells, so a firm with only capacity shares has an unknown market share.
	 */
	private static Fact nicheShare(EnterpriseFacts f, int y, Lang l) {
		List<ShareFact> wide = f.shares().stream()
			.filter(s -> s.scope().equals("NATIONAL") || s.scope().equals("GLOBAL"))
			.toList();
		ShareFact best = wide.stream().filter(s -> !s.basis().equals("CAPACITY"))
			.max(Comparator.comparingDouble(ShareFact::value))
			.orElse(null);
		if (best == null) {
			List<ShareFact> capacity = wide.stream().filter(s -> s.basis().equals("CAPACITY")).toList();
			String context = f.clusterShares().stream().map(s -> shareText(s, l)).collect(Collectors.joining(l.pick("; ", "；")));
			String collect = l.pick("its own share of its niche market (national)", "企业主导产品在全国细分市场的占有率");
			if (!capacity.isEmpty()) {
				collect += l.pick("; its recorded capacity share (", "；已记录的是产能占比（")
						+ capacity.stream().map(s -> shareText(s, l)).collect(Collectors.joining(l.pick("; ", "；")))
						+ l.pick(") is not a market share: capacity is what it could make, not what it sells",
								"），产能占比不等于市场占有率：产能是能生产多少，不是实际卖出多少");
			}
			if (!context.isEmpty()) {
				collect += l.pick("; the cluster as a whole holds ", "；集群整体占有 ") + context;
			}
			List<Source> sources = capacity.stream().map(ShareFact::source).filter(Objects::nonNull).distinct().toList();
			return new Fact(null, l.pick("unknown", "未知"), null, sources, collect, false);
		}
		String basis = shareText(best, l) + (best.qualifier() == null ? "" : " (" + qualifier(best.qualifier(), l) + ")")
				+ (best.scope().equals("GLOBAL") ? l.pick("; a global share is a lower bound of the national share",
						"；全球占比是全国占比的下限") : "")
				+ l.pick("; an output share stands in for the market share", "；以产量占比近似市场占有率");
		return new Fact(best.value(), "≥ " + Unit.PERCENT.format(best.value(), l), basis,
				best.source() == null ? List.of() : List.of(best.source()), null, false);
	}

	private static String shareText(ShareFact s, Lang l) {
		String scope = s.scope().equals("GLOBAL") ? l.pick("global", "全球") : s.scope().equals("NATIONAL")
				? l.pick("national", "全国") : l.pick("provincial", "全省");
		String basis = s.basis().equals("CAPACITY") ? l.pick("capacity", "产能") : l.pick("output", "产量");
		return l.pick("%s %s of %s %s, %d".formatted(s.metal(), Unit.PERCENT.format(s.value(), l), scope, basis, s.year()),
				"%s：占%s%s的%s（%d年）".formatted(s.metal(), scope, basis, Unit.PERCENT.format(s.value(), l), s.year()));
	}

	private static String qualifier(String q, Lang l) {
		return switch (q) {
			case "APPROX" -> l.pick("approximately", "约");
			case "OVER" -> l.pick("more than", "以上");
			case "EXACT" -> l.pick("exact", "确数");
			default -> q;
		};
	}

	/**
	 * The chain role. A firm the chain analysis finds on a weak, targeted or strong link passes; no such
	 * link on record is UNKNOWN, never "no": the graph names only some products of each firm, so the
	 * absence of a recorded chain product says nothing about the firm's role.
	 */
	private static Fact chainRole(EnterpriseFacts f, boolean keyLink, Lang l) {
		var role = f.chainRole();
		String reason = role.reason(l);
		if (!role.known()) {
			return Fact.unknown(l.pick("its industry-chain role (", "企业在产业链中的作用（") + reason + l.pick(")", "）"), false);
		}
		boolean yes = keyLink ? !role.kind().equals("NONE") : role.kind().equals("FILLS_GAP");
		if (!yes) {
			return Fact.unknown(l.pick("its main products and the chain links they serve — ", "企业主导产品及其所在的产业链环节——")
					+ reason + l.pick("; the graph records only some of each firm's products, so this is not a no",
							"；图谱只记录了企业的部分产品，不能据此判定其不在关键环节"), false);
		}
		return new Fact(1.0, "", l.pick("chain analysis: ", "产业链分析：") + reason, List.of(), null, false);
	}

	/**
	 * Whether the enterprise holds a designation of one of {@code kinds} (at one of {@code levels}).
	 * None recorded is UNKNOWN: the graph lists the designations reported, not all there are.
	 */
	static Fact designation(EnterpriseFacts f, List<String> kinds, @Nullable List<String> levels, String collect, Lang l) {
		return f.designations().stream()
			.filter(d -> kinds.contains(d.kind()) && (levels == null || (d.level() != null && levels.contains(d.level()))))
			.findFirst()
			.map(d -> new Fact(1.0, l.pick("yes: ", "是：") + d.name(), l.pick("designation ", "荣誉或认定：") + d.name()
					+ l.pick(" (", "（") + (d.level() == null ? "" : levelName(d.level(), l))
					+ (d.year() == null ? "" : (d.level() == null ? "" : l.pick(", ", "，")) + d.year()) + l.pick(")", "）"),
					List.<Source>of(), null, false))
			.orElseGet(() -> Fact.unknown(collect, false));
	}

	private static String years(List<Integer> years, Lang l) {
		if (years.size() == 1) {
			return String.valueOf(years.getFirst());
		}
		return years.subList(0, years.size() - 1).stream().map(String::valueOf).collect(Collectors.joining(l.pick(", ", "、")))
				+ l.pick(" and ", "和") + years.getLast();
	}

}
