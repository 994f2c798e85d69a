package cn.yongxing.silvergraph.giant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import cn.yongxing.silvergraph.giant.CriterionResult.Missing;
import cn.yongxing.silvergraph.giant.CriterionResult.Status;
import cn.yongxing.silvergraph.giant.RuleSet.Band;
import cn.yongxing.silvergraph.giant.RuleSet.Condition;
import cn.yongxing.silvergraph.giant.RuleSet.Criterion;
import cn.yongxing.silvergraph.giant.RuleSet.Kind;
import cn.yongxing.silvergraph.giant.RuleSet.PointsRow;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a rule set against the facts of one enterprise. Pure: no graph, no Spring. UNKNOWN is
 * never FAIL: a criterion fails only on known data that misses the threshold. A tier for SMEs first
 * checks the firm is one (the size standard); a firm known to be larger is NOT_APPLICABLE. Every text
 * (values, thresholds, distances, what to collect) is written in the language asked for.
 */
final class TierEngine {

	private static final double NO_GAP = Double.POSITIVE_INFINITY;

	/** Code of the SME-scope check that precedes the criteria of an SME tier. */
	static final String SCOPE = "SME-SCOPE";

	private TierEngine() {
	}

	/** Assesses an enterprise in English; {@code lastYear} is the year the rules call "last year". */
	static Assessment assess(RuleSet ruleSet, EnterpriseFacts facts, int lastYear, SmeStandard sme) {
		return assess(ruleSet, facts, lastYear, sme, Lang.EN);
	}

	/** Assesses an enterprise, its texts in {@code lang}; {@code lastYear} is the year the rules call "last year". */
	static Assessment assess(RuleSet ruleSet, EnterpriseFacts facts, int lastYear, SmeStandard sme, Lang lang) {
		var run = new Run(facts, lastYear, lang);
		// points first: a SCORE criterion anywhere sums them
		for (Criterion c : ruleSet.criteria()) {
			if (c.kind() == Kind.POINTS) {
				run.points.put(c.code(), run.points(c));
			}
		}
		CriterionResult scope = ruleSet.smeOnly() ? run.scope(sme) : null;
		List<CriterionResult> tier = ruleSet.criteria().stream().map(run::evaluate).toList();
		List<CriterionResult> results = new ArrayList<>();
		if (scope != null) {
			results.add(scope);
		}
		results.addAll(tier);

		List<CriterionResult> gates = tier.stream().filter(r -> !r.kind().equals(Kind.POINTS.name())).toList();
		List<CriterionResult> failed = gates.stream().filter(r -> r.status() == Status.FAIL).toList();
		long passed = gates.stream().filter(r -> r.status() == Status.PASS).count();
		long unknown = gates.stream().filter(r -> r.status() == Status.UNKNOWN).count();
		Assessment.Status status;
		if (scope != null && scope.status() == Status.FAIL) {
			status = Assessment.Status.NOT_APPLICABLE;
		}
		else if (passed == gates.size() && (scope == null || scope.status() == Status.PASS)) {
			status = Assessment.Status.QUALIFIED;
		}
		else if (failed.isEmpty() || (failed.size() == 1 && failed.getFirst().gap() <= ruleSet.nearMargin())) {
			status = Assessment.Status.NEAR;
		}
		else {
			status = Assessment.Status.UNLIKELY;
		}
		double score;
		double maxScore;
		if (ruleSet.scoresPoints()) {
			score = run.points.values().stream().mapToDouble(r -> Objects.requireNonNull(r.points())).sum();
			maxScore = run.points.values().stream().mapToDouble(r -> Objects.requireNonNull(r.maxPoints())).sum();
		}
		else {
			score = round(100.0 * passed / gates.size());
			maxScore = round(100.0 * (passed + unknown) / gates.size());
		}
		double decided = results.stream().filter(r -> r.status() != Status.UNKNOWN).count();
		return new Assessment(facts.enterprise(), ruleSet, score, maxScore, status, results, missingData(results, lang),
				round(decided / results.size() * 100) / 100);
	}

