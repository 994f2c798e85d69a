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
 * never FAIL: a criterion fails only on known data that misses the threshold.
 */
final class TierEngine {

	private static final double NO_GAP = Double.POSITIVE_INFINITY;

	private TierEngine() {
	}

	/** Assesses an enterprise; {@code lastYear} is the year the rules call "last year". */
	static Assessment assess(RuleSet ruleSet, EnterpriseFacts facts, int lastYear) {
		var run = new Run(facts, lastYear);
		// points first: a SCORE criterion anywhere sums them
		for (Criterion c : ruleSet.criteria()) {
			if (c.kind() == Kind.POINTS) {
				run.points.put(c.code(), run.points(c));
			}
		}
		List<CriterionResult> results = ruleSet.criteria().stream().map(run::evaluate).toList();

		List<CriterionResult> gates = results.stream().filter(r -> !r.kind().equals(Kind.POINTS.name())).toList();
		List<CriterionResult> failed = gates.stream().filter(r -> r.status() == Status.FAIL).toList();
		long passed = gates.stream().filter(r -> r.status() == Status.PASS).count();
		long unknown = gates.stream().filter(r -> r.status() == Status.UNKNOWN).count();
		Assessment.Status status;
		if (passed == gates.size()) {
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
		return new Assessment(facts.enterprise(), ruleSet, score, maxScore, status, results, missingData(results),
				round(decided / results.size() * 100) / 100);
	}

	/** What to collect, grouped by document, for every criterion that is not already passed. */
	private static List<String> missingData(List<CriterionResult> results) {
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
			.map(e -> e.getKey() + " — for " + String.join(", ", e.getValue()))
			.toList();
	}

	private static double round(double v) {
		return Math.round(v * 10) / 10.0;
	}

	/** One evaluation of one enterprise. */
	private static final class Run {

		final EnterpriseFacts facts;

		final int lastYear;

		final Map<String, CriterionResult> points = new LinkedHashMap<>();

		Run(EnterpriseFacts facts, int lastYear) {
			this.facts = facts;
			this.lastYear = lastYear;
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

		private Fact fact(Metric metric, int year, @Nullable String collect) {
			return fact(metric, year, collect, null, null);
		}

		private Fact fact(Metric metric, int year, @Nullable String collect, @Nullable List<String> designations,
				@Nullable List<String> levels) {
			if (metric == Metric.DESIGNATION) {
				return Metric.designation(facts, Objects.requireNonNull(designations), levels,
						Objects.requireNonNullElse(collect, "its " + String.join(" / ", designations) + " records"));
			}
			Fact f = metric.at(facts, year);
			if (metric == Metric.UNRECORDED && collect != null) {
				return Fact.unknown(collect.replace("{year}", String.valueOf(year)), f.sensitive());
			}
			return f;
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
				Fact f = fact(m, year, c.collect());
				actuals.add(years == 1 ? f.shown(m) : year + ": " + f.shown(m));
				f.sources().stream().filter(s -> !sources.contains(s)).forEach(sources::add);
				if (f.basis() != null && !bases.contains(f.basis())) {
					bases.add(f.basis());
				}
				if (!f.isKnown()) {
					unknowns.add(String.valueOf(year));
					missing.add(new Missing(Objects.requireNonNull(f.collect()), m.label));
				}
				else if (!op.holds(f.value(), t)) {
					failures.add(failureText(m, op, f, t) + (years == 1 ? "" : " in " + year));
					gap = Math.max(gap, t == 0 ? NO_GAP : Math.abs(t - f.value()) / Math.abs(t));
				}
			}
			Status status = !failures.isEmpty() ? Status.FAIL : unknowns.isEmpty() ? Status.PASS : Status.UNKNOWN;
			String distance = switch (status) {
				case PASS -> null;
				case FAIL -> String.join("; ", failures);
				case UNKNOWN -> unknownText(m, missing) + (years == 1 ? "" : " (" + String.join(", ", unknowns) + ")");
			};
			String threshold = op.symbol + " " + m.unit.format(t) + (years == 1 ? "" : " in each of the last " + years + " years");
			return result(c, status, String.join("; ", actuals), threshold, distance, bases, sources, m.sensitive, null, null,
					List.of(), status == Status.FAIL ? gap : NO_GAP, status == Status.UNKNOWN ? missing : List.of());
		}

		private CriterionResult bool(Criterion c) {
			Metric m = Objects.requireNonNull(c.metric());
			Fact f = fact(m, lastYear, c.collect(), c.designations(), c.levels());
			Status status = !f.isKnown() ? Status.UNKNOWN : f.value() > 0 ? Status.PASS : Status.FAIL;
			List<Missing> missing = status == Status.UNKNOWN ? List.of(new Missing(Objects.requireNonNull(f.collect()), label(c, m)))
					: List.of();
			String distance = switch (status) {
				case PASS -> null;
				case FAIL -> label(c, m) + ": no";
				case UNKNOWN -> unknownText(c, m, missing);
			};
			return result(c, status, f.shown(m), "yes", distance, f.basis() == null ? List.of() : List.of(f.basis()),
					f.sources(), m.sensitive, null, null, List.of(), NO_GAP, missing);
		}

		private CriterionResult banded(Criterion c) {
			Metric by = Objects.requireNonNull(c.by());
			Fact f = fact(by, lastYear, null);
			List<Band> bands = Objects.requireNonNull(c.bands());
			String thresholds = bands.stream().map(b -> b.label() + ": " + describe(b.criterion())).collect(Collectors.joining("; "));
			if (!f.isKnown()) {
				var missing = List.of(new Missing(Objects.requireNonNull(f.collect()), by.label + " (selects the band of " + c.nameEn() + ")"));
				return result(c, Status.UNKNOWN, by.label + " unknown", thresholds,
						by.label + " unknown — collect " + f.collect() + " (it selects the band)", List.of(), List.of(),
						by.sensitive, null, null, List.of(), NO_GAP, missing);
			}
			Band band = bands.stream().filter(b -> b.contains(f.value())).findFirst()
				.orElseThrow(() -> new IllegalStateException("No band of " + c.code() + " holds " + f.value()));
			CriterionResult inner = evaluate(band.criterion());
			String suffix = " (" + band.label() + ")";
			List<String> basis = new ArrayList<>();
			basis.add(by.label + " " + f.shown(by) + " → " + band.label());
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
						.collect(Collectors.joining("; "));
			double gap = failed.size() == 1 ? failed.getFirst().gap() : NO_GAP;
			return composite(c, status, passed + " of " + parts.size() + " hold", "all of: " + describeAll(parts),
					distance, parts, gap);
		}

		private CriterionResult any(Criterion c) {
			List<CriterionResult> routes = Objects.requireNonNull(c.criteria()).stream().map(this::evaluate).toList();
			CriterionResult passing = routes.stream().filter(r -> r.status() == Status.PASS).findFirst().orElse(null);
			boolean allFail = routes.stream().allMatch(r -> r.status() == Status.FAIL);
			Status status = passing != null ? Status.PASS : allFail ? Status.FAIL : Status.UNKNOWN;
			String actual = passing != null ? "passes by: " + passing.nameEn()
					: routes.stream().filter(r -> r.status() == Status.FAIL).count() + " of " + routes.size() + " routes fail";
			String distance = status == Status.PASS ? null
					: (status == Status.FAIL ? "no route passes: " : "")
							+ routes.stream().filter(r -> r.status() == status).map(r -> r.nameEn() + ": " + r.distance())
								.collect(Collectors.joining(" | "));
			double gap = routes.stream().mapToDouble(CriterionResult::gap).min().orElse(NO_GAP);
			return composite(c, status, actual, "any of: " + describeAll(routes), distance, routes,
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
					Fact f = fact(m, lastYear, cond.collect() != null ? cond.collect() : c.collect(), cond.designations(), cond.levels());
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
						String basis = m.label + " " + f.shown(m) + (f.basis() == null ? "" : " (" + f.basis() + ")");
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
					matched = row.label();
					break;
				}
			}
			double low = lower == null ? 0 : lower;
			double high = upper == null ? 0 : upper;
			double best = table.stream().mapToDouble(PointsRow::points).max().orElse(0);
			Status status = low > 0 ? Status.PASS : high == 0 ? Status.FAIL : Status.UNKNOWN;
			String actual = Unit.POINTS.format(low) + (matched == null ? "" : " (" + matched + ")")
					+ (high > low ? ", up to " + Unit.POINTS.format(high) + " with the missing data" : "");
			String distance = switch (status) {
				case PASS -> high > low ? "may earn up to " + Unit.POINTS.format(high - low) + " more once "
						+ missing.stream().map(Missing::collect).collect(Collectors.joining(", ")) + " is known" : null;
				case FAIL -> "earns 0 of " + Unit.POINTS.format(best) + "; the lowest row (" + table.getLast().label()
						+ ") earns " + Unit.POINTS.format(table.getLast().points());
				case UNKNOWN -> missing.stream().map(x -> x.forWhat() + " unknown — collect " + x.collect())
					.collect(Collectors.joining("; "));
			};
			String threshold = table.stream().map(r -> r.label() + ": " + Unit.plain(r.points(), 1))
				.collect(Collectors.joining(" / "));
			return result(c, status, actual, threshold, distance, bases, sources, sensitive, low, high, List.of(), NO_GAP,
					low < high ? missing : List.of());
		}

		/** Whether a required condition of a points row is known to be false. */
		private boolean ruledOut(Criterion c, PointsRow row) {
			for (Condition cond : row.requires() == null ? List.<Condition>of() : row.requires()) {
				Metric m = Objects.requireNonNull(cond.metric() == null ? c.metric() : cond.metric());
				Fact f = fact(m, lastYear, cond.collect(), cond.designations(), cond.levels());
				if (f.isKnown() && !((cond.min() == null || f.value() >= cond.min()) && (cond.max() == null || f.value() < cond.max()))) {
					return true;
				}
			}
			return false;
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
				failures.add("at most " + Unit.POINTS.format(high) + " < " + Unit.plain(min, 1) + ": needs "
						+ Unit.POINTS.format(min - high) + " more");
			}
			else if (low < min) {
				open.add("score " + Unit.plain(low, 1) + " known, up to " + Unit.plain(high, 1) + " — the missing data decides");
			}
			for (var e : groupMins.entrySet()) {
				double[] g = groups.getOrDefault(e.getKey(), new double[2]);
				if (g[1] < e.getValue()) {
					failures.add(e.getKey().toLowerCase() + " at most " + Unit.plain(g[1], 1) + " < " + Unit.plain(e.getValue(), 1));
					gap = Math.max(gap, (e.getValue() - g[1]) / e.getValue());
				}
				else if (g[0] < e.getValue()) {
					open.add(e.getKey().toLowerCase() + " " + Unit.plain(g[0], 1) + " known, needs " + Unit.plain(e.getValue(), 1));
				}
			}
			Status status = !failures.isEmpty() ? Status.FAIL : open.isEmpty() ? Status.PASS : Status.UNKNOWN;
			String groupText = groups.entrySet().stream()
				.map(e -> e.getKey().toLowerCase() + " " + Unit.plain(e.getValue()[0], 1))
				.collect(Collectors.joining(", "));
			String actual = Unit.POINTS.format(low) + (high > low ? " (up to " + Unit.plain(high, 1) + ")" : "") + "; " + groupText;
			String threshold = "≥ " + Unit.plain(min, 1) + " points" + groupMins.entrySet().stream()
				.map(e -> ", " + e.getKey().toLowerCase() + " ≥ " + Unit.plain(e.getValue(), 1)).collect(Collectors.joining());
			String distance = status == Status.PASS ? null : String.join("; ", status == Status.FAIL ? failures : open);
			List<Missing> missing = status == Status.PASS ? List.of()
					: points.values().stream().flatMap(p -> p.missing().stream()).distinct().toList();
			boolean sensitive = points.values().stream().anyMatch(CriterionResult::sensitive);
			return result(c, status, actual, threshold, distance, List.of("sum of the points criteria"), List.of(),
					sensitive, low, high, List.of(), status == Status.FAIL ? gap : NO_GAP, missing);
		}

