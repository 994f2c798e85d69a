package cn.yongxing.silvergraph.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.yongxing.silvergraph.graph.Props;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * Figures that report the same quantity (one metal's output of one holder in one year, one share, one
 * indicator measure), side by side: which of them disagree and which one an analysis reads. Nothing is
 * averaged or dropped; every figure is returned with its verdict.
 * <p>
 * Precedence, first rule first: (1) the more specific definition: a figure whose source says what exactly
 * was measured (its {@code definition}, e.g. high-purity silver) before one that does not; (2) the newer
 * report: the later publication date of its source; (3) an exact figure before a qualified one (about,
 * nearly, over, under); (4) the source key, so that the order is stable.
 */
public final class ReportedFigures {

	/**
	 * What one figure says, as far as comparing it goes.
	 *
	 * @param value the figure
	 * @param definition what exactly it measures, if its source says
	 * @param qualifier EXACT, APPROX, NEARLY, OVER or UNDER
	 * @param reported publication date of its (newest) source, YYYY[-MM[-DD]]
	 * @param sourceKey key of its source
	 */
	public record Reading(double value, @Nullable String definition, @Nullable String qualifier,
			@Nullable String reported, String sourceKey) {
	}

	/**
	 * The verdict on one figure among those of its quantity.
	 *
	 * @param conflicting whether another figure of the same quantity gives another value
	 * @param rivals positions (in the judged list) of the figures that give another value
	 * @param preferred whether this is the figure an analysis uses (rank 1)
	 * @param rank its place by the precedence among the figures of its quantity, 1 first
	 */
	public record Verdict(boolean conflicting, List<Integer> rivals, boolean preferred, int rank) {

		/** A figure alone for its quantity. */
		public static final Verdict ALONE = new Verdict(false, List.of(), true, 1);

	}

	/** The order in which figures of one quantity are read. */
	static final Comparator<Reading> PRECEDENCE = Comparator
		.comparing((Reading r) -> r.definition() == null || r.definition().isBlank())
		.thenComparing(Reading::reported, Comparator.nullsLast(Comparator.<String>reverseOrder()))
		.thenComparing(r -> r.qualifier() != null && !"EXACT".equals(r.qualifier()))
		.thenComparing(Reading::sourceKey);

	private ReportedFigures() {
	}

	/**
	 * Judges figures grouped by the quantity they report.
	 *
	 * @param figures the figures, in any order
	 * @param quantity what a figure reports (figures with equal quantities are compared), or {@code null}
	 * for a figure that shares its quantity with no other
	 * @param reading what a figure says
	 * @return one verdict per figure, in the order of {@code figures}
	 */
	public static <T> List<Verdict> judge(List<T> figures, Function<T, @Nullable Object> quantity,
			Function<T, Reading> reading) {
		Map<Object, List<Integer>> groups = new LinkedHashMap<>();
		for (int i = 0; i < figures.size(); i++) {
			Object q = quantity.apply(figures.get(i));
			groups.computeIfAbsent(q == null ? new Object() : q, k -> new ArrayList<>()).add(i);
		}
		List<Verdict> verdicts = new ArrayList<>(Collections.nCopies(figures.size(), Verdict.ALONE));
		for (List<Integer> group : groups.values()) {
			if (group.size() == 1) {
				continue;
			}
			List<Reading> readings = group.stream().map(i -> reading.apply(figures.get(i))).toList();
			List<Integer> order = new ArrayList<>();
			for (int g = 0; g < readings.size(); g++) {
				order.add(g);
			}
			order.sort(Comparator.comparing(readings::get, PRECEDENCE));
			for (int g = 0; g < group.size(); g++) {
				double value = readings.get(g).value();
				List<Integer> rivals = new ArrayList<>();
				for (int o = 0; o < group.size(); o++) {
					if (!sameValue(readings.get(o).value(), value)) {
						rivals.add(group.get(o));
					}
				}
				int rank = order.indexOf(g) + 1;
				verdicts.set(group.get(g), new Verdict(!rivals.isEmpty(), List.copyOf(rivals), rank == 1, rank));
			}
		}
		return List.copyOf(verdicts);
	}

	/**
	 * The figures with their verdicts: {@code withVerdict} receives a figure, its verdict and its rivals
	 * (as given, without verdicts of their own).
	 */
	public static <T> List<T> apply(List<T> figures, Function<T, @Nullable Object> quantity,
			Function<T, Reading> reading, Judged<T> withVerdict) {
		List<Verdict> verdicts = judge(figures, quantity, reading);
		// A figure's rivals carry their own verdicts (and rivals), as a query reaching them through
		// conflictsWith sees them. Records cannot refer to each other in a cycle, so the judged list is
		// built again over the last one, once per level a query can nest: after n passes the rivals are
		// judged n levels deep, more than the deepest query the limits let through.
		List<T> judged = figures;
		boolean conflicts = verdicts.stream().anyMatch(v -> !v.rivals().isEmpty());
		for (int pass = 0; pass < (conflicts ? JUDGED_LEVELS : 1); pass++) {
			List<T> rivalsFrom = judged;
			List<T> out = new ArrayList<>(figures.size());
			for (int i = 0; i < figures.size(); i++) {
				Verdict v = verdicts.get(i);
				out.add(withVerdict.apply(figures.get(i), v, v.rivals().stream().map(rivalsFrom::get).toList()));
			}
			judged = List.copyOf(out);
		}
		return judged;
	}

	/**
	 * How many levels of {@code conflictsWith} carry verdicts: one more than the default query depth
	 * limit ({@code silvergraph.limits.max-depth}, 15), so no query within it meets an unjudged rival.
	 */
	static final int JUDGED_LEVELS = 16;

	/** Attaches a verdict to a figure. */
	@FunctionalInterface
	public interface Judged<T> {

		T apply(T figure, Verdict verdict, List<T> rivals);

	}

	/** The newest publication date among sources, or {@code null}. */
	/** The definition stored with a figure; the empty string the importer keys figures with means none. */
	static @Nullable String definition(Value r) {
		String d = Props.str(r, "definition");
		return d == null || d.isBlank() ? null : d;
	}

	public static @Nullable String newest(List<Source> sources) {
		return sources.stream().map(Source::date).filter(d -> d != null)
			.max(Comparator.naturalOrder()).orElse(null);
	}

	/** The first source key in order, or the empty string. */
	public static String firstKey(List<Source> sources) {
		return sources.stream().map(Source::key).sorted().findFirst().orElse("");
	}

	private static boolean sameValue(double a, double b) {
		return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
	}

}