	/** What to collect, grouped by document, for every criterion that is not already passed. */
	private static List<String> missingData(List<CriterionResult> results, Lang lang) {
		Map<String, List<String>> byCollect = new LinkedHashMap<>();
		for (CriterionResult r : results) {
			if (r.status() != Status.PASS) {
				for (Missing m : r.missing()) {
					var what = byCollect.computeIfAbsent(m.collect(), k -> new ArrayList<>());
					if (!what.contains(m.forWhat())) {
						what.add(m.forWhat());
					}
				}
			}
		}
		return byCollect.entrySet().stream()
			.map(e -> lang.pick(e.getKey() + " — for " + String.join(", ", e.getValue()),
					e.getKey() + "（用于：" + String.join("、", e.getValue()) + "）"))
			.toList();
	}

	private static double round(double v) {
		return Math.round(v * 10) / 10.0;
	}

	/** One evaluation of one enterprise. */
	private static final class Run {

		final EnterpriseFacts facts;

		final int lastYear;

		final Lang l;

		final Map<String, CriterionResult> points = new LinkedHashMap<>();

		Run(EnterpriseFacts facts, int lastYear, Lang lang) {
			this.facts = facts;
			this.lastYear = lastYear;
			this.l = lang;
		}

		CriterionResult evaluate(Criterion c) {
			return switch (c.kind()) {
				case THRESHOLD -> threshold(c);
				case BOOLEAN -> bool(c);
				case BANDED -> banded(c);
				case ALL -> all(c);
				case ANY -> any(c);
				case POINTS -> points.computeIfAbsent(c.code(), k -> points(c));
				case SCORE -> score(c);
			};
		}

		/**
		 * Whether the firm is an SME under the size standard: fewer employees than the limit, or less
		 * revenue, is an SME; at or above both is not; otherwise (a figure missing) unknown. A listing
		 * does not decide it: the standard looks at size only.
		 */
		CriterionResult scope(SmeStandard sme) {
			var fin = facts.financials().get(lastYear);
			Integer employees = fin != null && fin.employees() != null ? fin.employees() : facts.enterprise().employees();
			Fact revenue = Metric.REVENUE.at(facts, lastYear, l);
			boolean smallStaff = employees != null && employees < sme.employeesBelow();
			boolean smallRevenue = revenue.isKnown() && revenue.value() < sme.revenueBelow();
			boolean largeStaff = employees != null && !smallStaff;
			boolean largeRevenue = revenue.isKnown() && !smallRevenue;
			Status status = smallStaff || smallRevenue ? Status.PASS : largeStaff && largeRevenue ? Status.FAIL : Status.UNKNOWN;
			String staffText = employees == null ? l.pick("employees unknown", "从业人员未知")
					: l.pick(employees + " employees", "从业人员" + employees + "人");
			String revenueText = l.pick("revenue ", "营业收入") + revenue.shown(Metric.REVENUE, l);
			String actual = staffText + l.pick("; ", "；") + revenueText;
			String limitStaff = l.pick("fewer than " + sme.employeesBelow() + " employees",
					"从业人员" + sme.employeesBelow() + "人以下");
			String limitRevenue = l.pick("revenue below ", "营业收入") + Unit.YUAN.format(sme.revenueBelow(), l)
					+ l.pick("", "以下");
			String threshold = limitStaff + l.pick(" or ", "或") + limitRevenue + l.pick(" (" + sme.industry() + ", ",
					"（" + sme.industry() + "，") + sme.document() + " " + sme.article() + l.pick(")", "）");
			List<Missing> missing = new ArrayList<>();
			String forWhat = l.pick("whether it is an SME", "是否属于中小企业");
			if (status == Status.UNKNOWN) {
				if (employees == null) {
					missing.add(new Missing(l.pick("its number of employees (" + lastYear + ")", lastYear + "年从业人员数"), forWhat));
				}
				if (!revenue.isKnown()) {
					missing.add(new Missing(Objects.requireNonNull(revenue.collect()), forWhat));
				}
			}
			boolean listed = "LISTED".equals(facts.enterprise().ownership());
			String distance = switch (status) {
				case PASS -> null;
				case FAIL -> l.pick("not an SME: " + actual + " — both at or above the limits; the tier does not apply",
						"不属于中小企业：" + actual + "，均达到或超过上限，不适用本梯度");
				case UNKNOWN -> l.pick("SME status unknown — collect ", "是否属于中小企业未知——需收集")
						+ missing.stream().map(Missing::collect).collect(Collectors.joining(l.pick(", ", "、")))
						+ (listed ? l.pick("; a listed company: its own headcount and revenue decide, not the listing",
								"；该企业为上市公司：按其从业人员和营业收入划型，上市本身不决定类型") : "");
			};
			String basis = l.pick("size standard: ", "划型依据：") + sme.name() + (revenue.basis() == null ? ""
					: l.pick("; ", "；") + revenue.basis());
			var c = new CriterionResult(sme.article(), SCOPE, "SCOPE", "属于中小企业（" + sme.name() + "）",
					"An SME (" + sme.nameEn() + ")", "SCOPE", status, actual, threshold, distance, basis, revenue.sources(),
					true, facts.financialsWithheld(), null, null, List.of(), NO_GAP, List.copyOf(missing));
			return c;
		}