		private CriterionResult result(Criterion c, Status status, @Nullable String actual,
				@Nullable String threshold, @Nullable String distance, List<String> bases, List<Source> sources,
				boolean sensitive, @Nullable Double points, @Nullable Double maxPoints, List<CriterionResult> details,
				double gap, List<Missing> missing) {
			return new CriterionResult(c.code(), c.group(), c.name(), c.nameEn(), c.kind().name(), status, actual,
					threshold, distance, bases.isEmpty() ? null : String.join("; ", bases), List.copyOf(sources), sensitive,
					sensitive && facts.financialsWithheld(), points, maxPoints, details, gap, List.copyOf(missing));
		}

		private static String label(Criterion c, Metric m) {
			return m == Metric.UNRECORDED || m == Metric.DESIGNATION ? c.nameEn() : m.label;
		}

		private static String unknownText(Criterion c, Metric m, List<Missing> missing) {
			return label(c, m) + " unknown — collect " + missing.stream().map(Missing::collect).distinct()
				.collect(Collectors.joining(", "));
		}

		private static String unknownText(Metric m, List<Missing> missing) {
			return m.label + " unknown — collect " + missing.stream().map(Missing::collect).distinct()
				.collect(Collectors.joining(", "));
		}

		/** "needs 1 more Class I patent", "R&D ratio 2.4% < 3%", "debt ratio 75% > 70%". */
		private static String failureText(Metric m, RuleSet.Op op, Fact f, double t) {
			double v = Objects.requireNonNull(f.value());
			if ((m.unit == Unit.COUNT || m.unit == Unit.YEARS) && (op == RuleSet.Op.GE || op == RuleSet.Op.GT)) {
				long more = (long) Math.ceil(op == RuleSet.Op.GE ? t - v : t - v + 1);
				return switch (m) {
					case CLASS_ONE_IP -> "needs " + more + " more Class I patent" + (more == 1 ? "" : "s");
					case CLASS_TWO_IP -> "needs " + more + " more Class II patent" + (more == 1 ? "" : "s");
					case YEARS_IN_NICHE -> "needs " + more + " more year" + (more == 1 ? "" : "s") + " in the niche";
					default -> "needs " + more + " more (" + m.label + ")";
				};
			}
			return m.label + " " + f.shown(m) + " " + op.negation + " " + m.unit.format(t);
		}

		private static String describe(Criterion c) {
			return switch (c.kind()) {
				case THRESHOLD -> Objects.requireNonNull(c.metric()).label + " " + Objects.requireNonNull(c.op()).symbol + " "
						+ c.metric().unit.format(Objects.requireNonNull(c.value()))
						+ (c.yearsOrOne() == 1 ? "" : " in each of the last " + c.yearsOrOne() + " years");
				case ALL -> Objects.requireNonNull(c.criteria()).stream().map(Run::describe).collect(Collectors.joining(" and "));
				default -> c.nameEn();
			};
		}

		private static String describeAll(List<CriterionResult> parts) {
			return parts.stream().map(CriterionResult::nameEn).collect(Collectors.joining("; "));
		}

	}

}
