package cn.yongxing.silvergraph.giant;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One versioned rule set, read from a data file under {@code rulesets/}: what an enterprise must show
 * to reach a quality-SME tier, criterion by criterion, with the document the rules come from.
 *
 * @param code stable code clients pass as {@code ruleSet} (e.g. {@code MIIT-2022-LITTLE-GIANT})
 * @param name Chinese name
 * @param nameEn English name
 * @param tier INNOVATIVE_SME, SPECIALISED_SME or LITTLE_GIANT
 * @param version version of the rules (the year of the document)
 * @param verified false when the rules are known only from secondary reports
 * @param document the official document the rules come from (number and title)
 * @param documentDate the date the document was issued (ISO), when known
 * @param documentUrl where the document or a faithful reprint of it can be read
 * @param effectiveFrom first day the rules apply
 * @param effectiveUntil last day the rules apply (null: still in force)
 * @param smeOnly whether the tier is for SMEs only (the firm is first checked against the SME size standard)
 * @param renewal the designation these rules award and how long it is valid (decides which rules a holder is renewed under)
 * @param note how to read the rules (confidence, interpretation choices, what is unverified)
 * @param nearMargin how close (relative to its threshold) a single failed criterion may be for NEAR
 * @param criteria the top-level criteria; all must pass
 */