		private Fact fact(Metric metric, int year, @Nullable String collect) {
			return fact(metric, year, collect, null, null);
		}

		private Fact fact(Metric metric, int year, @Nullable String collect, @Nullable List<String> designations,
				@Nullable List<String> levels) {
			if (metric == Metric.DESIGNATION) {
				return Metric.designation(facts, Objects.requireNonNull(designations), levels,
						Objects.requireNonNullElse(collect, l.pick("its designations (certificates, awards, titles)",
								"企业获得的认定、奖励和荣誉")), l);
			}
			Fact f = metric.at(facts, year, l);
			if (metric == Metric.UNRECORDED && collect != null) {
				return Fact.unknown(collect.replace("{year}", String.valueOf(year)), f.sensitive());
			}
			return f;
		}

		private String years(int n) {
			return l.pick(" in each of the last " + n + " years", "（近" + n + "年每年）");
		}

		private CriterionResult threshold(Criterion c) {
			Metric m = Objects.requireNonNull(c.metric());
			RuleSet.Op op = Objects.requireNonNull(c.op());
			double t = Objects.requireNonNull(c.value());
			int years = c.yearsOrOne();
			List<String> actuals = new ArrayList<>();
			List<String> failures = new ArrayList<>();
			List<String> unknowns = new ArrayList<>();
			List<Missing> missing = new ArrayList<>();
			List<Source> sources = new ArrayList<>();
			List<String> bases = new ArrayList<>();
			double gap = 0;
			for (int i = 0; i < years; i++) {
				int year = lastYear - i;
				Fact f = fact(m, year, c.collect(l));
				actuals.add(years == 1 ? f.shown(m, l) : year + l.pick(": ", "年：") + f.shown(m, l));
				f.sources().stream().filter(s -> !sources.contains(s)).forEach(sources::add);
				if (f.basis() != null && !bases.contains(f.basis())) {
					bases.add(f.basis());
				}
				if (!f.isKnown()) {
					unknowns.add(String.valueOf(year));
					missing.add(new Missing(Objects.requireNonNull(f.collect()), m.label(l)));
				}
				else if (!op.holds(f.value(), t)) {
					failures.add(failureText(m, op, f, t) + (years == 1 ? "" : l.pick(" in " + year, "（" + year + "年）")));
					gap = Math.max(gap, t == 0 ? NO_GAP : Math.abs(t - f.value()) / Math.abs(t));
				}
			}
			Status status = !failures.isEmpty() ? Status.FAIL : unknowns.isEmpty() ? Status.PASS : Status.UNKNOWN;
			String distance = switch (status) {
				case PASS -> null;
				case FAIL -> String.join(l.pick("; ", "；"), failures);
				case UNKNOWN -> unknownText(m.label(l), missing) + (years == 1 ? ""
						: l.pick(" (" + String.join(", ", unknowns) + ")", "（" + String.join("、", unknowns) + "年）"));
			};
			String threshold = op.symbol + " " + m.unit.format(t, l) + (years == 1 ? "" : years(years));
			return result(c, status, String.join(l.pick("; ", "；"), actuals), threshold, distance, bases, sources,
					m.sensitive, null, null, List.of(), status == Status.FAIL ? gap : NO_GAP,
					status == Status.UNKNOWN ? missing : List.of());
		}

		private CriterionResult bool(Criterion c) {
			Metric m = Objects.requireNonNull(c.metric());
			Fact f = fact(m, lastYear, c.collect(l), c.designations(), c.levels());
			Status status = !f.isKnown() ? Status.UNKNOWN : f.value() > 0 ? Status.PASS : Status.FAIL;
			List<Missing> missing = status == Status.UNKNOWN ? List.of(new Missing(Objects.requireNonNull(f.collect()), label(c, m)))
					: List.of();
			String distance = switch (status) {
				case PASS -> null;
				case FAIL -> label(c, m) + l.pick(": no", "：否");
				case UNKNOWN -> unknownText(label(c, m), missing);
			};
			return result(c, status, f.shown(m, l), l.pick("yes", "是"), distance,
					f.basis() == null ? List.of() : List.of(f.basis()), f.sources(), m.sensitive, null, null, List.of(),
					NO_GAP, missing);
		}

