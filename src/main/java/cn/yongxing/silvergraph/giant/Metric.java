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

	REVENUE("revenue", Unit.YUAN, true, (f, y) -> yearly(f, y, 1, Financials::revenue, Agg.LAST,
			"the %s income statement (revenue)")),
	MAIN_BUSINESS_SHARE("main-business share", Unit.PERCENT, true, (f, y) -> ratio(f, y,
			Financials::mainBusinessRevenue, Financials::revenue, "the %s income statement (main-business and total revenue)")),
	MAIN_BUSINESS_GROWTH("main-business growth", Unit.PERCENT, true, (f, y) -> yearly(f, y, 2,
			Financials::mainBusinessRevenue, Agg.GROWTH, "main-business revenue of %s")),
	MAIN_BUSINESS_GROWTH_AVG2("2-year average main-business growth", Unit.PERCENT, true, (f, y) -> yearly(f, y, 3,
			Financials::mainBusinessRevenue, Agg.AVERAGE_GROWTH, "main-business revenue of %s")),
	MAIN_BUSINESS_CAGR2("2-year compound main-business growth", Unit.PERCENT, true, (f, y) -> yearly(f, y, 3,
			Financials::mainBusinessRevenue, Agg.COMPOUND_GROWTH, "main-business revenue of %s")),
	DEBT_RATIO("debt ratio", Unit.PERCENT, true, (f, y) -> yearly(f, y, 1, Financials::debtRatio, Agg.LAST,
			"the %s balance sheet")),
	NET_PROFIT_MARGIN("net profit margin", Unit.PERCENT, true, (f, y) -> ratio(f, y, Financials::netProfit,
			Financials::revenue, "the %s income statement (net profit and revenue)")),
	RD_RATIO("R&D ratio", Unit.PERCENT, true, (f, y) -> ratio(f, y, Financials::rdExpense, Financials::revenue,
			"the %s income statement (R&D expense and revenue)")),
	RD_EXPENSE("R&D expense", Unit.YUAN, true, (f, y) -> yearly(f, y, 1, Financials::rdExpense, Agg.LAST,
			"the %s R&D expense")),
	RD_EXPENSE_TOTAL2("2-year R&D expense", Unit.YUAN, true, (f, y) -> yearly(f, y, 2, Financials::rdExpense,
			Agg.SUM, "R&D expense of %s")),
	RD_EXPENSE_AVG2("2-year average R&D expense", Unit.YUAN, true, (f, y) -> yearly(f, y, 2, Financials::rdExpense,
			Agg.AVERAGE, "R&D expense of %s")),
	EQUITY_RAISED2("equity raised in 2 years", Unit.YUAN, true, (f, y) -> yearly(f, y, 2, Financials::equityRaised,
			Agg.SUM, "equity financing raised in %s (0 if none)")),
	EQUITY_RAISED3("equity raised in 3 years", Unit.YUAN, true, (f, y) -> yearly(f, y, 3, Financials::equityRaised,
			Agg.SUM, "equity financing raised in %s (0 if none)")),
	RD_STAFF_SHARE("R&D staff share", Unit.PERCENT, true, Metric::rdStaffShare),
	YEARS_IN_NICHE("years in the niche", Unit.YEARS, false, Metric::yearsInNiche),
	CLASS_ONE_IP("Class I IP", Unit.COUNT, false, (f, y) -> ipCount(f, f.classOneIp(), "invention patents held (HOLDS, type INVENTION)")),
	CLASS_TWO_IP("Class II IP", Unit.COUNT, false, (f, y) -> ipCount(f, f.classTwoIp(), "utility models and designs held (HOLDS)")),
	RD_INSTITUTION("R&D institution", Unit.BOOLEAN, false, (f, y) -> rdInstitution(f, false)),
	RD_INSTITUTION_LEVEL("R&D institution level", Unit.LEVEL, false, (f, y) -> rdInstitution(f, true)),
	NICHE_MARKET_SHARE("national niche-market share", Unit.PERCENT, false, Metric::nicheShare),
	CHAIN_KEY_LINK("key chain link", Unit.BOOLEAN, false, (f, y) -> chainRole(f, true)),
	CHAIN_FILLS_GAP("fills a chain gap", Unit.BOOLEAN, false, (f, y) -> chainRole(f, false)),
	/** Holds a designation of the criterion's kinds and levels (certifications, awards, brands, titles). */
	DESIGNATION("designation", Unit.BOOLEAN, false, (f, y) -> Fact.unknown("", false)),
	/** A fact the graph does not record at all; the criterion's {@code collect} says what to gather. */
	UNRECORDED("not recorded", Unit.BOOLEAN, false, (f, y) -> Fact.unknown("", false));

	/** R&D partnerships that count as an institution built jointly with a university or institute. */
	private static final List<String> JOINT_KINDS = List.of("JOINT_RND", "PLATFORM");

	/** Platforms that are R&D institutions of the enterprise's own (service and demonstration ones are not). */
	private static final List<String> RND_PLATFORM_KINDS = List.of("TECH_CENTRE", "LAB", "PILOT_BASE");

	final String label;

	final Unit unit;

	final boolean sensitive;

	private final Derivation derivation;

	Metric(String label, Unit unit, boolean sensitive, Derivation derivation) {
		this.label = label;
		this.unit = unit;
		this.sensitive = sensitive;
		this.derivation = derivation;
	}

	/**
	 * The fact for an enterprise in a year. The one place financial figures enter an assessment: a
	 * sensitive metric of facts gathered for a caller who may not see them is {@link Fact#withheld()}.
	 */
	Fact at(EnterpriseFacts facts, int year) {
		return sensitive && facts.financialsWithheld() ? Fact.withheld() : derivation.derive(facts, year);
	}

	@FunctionalInterface
	interface Derivation {

		Fact derive(EnterpriseFacts facts, int year);

	}

	private enum Agg {
		LAST, SUM, AVERAGE, GROWTH, AVERAGE_GROWTH, COMPOUND_GROWTH
	}

	/** A figure over the {@code span} years ending in {@code y}; unknown (listing the missing years) if any is missing. */
	private static Fact yearly(EnterpriseFacts f, int y, int span, Function<Financials, @Nullable Double> field, Agg agg,
			String collect) {
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
			return Fact.unknown(collect.formatted(years(missing)), true);
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
			return Fact.unknown(collect.formatted(years(List.of(y - span + 1))) + " (a zero base makes growth undefined)", true);
		}
		return new Fact(v, "", "reported financials " + (span == 1 ? String.valueOf(y) : (y - span + 1) + "–" + y),
				List.copyOf(sources), null, true);
	}

	private static Fact ratio(EnterpriseFacts f, int y, Function<Financials, @Nullable Double> numerator,
			Function<Financials, @Nullable Double> denominator, String collect) {
		Financials fin = f.financials().get(y);
		Double n = fin == null ? null : numerator.apply(fin);
		Double d = fin == null ? null : denominator.apply(fin);
		if (n == null || d == null || d == 0) {
			return Fact.unknown(collect.formatted(y), true);
		}
		return new Fact(n / d, "", "reported financials " + y, fin.source() == null ? List.of() : List.of(fin.source()),
				null, true);
	}

	private static Fact rdStaffShare(EnterpriseFacts f, int y) {
		Financials fin = f.financials().get(y);
		if (fin != null && fin.employees() != null && fin.rdStaff() != null && fin.employees() > 0) {
			return new Fact((double) fin.rdStaff() / fin.employees(), "", "reported headcount " + y,
					fin.source() == null ? List.of() : List.of(fin.source()), null, true);
		}
		var e = f.enterprise();
		if (e.employees() != null && e.rdStaff() != null && e.employees() > 0) {
			return new Fact((double) e.rdStaff() / e.employees(), "", "enterprise record (employees, rdStaff)", List.of(),
					null, true);
		}
		return Fact.unknown("the %d headcount (employees and R&D staff)".formatted(y), true);
	}

	private static Fact yearsInNiche(EnterpriseFacts f, int y) {
		Integer founded = f.enterprise().founded();
		if (founded == null) {
			return Fact.unknown("the founding year (or the year it entered its niche market)", false);
		}
		return new Fact((double) Math.max(0, y - founded), "",
				"founded " + founded + ", counted to the end of " + y + " (founding year as a proxy for time in the niche)",
				List.of(), null, false);
	}

	private static Fact ipCount(EnterpriseFacts f, int count, String basis) {
		if (f.patentsRecorded() == 0) {
			return Fact.unknown("its patent list with types (holds.csv, patents.csv): the graph records none for it", false);
		}
		return new Fact((double) count, "", basis + "; " + f.patentsRecorded() + " patent(s) recorded", List.of(), null,
				false);
	}

	private static Fact rdInstitution(EnterpriseFacts f, boolean level) {
		List<String> found = new ArrayList<>();
		int best = 0;
		for (var p : f.platforms()) {
			if (RND_PLATFORM_KINDS.contains(p.kind())) {
				found.add("own " + p.kind() + " " + p.name() + " (" + p.level() + ")");
				best = Math.max(best, levelRank(p.level()));
			}
		}
		for (var c : f.collaborations()) {
			if (JOINT_KINDS.contains(c.kind()) && !c.institutionKind().equals("ASSOCIATION")) {
				found.add("joint with " + c.institution() + " (" + c.kind() + ")");
				best = Math.max(best, 1);
			}
		}
		if (found.isEmpty()) {
			String others = f.platforms().stream().map(p -> p.name() + " (" + p.kind() + ")").collect(Collectors.joining(", "));
			return Fact.unknown("its R&D centre, lab or an R&D institution built with a university or institute"
					+ (others.isEmpty() ? "" : "; the platforms recorded (" + others + ") are not R&D institutions"), false);
		}
		String basis = String.join("; ", found);
		return level ? new Fact((double) best, "", basis + " (a level not recorded counts as below city)", List.of(), null, false)
				: new Fact(1.0, "", basis, List.of(), null, false);
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
	 * one (the firm's output over the world's is at most its output over China's), so it counts.
	 */
	private static Fact nicheShare(EnterpriseFacts f, int y) {
		ShareFact best = f.shares().stream()
			.filter(s -> s.scope().equals("NATIONAL") || s.scope().equals("GLOBAL"))
			.max(Comparator.comparingDouble(ShareFact::value))
			.orElse(null);
		if (best == null) {
			String context = f.clusterShares().stream()
				.map(s -> "%s %s of %s %s, %d".formatted(s.metal(), Unit.PERCENT.format(s.value()),
						s.scope().toLowerCase(), s.basis().toLowerCase(), s.year()))
				.collect(Collectors.joining("; "));
			return Fact.unknown("its own share of its niche market (national)"
					+ (context.isEmpty() ? "" : "; the cluster as a whole holds " + context), false);
		}
		String basis = "%s %s share of %s %s (%d%s)".formatted(best.metal(), best.scope().toLowerCase(),
				best.basis().toLowerCase(), Unit.PERCENT.format(best.value()), best.year(),
				best.qualifier() == null ? "" : ", " + best.qualifier())
				+ (best.scope().equals("GLOBAL") ? "; a global share is a lower bound of the national share" : "");
		return new Fact(best.value(), "≥ " + Unit.PERCENT.format(best.value()), basis,
				best.source() == null ? List.of() : List.of(best.source()), null, false);
	}

	private static Fact chainRole(EnterpriseFacts f, boolean keyLink) {
		var role = f.chainRole();
		if (!role.known()) {
			return Fact.unknown("its industry-chain role (" + Objects.requireNonNullElse(role.reason(),
					ChainRoleSource.Role.UNAVAILABLE) + ")", false);
		}
		boolean yes = keyLink ? !role.kind().equals("NONE") : role.kind().equals("FILLS_GAP");
		return new Fact(yes ? 1.0 : 0.0, "", "chain analysis: " + role.kind()
				+ (role.reason() == null ? "" : " — " + role.reason()), List.of(), null, false);
	}

	/**
	 * Whether the enterprise holds a designation of one of {@code kinds} (at one of {@code levels}).
	 * None recorded is UNKNOWN: the graph lists the designations reported, not all there are.
	 */
	static Fact designation(EnterpriseFacts f, List<String> kinds, @Nullable List<String> levels, String collect) {
		return f.designations().stream()
			.filter(d -> kinds.contains(d.kind()) && (levels == null || (d.level() != null && levels.contains(d.level()))))
			.findFirst()
			.map(d -> new Fact(1.0, "yes: " + d.name(), "designation " + d.name() + " (" + d.kind()
					+ (d.level() == null ? "" : ", " + d.level()) + (d.year() == null ? "" : ", " + d.year()) + ")",
					List.<Source>of(), null, false))
			.orElseGet(() -> Fact.unknown(collect, false));
	}

	private static String years(List<Integer> years) {
		if (years.size() == 1) {
			return String.valueOf(years.getFirst());
		}
		return years.subList(0, years.size() - 1).stream().map(String::valueOf).collect(Collectors.joining(", "))
				+ " and " + years.getLast();
	}

}