public record RuleSet(String code, String name, String nameEn, String tier, String version, boolean verified,
		String document, @Nullable String documentDate, @Nullable String documentUrl, LocalDate effectiveFrom,
		@Nullable LocalDate effectiveUntil, boolean smeOnly, @Nullable Renewal renewal, @Nullable String note, double nearMargin,
		List<Criterion> criteria) {

	/** Whether the rules apply on a date. */
	boolean inForceOn(LocalDate date) {
		return !date.isBefore(effectiveFrom) && (effectiveUntil == null || !date.isAfter(effectiveUntil));
	}

	/** Whether scores are points (a points table) rather than the share of criteria passed. */
	boolean scoresPoints() {
		return criteria.stream().anyMatch(c -> c.kind() == Kind.POINTS);
	}

	/**
	 * The designation a tier awards: a holder whose designation is still valid is renewed under the
	 * rules in force when it was granted (the transition clause).
	 *
	 * @param kind designation kind (e.g. LITTLE_GIANT)
	 * @param levels levels that count (any when null)
	 * @param validityYears years a designation is valid
	 */
	record Renewal(String kind, @Nullable List<String> levels, int validityYears) {
	}

	/** What a criterion checks. */
	enum Kind {
		/** A metric compared to a value ({@code op}), in the last year or in each of the last {@code years}. */
		THRESHOLD,
		/** A yes/no metric that must be yes. */
		BOOLEAN,
		/** The sub-criterion of the band ({@code bands}) that another metric ({@code by}) falls in. */
		BANDED,
		/** All sub-criteria ({@code criteria}) must pass. */
		ALL,
		/** Alternative routes ({@code criteria}): one passing route suffices. */
		ANY,
		/** Points from a table ({@code table}); the first row whose condition holds decides. */
		POINTS,
		/** The sum of all POINTS criteria reaches {@code value} (and each group its {@code groupMinimums}). */
		SCORE
	}

	/** Comparison of a THRESHOLD criterion. */
	enum Op {
		GE("≥", "<"), LE("≤", ">"), GT(">", "≤"), LT("<", "≥");

		final String symbol;

		final String negation;

		Op(String symbol, String negation) {
			this.symbol = symbol;
			this.negation = negation;
		}

		boolean holds(double actual, double threshold) {
			return switch (this) {
				case GE -> actual >= threshold;
				case LE -> actual <= threshold;
				case GT -> actual > threshold;
				case LT -> actual < threshold;
			};
		}
	}

	/**
	 * One criterion. Which fields apply depends on {@code kind}; the loader checks they are given.
	 *
	 * @param code stable code
	 * @param group SPECIALISATION, REFINEMENT, DISTINCTIVENESS, INNOVATION, CHAIN_ROLE, FIELD, GROWTH …
	 * @param name Chinese name
	 * @param nameEn English name
	 * @param kind what it checks
	 * @param metric the fact it reads (THRESHOLD, BOOLEAN, POINTS rows default)
	 * @param op comparison (THRESHOLD)
	 * @param value threshold (THRESHOLD) or minimum score (SCORE)
	 * @param years in each of how many last years the threshold must hold (THRESHOLD; default 1)
	 * @param by the metric choosing the band (BANDED)
	 * @param bands the bands (BANDED)
	 * @param criteria sub-criteria (ALL, ANY)
	 * @param table points rows, best first (POINTS)
	 * @param groupMinimums minimum points per group (SCORE)
	 * @param collect what to collect for an UNRECORDED or DESIGNATION fact
	 * @param collectZh the same in Chinese
	 * @param designations designation kinds that prove the criterion (metric DESIGNATION)
	 * @param levels designation levels that count (metric DESIGNATION; any level when null)
	 * @param article where in the document the criterion is stated (article or annex), and how sure that is
	 */
	record Criterion(@Nullable String article, String code, @Nullable String group, String name, String nameEn, Kind kind,
			@Nullable Metric metric, @Nullable Op op, @Nullable Double value, @Nullable Integer years,
			@Nullable Metric by, @Nullable List<Band> bands, @Nullable List<Criterion> criteria,
			@Nullable List<PointsRow> table, @Nullable Map<String, Double> groupMinimums, @Nullable String collect,
			@Nullable String collectZh, @Nullable List<String> designations, @Nullable List<String> levels) {

		int yearsOrOne() {
			return years == null ? 1 : years;
		}

		/** What to collect in a language (the English text when no Chinese is given). */
		@Nullable String collect(Lang lang) {
			return lang == Lang.ZH && collectZh != null ? collectZh : collect;
		}

		/** The criterion's name in a language. */
		String name(Lang lang) {
			return lang.pick(nameEn, name);
		}

	}

	/**
	 * A band of a BANDED criterion: applies when {@code min ≤ by < max}.
	 *
	 * @param min lower bound (inclusive), none when null
	 * @param max upper bound (exclusive), none when null
	 * @param label how the band is named in texts, e.g. "revenue band ≥ 100 M yuan"
	 * @param labelZh the same in Chinese (the label when null)
	 * @param criterion what must hold in this band
	 */
	record Band(@Nullable Double min, @Nullable Double max, String label, @Nullable String labelZh, Criterion criterion) {

		String label(Lang lang) {
			return lang == Lang.ZH && labelZh != null ? labelZh : label;
		}

		boolean contains(double v) {
			return (min == null || v >= min) && (max == null || v < max);
		}

	}

	/**
	 * A row of a points table: earns {@code points} when any of its conditions holds ({@code always}
	 * rows hold for every enterprise).
	 *
	 * @param points points earned
	 * @param label how the row is named in texts
	 * @param labelZh the same in Chinese (the label when null)
	 * @param when conditions, any of which earns the points
	 * @param always the row applies to everyone (e.g. "other products")
	 * @param requires conditions that must all hold as well (known false rules the row out)
	 */
	record PointsRow(double points, String label, @Nullable String labelZh, @Nullable List<Condition> when,
			boolean always, @Nullable List<Condition> requires) {

		String label(Lang lang) {
			return lang == Lang.ZH && labelZh != null ? labelZh : label;
		}

	}

	/**
	 * A condition of a points row: {@code min ≤ metric < max}.
	 *
	 * @param metric the fact (the criterion's metric when null)
	 * @param min lower bound (inclusive)
	 * @param max upper bound (exclusive)
	 * @param designations designation kinds (metric DESIGNATION)
	 * @param levels designation levels that count (metric DESIGNATION)
	 * @param collect what to collect when the fact is not recorded (the criterion's when null)
	 * @param collectZh the same in Chinese
	 */
	record Condition(@Nullable Metric metric, @Nullable Double min, @Nullable Double max,
			@Nullable List<String> designations, @Nullable List<String> levels, @Nullable String collect,
			@Nullable String collectZh) {

		@Nullable String collect(Lang lang) {
			return lang == Lang.ZH && collectZh != null ? collectZh : collect;
		}

	}

}