		private CriterionResult banded(Criterion c) {
			Metric by = Objects.requireNonNull(c.by());
			Fact f = fact(by, lastYear, null);
			List<Band> bands = Objects.requireNonNull(c.bands());
			String thresholds = bands.stream().map(b -> b.label(l) + l.pick(": ", "：") + describe(b.criterion()))
				.collect(Collectors.joining(l.pick("; ", "；")));
			if (!f.isKnown()) {
				var missing = List.of(new Missing(Objects.requireNonNull(f.collect()),
						by.label(l) + l.pick(" (selects the band of " + c.nameEn() + ")", "（决定" + c.name() + "适用哪一档）")));
				return result(c, Status.UNKNOWN, by.label(l) + l.pick(" unknown", "未知"), thresholds,
						by.label(l) + l.pick(" unknown — collect " + f.collect() + " (it selects the band)",
								"未知——需收集" + f.collect() + "（据此确定适用档次）"),
						List.of(), List.of(), by.sensitive, null, null, List.of(), NO_GAP, missing);
			}
			Band band = bands.stream().filter(b -> b.contains(f.value())).findFirst()
				.orElseThrow(() -> new IllegalStateException("No band of " + c.code() + " holds " + f.value()));
			CriterionResult inner = evaluate(band.criterion());
			String suffix = l.pick(" (" + band.label(l) + ")", "（" + band.label(l) + "）");
			List<String> basis = new ArrayList<>();
			basis.add(by.label(l) + " " + f.shown(by, l) + " → " + band.label(l));
			if (inner.source() != null) {
				basis.add(inner.source());
			}
			return result(c, inner.status(), inner.actual(), inner.threshold() + suffix,
					inner.distance() == null ? null : inner.distance() + suffix, basis, inner.sources(),
					inner.sensitive() || by.sensitive, inner.points(), inner.maxPoints(), List.of(inner), inner.gap(),
					inner.missing());
		}

		private CriterionResult all(Criterion c) {
			List<CriterionResult> parts = Objects.requireNonNull(c.criteria()).stream().map(this::evaluate).toList();
			List<CriterionResult> failed = parts.stream().filter(p -> p.status() == Status.FAIL).toList();
			boolean allPass = parts.stream().allMatch(p -> p.status() == Status.PASS);
			Status status = !failed.isEmpty() ? Status.FAIL : allPass ? Status.PASS : Status.UNKNOWN;
			long passed = parts.stream().filter(p -> p.status() == Status.PASS).count();
			String distance = status == Status.PASS ? null
					: parts.stream().filter(p -> p.status() == status && p.distance() != null).map(CriterionResult::distance)
						.collect(Collectors.joining(l.pick("; ", "；")));
			double gap = failed.size() == 1 ? failed.getFirst().gap() : NO_GAP;
			return composite(c, status, l.pick(passed + " of " + parts.size() + " hold", parts.size() + "项中" + passed + "项达标"),
					l.pick("all of: ", "同时满足：") + describeAll(parts), distance, parts, gap);
		}

		private CriterionResult any(Criterion c) {
			List<CriterionResult> routes = Objects.requireNonNull(c.criteria()).stream().map(this::evaluate).toList();
			CriterionResult passing = routes.stream().filter(r -> r.status() == Status.PASS).findFirst().orElse(null);
			boolean allFail = routes.stream().allMatch(r -> r.status() == Status.FAIL);
			Status status = passing != null ? Status.PASS : allFail ? Status.FAIL : Status.UNKNOWN;
			long failing = routes.stream().filter(r -> r.status() == Status.FAIL).count();
			String actual = passing != null ? l.pick("passes by: " + passing.nameEn(), "满足：" + passing.name())
					: l.pick(failing + " of " + routes.size() + " routes fail", routes.size() + "条途径中" + failing + "条未达标");
			String distance = status == Status.PASS ? null
					: (status == Status.FAIL ? l.pick("no route passes: ", "没有一条途径达标：") : "")
							+ routes.stream().filter(r -> r.status() == status)
								.map(r -> l.pick(r.nameEn(), r.name()) + l.pick(": ", "：") + r.distance())
								.collect(Collectors.joining(" | "));
			double gap = routes.stream().mapToDouble(CriterionResult::gap).min().orElse(NO_GAP);
			return composite(c, status, actual, l.pick("any of: ", "满足其一：") + describeAll(routes), distance, routes,
					status == Status.FAIL ? gap : NO_GAP);
		}

