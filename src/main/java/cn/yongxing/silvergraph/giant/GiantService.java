package cn.yongxing.silvergraph.giant;

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
import org.springframework.stereotype.Service;

/**
 * Assesses enterprises against the quality-SME rule sets and ranks the local ones. Public: the
 * service API other features (and the lead's chain wiring) may call. Ranking needs the facts of every
 * local enterprise, so it is computed once per graph version and rule set ({@link AnalyticsCache}) and
 * kept compact (key, status, score); a page of candidates is then assessed in full from the facts of
 * just its enterprises. A caller who may not see financial figures gets assessments, rankings and
 * cursors computed without them ({@link EnterpriseFacts#withoutFinancials()}), so no score, status,
 * rank or point tells an enterprise with figures from one without.
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

	GiantService(GiantQueries queries, RuleSets ruleSets, AnalyticsCache cache) {
		this.queries = queries;
		this.ruleSets = ruleSets;
		this.cache = cache;
	}

	/** The rule sets, the default first. */
	public List<RuleSet> ruleSets() {
		return ruleSets.all();
	}

	/** The rule set with this code (the default when null), or a BAD_USER_INPUT error. */
	public RuleSet ruleSet(@Nullable String code) {
		return ruleSets.get(code);
	}

	/**
	 * Every local enterprise assessed against a rule set (the default when null), ranked, with the
	 * financial figures (for server-side use, not for answers to callers below ANALYST); always
	 * computed afresh.
	 */
	public List<Assessment> assessLocal(@Nullable String ruleSet) {
		return assessLocal(ruleSets.get(ruleSet), lastYear(), true);
	}

	private List<Assessment> assessLocal(RuleSet set, int lastYear, boolean financials) {
		return queries.facts(null).stream()
			.map(f -> TierEngine.assess(set, visible(f, financials), lastYear))
			.sorted(RANKING)
			.toList();
	}

	/** The given enterprises (local or not) assessed, by rule-set code then enterprise key. */
	public Map<AssessmentKey, Assessment> assess(Collection<AssessmentKey> keys) {
		keys.forEach(k -> ruleSets.get(k.ruleSet()));
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
				result.put(k, TierEngine.assess(ruleSets.get(k.ruleSet()), visible(f, k.financials()), lastYear));
			}
		}
		return result;
	}

	private int lastYear() {
		return cache.get("giant.lastYear", queries::lastYear);
	}

	/** Where a local enterprise ranks under a rule set: all a page needs before it is assessed in full. */
	record Ranked(String key, Assessment.Status status, double score) {
	}

	/** The ranking of every local enterprise under a rule set, and the "last year" it was assessed in. */
	record Ranking(List<Ranked> ranked, int lastYear) {
	}

	private Ranking ranking(RuleSet set, boolean financials) {
		return cache.get("giant.ranking|" + set.code() + (financials ? "|financials" : "|withheld"), () -> {
			int lastYear = lastYear();
			return new Ranking(assessLocal(set, lastYear, financials).stream()
				.map(a -> new Ranked(a.enterprise().key(), a.status(), a.score()))
				.toList(), lastYear);
		});
	}

	/**
	 * A page of ranked local candidates with the given statuses (all when null or empty): the ranking
	 * from the cache, the page's enterprises assessed from their facts. Ranking and page come from the
	 * same graph version: a write of the service in between makes it start over.
	 */
	Connection<Assessment> candidates(@Nullable String ruleSet, @Nullable List<Assessment.Status> statuses, int size,
			@Nullable String after, boolean financials) {
		RuleSet set = ruleSets.get(ruleSet);
		List<@Nullable Object> cursor = after == null ? null : Cursor.decode(after, 3);
		if (cursor != null && (!(cursor.get(0) instanceof Double) || !(cursor.get(1) instanceof Double)
				|| !(cursor.get(2) instanceof String))) {
			throw new BadInputException("Cursor '" + after + "' does not belong to this list");
		}
		for (int attempt = 1;; attempt++) {
			long version = cache.version();
			Ranking ranking = ranking(set, financials);
			List<Ranked> ranked = ranking.ranked().stream()
				.filter(a -> statuses == null || statuses.isEmpty() || statuses.contains(a.status()))
				.toList();
			List<Ranked> rest = cursor == null ? ranked
					: ranked.stream().filter(a -> isAfter(a, ((Double) cursor.get(0)).intValue(), (Double) cursor.get(1),
							(String) cursor.get(2))).toList();
			List<Ranked> fetched = rest.subList(0, Math.min(rest.size(), size + 1));
			int total = ranked.size();
			Connection<Ranked> page = Connection.page(fetched, size, false, after != null, GiantService::cursor, () -> total);
			Map<AssessmentKey, Assessment> assessed = assess(page.nodes().stream()
				.map(r -> new AssessmentKey(r.key(), set.code(), financials)).toList(), ranking.lastYear());
			if (cache.version() == version || attempt == 3) {
				return page.map(r -> assessed.get(new AssessmentKey(r.key(), set.code(), financials)));
			}
		}
	}

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
	 * One enterprise under one rule set (null = the default), with or without its financial figures
	 * (whether the caller may see them).
	 */
	public record AssessmentKey(String enterpriseKey, @Nullable String ruleSet, boolean financials) {
	}

}
