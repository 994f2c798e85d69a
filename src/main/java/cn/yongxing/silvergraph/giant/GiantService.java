package cn.yongxing.silvergraph.giant;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.graph.AnalyticsCache;
import cn.yongxing.silvergraph.graph.BadInputException;
import cn.yongxing.silvergraph.graph.Connection;
import cn.yongxing.silvergraph.graph.Cursor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Assesses enterprises against the quality-SME rule sets and ranks the local ones. Public: the
 * service API other features (and the lead's chain wiring) may call. Ranking needs the facts of every
 * local enterprise, so it is computed once per graph version and rule set ({@link AnalyticsCache}) and
 * kept compact (key, status, score); a page of candidates is then assessed in full from the facts of
 * just its enterprises. The rules applied are those in force on the assessment date ({@code asOf},
 * today in China when not given); a firm holding a still-valid designation of the tier is renewed
 * under the rules it was granted under. A caller who may not see financial figures gets assessments,
 * rankings and cursors computed without them ({@link EnterpriseFacts#withoutFinancials()}), so no
 * score, status, rank or point tells an enterprise with figures from one without.
 */
@Service
public class GiantService {

	/** Ranking: status (QUALIFIED first), then score (highest first), then key. */
	static final Comparator<Assessment> RANKING = Comparator.comparing(Assessment::status)
		.thenComparing(Comparator.comparingDouble(Assessment::score).reversed())
		.thenComparing(a -> a.enterprise().key());

	private final GiantQueries queries;

	private final RuleSets ruleSets;

	private final AnalyticsCache cache;

	private final Clock clock;

	GiantService(GiantQueries queries, RuleSets ruleSets, AnalyticsCache cache, ObjectProvider<Clock> clock) {
		this.queries = queries;
		this.ruleSets = ruleSets;
		this.cache = cache;
		// the rules are Chinese documents dated in China's time zone
		this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of("Asia/Shanghai")));
	}

	/** Today in China: the assessment date when a client gives none. */
	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** An {@code asOf} argument (ISO date, e.g. 2026-04-01) as a date, today when null, or a BAD_USER_INPUT error. */
	LocalDate date(@Nullable String asOf) {
		if (asOf == null || asOf.isBlank()) {
			return today();
		}
		try {
			return LocalDate.parse(asOf.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BadInputException("asOf '" + asOf + "' is not an ISO date such as 2026-04-01");
		}
	}

	/** The rule sets, the default on {@code date} first. */
	public List<RuleSet> ruleSets(LocalDate date) {
		return ruleSets.all(date);
	}

	/** Whether a set is the one used on {@code date} when a client names none. */
	boolean isDefault(RuleSet set, LocalDate date) {
		return ruleSets.isDefault(set, date);
	}

	/** The rule set with this code (the default in force on {@code date} when null), or a BAD_USER_INPUT error. */
	public RuleSet ruleSet(@Nullable String code, LocalDate date) {
		return ruleSets.get(code, date);
	}

	/**
	 * Every local enterprise assessed against a rule set (the default in force today when null),
	 * ranked, with the financial figures (for server-side use, not for answers to callers below
	 * ANALYST); always computed afresh.
	 */
	public List<Assessment> assessLocal(@Nullable String ruleSet) {
		LocalDate date = today();
		return assessLocal(ruleSet == null ? null : ruleSets.get(ruleSet), date, lastYear(), Lang.EN, true);
	}

	/**
	 * Every local enterprise assessed, ranked: against {@code set}, or (null) against the set each firm
	 * falls under on {@code date} — the default tier's set in force then, or for a holder of a valid
	 * designation the set it was granted under.
	 */
	private List<Assessment> assessLocal(@Nullable RuleSet set, LocalDate date, int lastYear, Lang lang,
			boolean financials) {
		return queries.facts(null).stream()
			.map(f -> TierEngine.assess(set == null ? setFor(f, RuleSets.DEFAULT_TIER, date) : set,
					visible(f, financials), lastYear, ruleSets.smeStandard(), lang))
			.sorted(RANKING).toList();
	}

	private RuleSet setFor(EnterpriseFacts facts, String tier, LocalDate date) {
		return ruleSets.forFirm(facts, tier, date);
	}

	/** The given enterprises (local or not) assessed, by key. */
	public Map<AssessmentKey, Assessment> assess(Collection<AssessmentKey> keys) {
		return assess(keys, lastYear());
	}

	private static EnterpriseFacts visible(EnterpriseFacts facts, boolean financials) {
		return financials ? facts : facts.withoutFinancials();
	}

	private Map<AssessmentKey, Assessment> assess(Collection<AssessmentKey> keys, int lastYear) {
		Map<String, EnterpriseFacts> facts = new HashMap<>();
		queries.facts(keys.stream().map(AssessmentKey::enterpriseKey).distinct().toList())
			.forEach(f -> facts.put(f.enterprise().key(), f));
		Map<AssessmentKey, Assessment> result = new LinkedHashMap<>();
		for (AssessmentKey k : keys) {
			EnterpriseFacts f = facts.get(k.enterpriseKey());
			if (f != null) {
				RuleSet set = k.ruleSet() == null ? setFor(f, RuleSets.DEFAULT_TIER, k.asOf()) : ruleSets.get(k.ruleSet());
				result.put(k, TierEngine.assess(set, visible(f, k.financials()), lastYear, ruleSets.smeStandard(), k.lang()));
			}
		}
		return result;
	}

	private int lastYear() {
		return cache.get("giant.lastYear", queries::lastYear);
	}

	/** Where a local enterprise ranks under a rule set: all a page needs before it is assessed in full. */
	record Ranked(String key, String ruleSet, Assessment.Status status, double score) {
	}

	/** The ranking of every local enterprise under a rule set, and the "last year" it was assessed in. */
	record Ranking(List<Ranked> ranked, int lastYear) {
	}

	/** The ranking under a set, or (null) under the set each firm falls under on {@code date}. */
	private Ranking ranking(@Nullable RuleSet set, LocalDate date, boolean financials) {
		String key = set == null ? "default|" + ruleSets.inForce(RuleSets.DEFAULT_TIER, date).code() + "|" + date
				: set.code();
		return cache.get("giant.ranking|" + key + (financials ? "|financials" : "|withheld"), () -> {
			int lastYear = lastYear();
			return new Ranking(assessLocal(set, date, lastYear, Lang.EN, financials).stream()
				.map(a -> new Ranked(a.enterprise().key(), a.ruleSet().code(), a.status(), a.score()))
				.toList(), lastYear);
		});
	}

	/**
	 * A page of ranked local candidates with the given statuses (all but NOT_APPLICABLE when null or
	 * empty: a firm outside the tier's scope is no candidate): the ranking from the cache, the page's
	 * enterprises assessed from their facts. Ranking and page come from the same graph version: a
	 * write of the service in between makes it start over.
	 */
	Connection<Assessment> candidates(@Nullable String ruleSet, LocalDate date, @Nullable List<Assessment.Status> statuses,
			int size, @Nullable String after, Lang lang, boolean financials) {
		RuleSet set = ruleSet == null ? null : ruleSets.get(ruleSet);
		if (set == null) {
			ruleSets.inForce(RuleSets.DEFAULT_TIER, date);
		}
		List<@Nullable Object> cursor = after == null ? null : Cursor.decode(after, 3);
		if (cursor != null && (!(cursor.get(0) instanceof Double) || !(cursor.get(1) instanceof Double)
				|| !(cursor.get(2) instanceof String))) {
			throw new BadInputException("Cursor '" + after + "' does not belong to this list");
		}
		for (int attempt = 1;; attempt++) {
			long version = cache.version();
			Ranking ranking = ranking(set, date, financials);
			List<Ranked> ranked = ranking.ranked().stream()
				.filter(a -> statuses == null || statuses.isEmpty() ? a.status() != Assessment.Status.NOT_APPLICABLE
						: statuses.contains(a.status()))
				.toList();
			List<Ranked> rest = cursor == null ? ranked
					: ranked.stream().filter(a -> isAfter(a, ((Double) cursor.get(0)).intValue(), (Double) cursor.get(1),
							(String) cursor.get(2))).toList();
			List<Ranked> fetched = rest.subList(0, Math.min(rest.size(), size + 1));
			int total = ranked.size();
			Connection<Ranked> page = Connection.page(fetched, size, false, after != null, GiantService::cursor, () -> total);
			Map<AssessmentKey, Assessment> assessed = assess(page.nodes().stream()
				.map(r -> new AssessmentKey(r.key(), r.ruleSet(), date, lang, financials)).toList(), ranking.lastYear());
			if (cache.version() == version || attempt == 3) {
				return page.map(r -> assessed.get(new AssessmentKey(r.key(), r.ruleSet(), date, lang, financials)));
			}
		}
	}

	/** Up to {@code max} ranked candidates, page after page, as {@link #candidates} gives them. */
	List<Assessment> allCandidates(@Nullable String ruleSet, LocalDate date, @Nullable List<Assessment.Status> statuses,
			int max, Lang lang, boolean financials) {
		List<Assessment> all = new java.util.ArrayList<>();
		String after = null;
		while (all.size() < max) {
			Connection<Assessment> page = candidates(ruleSet, date, statuses, Math.min(EXPORT_PAGE, max - all.size()), after,
					lang, financials);
			all.addAll(page.nodes());
			if (!page.pageInfo().hasNextPage()) {
				break;
			}
			after = page.pageInfo().endCursor();
		}
		return all;
	}

	private static final int EXPORT_PAGE = 100;

	private static boolean isAfter(Ranked a, int status, double score, String key) {
		int s = a.status().ordinal();
		if (s != status) {
			return s > status;
		}
		if (a.score() != score) {
			return a.score() < score;
		}
		return a.key().compareTo(key) > 0;
	}

	private static String cursor(Ranked a) {
		return Cursor.encode(List.of(a.status().ordinal(), a.score(), a.key()));
	}

	/**
	 * One enterprise under one rule set (null: the set it falls under on {@code asOf}), its texts in
	 * one language, with or without its financial figures (whether the caller may see them).
	 */
	public record AssessmentKey(String enterpriseKey, @Nullable String ruleSet, LocalDate asOf, Lang lang,
			boolean financials) {
	}

}