		private CriterionResult composite(Criterion c, Status status, String actual, String threshold,
				@Nullable String distance, List<CriterionResult> parts, double gap) {
			List<Source> sources = parts.stream().flatMap(p -> p.sources().stream()).distinct().toList();
			List<Missing> missing = status == Status.PASS ? List.of()
					: parts.stream().flatMap(p -> p.missing().stream()).distinct().toList();
			boolean sensitive = parts.stream().anyMatch(CriterionResult::sensitive);
			return result(c, status, actual, threshold, distance, List.of(), sources, sensitive, null, null, parts, gap,
					missing);
		}

		CriterionResult points(Criterion c) {
			List<PointsRow> table = Objects.requireNonNull(c.table());
			Double lower = null;
			Double upper = null;
			String matched = null;
			List<Missing> missing = new ArrayList<>();
			List<Source> sources = new ArrayList<>();
			List<String> bases = new ArrayList<>();
			boolean sensitive = false;
			for (PointsRow row : table) {
				if (ruledOut(c, row)) {
					continue;
				}
				Status s = row.always() ? Status.PASS : Status.FAIL;
				for (Condition cond : row.when() == null ? List.<Condition>of() : row.when()) {
					Metric m = Objects.requireNonNull(cond.metric() == null ? c.metric() : cond.metric());
					Fact f = fact(m, lastYear, cond.collect(l) != null ? cond.collect(l) : c.collect(l), cond.designations(),
							cond.levels());
					sensitive |= m.sensitive;
					if (!f.isKnown()) {
						s = s == Status.PASS ? s : Status.UNKNOWN;
						Missing miss = new Missing(Objects.requireNonNull(f.collect()), label(c, m));
						if (!missing.contains(miss)) {
							missing.add(miss);
						}
					}
					else {
						f.sources().stream().filter(x -> !sources.contains(x)).forEach(sources::add);
						String basis = m.label(l) + " " + f.shown(m, l) + (f.basis() == null ? "" : l.pick(" (", "（")
								+ f.basis() + l.pick(")", "）"));
						if (!bases.contains(basis)) {
							bases.add(basis);
						}
						if ((cond.min() == null || f.value() >= cond.min()) && (cond.max() == null || f.value() < cond.max())) {
							s = Status.PASS;
						}
					}
				}
				if (s == Status.UNKNOWN && upper == null) {
					upper = row.points();
				}
				if (s == Status.PASS) {
					lower = row.points();
					upper = upper == null ? row.points() : upper;
					matched = row.label(l);
					break;
				}
			}
			double low = lower == null ? 0 : lower;
			double high = upper == null ? 0 : upper;
			double best = table.stream().mapToDouble(PointsRow::points).max().orElse(0);
			Status status = low > 0 ? Status.PASS : high == 0 ? Status.FAIL : Status.UNKNOWN;
			String actual = Unit.POINTS.format(low, l) + (matched == null ? "" : l.pick(" (" + matched + ")", "（" + matched + "）"))
					+ (high > low ? l.pick(", up to " + Unit.POINTS.format(high, l) + " with the missing data",
							"，补齐数据后最高" + Unit.POINTS.format(high, l)) : "");
			String collects = missing.stream().map(Missing::collect).collect(Collectors.joining(l.pick(", ", "、")));
			String distance = switch (status) {
				case PASS -> high > low ? l.pick("may earn up to " + Unit.POINTS.format(high - low, l) + " more once "
						+ collects + " is known", "补齐" + collects + "后最多可再得" + Unit.POINTS.format(high - low, l)) : null;
				case FAIL -> l.pick("earns 0 of " + Unit.POINTS.format(best, l) + "; the lowest row (" + table.getLast().label(l)
						+ ") earns " + Unit.POINTS.format(table.getLast().points(), l),
						"得0分（满分" + Unit.POINTS.format(best, l) + "）；最低一档（" + table.getLast().label(l) + "）得"
								+ Unit.POINTS.format(table.getLast().points(), l));
				case UNKNOWN -> missing.stream().map(x -> x.forWhat() + l.pick(" unknown — collect ", "未知——需收集") + x.collect())
					.collect(Collectors.joining(l.pick("; ", "；")));
			};
			String threshold = table.stream().map(r -> r.label(l) + l.pick(": ", "：") + Unit.POINTS.format(r.points(), l))
				.collect(Collectors.joining(" / "));
			return result(c, status, actual, threshold, distance, bases, sources, sensitive, low, high, List.of(), NO_GAP,
					low < high ? missing : List.of());
		}

		/** Whether a required condition of a points row is known to be false. */
		private boolean ruledOut(Criterion c, PointsRow row) {
			for (Condition cond : row.requires() == null ? List.<Condition>of() : row.requires()) {
				Metric m = Objects.requireNonNull(cond.metric() == null ? c.metric() : cond.metric());
				Fact f = fact(m, lastYear, cond.collect(l), cond.designations(), cond.levels());
				if (f.isKnown() && !((cond.min() == null || f.value() >= cond.min()) && (cond.max() == null || f.value() < cond.max()))) {
					return true;
				}
			}
			return false;
		}

		private String groupName(String group) {
			return switch (group) {
				case "INNOVATION" -> l.pick("innovation", "创新能力");
				case "GROWTH" -> l.pick("growth", "成长性");
				case "SPECIALISATION" -> l.pick("specialisation", "专业化");
				case "REFINEMENT" -> l.pick("refinement", "精细化");
				case "DISTINCTIVENESS" -> l.pick("distinctiveness", "特色化");
				default -> group.toLowerCase();
			};
		}

		private CriterionResult score(Criterion c) {
			double min = Objects.requireNonNull(c.value());
			double low = 0;
			double high = 0;
			Map<String, double[]> groups = new LinkedHashMap<>();
			for (CriterionResult p : points.values()) {
				low += Objects.requireNonNull(p.points());
				high += Objects.requireNonNull(p.maxPoints());
				double[] g = groups.computeIfAbsent(String.valueOf(p.group()), k -> new double[2]);
				g[0] += p.points();
				g[1] += p.maxPoints();
			}
			Map<String, Double> groupMins = c.groupMinimums() == null ? Map.of() : c.groupMinimums();
			List<String> failures = new ArrayList<>();
			List<String> open = new ArrayList<>();
			double gap = high < min ? (min - high) / min : 0;
			if (high < min) {
				failures.add(l.pick("at most " + Unit.POINTS.format(high, l) + " < " + Unit.plain(min, 1) + ": needs "
						+ Unit.POINTS.format(min - high, l) + " more", "最多" + Unit.POINTS.format(high, l) + "，低于"
						+ Unit.plain(min, 1) + "分：还差" + Unit.POINTS.format(min - high, l)));
			}
			else if (low < min) {
				open.add(l.pick("score " + Unit.plain(low, 1) + " known, up to " + Unit.plain(high, 1) + " — the missing data decides",
						"已知得分" + Unit.plain(low, 1) + "，最高" + Unit.plain(high, 1) + "——取决于缺少的数据"));
			}
			for (var e : groupMins.entrySet()) {
				double[] g = groups.getOrDefault(e.getKey(), new double[2]);
				String name = groupName(e.getKey());
				if (g[1] < e.getValue()) {
					failures.add(l.pick(name + " at most " + Unit.plain(g[1], 1) + " < " + Unit.plain(e.getValue(), 1),
							name + "最多" + Unit.plain(g[1], 1) + "分，低于" + Unit.plain(e.getValue(), 1) + "分"));
					gap = Math.max(gap, (e.getValue() - g[1]) / e.getValue());
				}
				else if (g[0] < e.getValue()) {
					open.add(l.pick(name + " " + Unit.plain(g[0], 1) + " known, needs " + Unit.plain(e.getValue(), 1),
							name + "已知" + Unit.plain(g[0], 1) + "分，需要" + Unit.plain(e.getValue(), 1) + "分"));
				}
			}
			Status status = !failures.isEmpty() ? Status.FAIL : open.isEmpty() ? Status.PASS : Status.UNKNOWN;
			String groupText = groups.entrySet().stream()
				.map(e -> groupName(e.getKey()) + " " + Unit.plain(e.getValue()[0], 1))
				.collect(Collectors.joining(l.pick(", ", "，")));
			String actual = Unit.POINTS.format(low, l) + (high > low ? l.pick(" (up to " + Unit.plain(high, 1) + ")",
					"（最高" + Unit.plain(high, 1) + "）") : "") + l.pick("; ", "；") + groupText;
			String threshold = l.pick("≥ " + Unit.plain(min, 1) + " points", "≥ " + Unit.plain(min, 1) + "分")
					+ groupMins.entrySet().stream()
						.map(e -> l.pick(", ", "，") + groupName(e.getKey()) + " ≥ " + Unit.plain(e.getValue(), 1))
						.collect(Collectors.joining());
			String distance = status == Status.PASS ? null
					: String.join(l.pick("; ", "；"), status == Status.FAIL ? failures : open);
			List<Missing> missing = status == Status.PASS ? List.of()
					: points.values().stream().flatMap(p -> p.missing().stream()).distinct().toList();
			boolean sensitive = points.values().stream().anyMatch(CriterionResult::sensitive);
			return result(c, status, actual, threshold, distance, List.of(l.pick("sum of the points criteria", "各计分指标之和")),
					List.of(), sensitive, low, high, List.of(), status == Status.FAIL ? gap : NO_GAP, missing);
		}

		private CriterionResult result(Criterion c, Status status, @Nullable String actual,
				@Nullable String threshold, @Nullable String distance, List<String> bases, List<Source> sources,
				boolean sensitive, @Nullable Double points, @Nullable Double maxPoints, List<CriterionResult> details,
				double gap, List<Missing> missing) {
			return new CriterionResult(c.article(), c.code(), c.group(), c.name(), c.nameEn(), c.kind().name(), status, actual,
					threshold, distance, bases.isEmpty() ? null : String.join("; ", bases), List.copyOf(sources), sensitive,
					sensitive && facts.financialsWithheld(), points, maxPoints, details, gap, List.copyOf(missing));
		}

		private String label(Criterion c, Metric m) {
			return m == Metric.UNRECORDED || m == Metric.DESIGNATION ? c.name(l) : m.label(l);
		}

		private String unknownText(String what, List<Missing> missing) {
			return what + l.pick(" unknown — collect ", "未知——需收集") + missing.stream().map(Missing::collect).distinct()
				.collect(Collectors.joining(l.pick(", ", "、")));
		}

		/** "needs 1 more Class I patent", "R&D ratio 2.4% < 3%", "debt ratio 75% > 70%". */
		private String failureText(Metric m, RuleSet.Op op, Fact f, double t) {
			double v = Objects.requireNonNull(f.value());
			if ((m.unit == Unit.COUNT || m.unit == Unit.YEARS) && (op == RuleSet.Op.GE || op == RuleSet.Op.GT)) {
				long more = (long) Math.ceil(op == RuleSet.Op.GE ? t - v : t - v + 1);
				return switch (m) {
					case CLASS_ONE_IP -> l.pick("needs " + more + " more Class I patent" + (more == 1 ? "" : "s"),
							"还差" + more + "项Ⅰ类知识产权");
					case CLASS_TWO_IP -> l.pick("needs " + more + " more Class II patent" + (more == 1 ? "" : "s"),
							"还差" + more + "项Ⅱ类知识产权");
					case YEARS_IN_NICHE -> l.pick("needs " + more + " more year" + (more == 1 ? "" : "s") + " in the niche",
							"从事细分市场时间还差" + more + "年");
					default -> l.pick("needs " + more + " more (" + m.label(l) + ")", m.label(l) + "还差" + more);
				};
			}
			return m.label(l) + " " + f.shown(m, l) + " " + op.negation + " " + m.unit.format(t, l);
		}

		private String describe(Criterion c) {
			return switch (c.kind()) {
				case THRESHOLD -> Objects.requireNonNull(c.metric()).label(l) + " " + Objects.requireNonNull(c.op()).symbol + " "
						+ c.metric().unit.format(Objects.requireNonNull(c.value()), l)
						+ (c.yearsOrOne() == 1 ? "" : years(c.yearsOrOne()));
				case ALL -> Objects.requireNonNull(c.criteria()).stream().map(this::describe)
					.collect(Collectors.joining(l.pick(" and ", "且")));
				default -> c.name(l);
			};
		}

		private String describeAll(List<CriterionResult> parts) {
			return parts.stream().map(p -> l.pick(p.nameEn(), p.name())).collect(Collectors.joining(l.pick("; ", "；")));
		}

	}

}
