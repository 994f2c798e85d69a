package cn.yongxing.silvergraph.giant;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.graph.BadInputException;
import cn.yongxing.silvergraph.graph.Connection;
import cn.yongxing.silvergraph.graph.Cursor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Assesses enterprises against the quality-SME rule sets and ranks the local ones. Public: the
 * service API other features (and the lead's chain wiring) may call.
 */
@Service
public class GiantService {

	/** Ranking: status (QUALIFIED first), then score (highest first), then key. */
	static final Comparator<Assessment> RANKING = Comparator.comparing(Assessment::status)
		.thenComparing(Comparator.comparingDouble(Assessment::score).reversed())
		.thenComparing(a -> a.enterprise().key());

	private final GiantQueries queries;

	private final RuleSets ruleSets;

	GiantService(GiantQueries queries, RuleSets ruleSets) {
		this.queries = queries;
		this.ruleSets = ruleSets;
	}

	/** The rule sets, the default first. */
	public List<RuleSet> ruleSets() {
		return ruleSets.all();
	}

	/** The rule set with this code (the default when null), or a BAD_USER_INPUT error. */
	public RuleSet ruleSet(@Nullable String code) {
		return ruleSets.get(code);
	}

	/** Every local enterprise assessed against a rule set (the default when null), ranked. */
	public List<Assessment> assessLocal(@Nullable String ruleSet) {
		RuleSet set = ruleSets.get(ruleSet);
		int lastYear = queries.lastYear();
		return queries.facts(null).stream().map(f -> TierEngine.assess(set, f, lastYear)).sorted(RANKING).toList();
	}

	/** The given enterprises (local or not) assessed, by rule-set code then enterprise key. */
	public Map<AssessmentKey, Assessment> assess(Collection<AssessmentKey> keys) {
		keys.forEach(k -> ruleSets.get(k.ruleSet()));
		int lastYear = queries.lastYear();
		var facts = queries.facts(keys.stream().map(AssessmentKey::enterpriseKey).distinct().toList());
		Map<AssessmentKey, Assessment> result = new LinkedHashMap<>();
		for (AssessmentKey k : keys) {
			facts.stream().filter(f -> f.enterprise().key().equals(k.enterpriseKey())).findFirst()
				.ifPresent(f -> result.put(k, TierEngine.assess(ruleSets.get(k.ruleSet()), f, lastYear)));
		}
		return result;
	}

	/** A page of ranked local candidates with the given statuses (all when null or empty). */
	Connection<Assessment> candidates(@Nullable String ruleSet, @Nullable List<Assessment.Status> statuses, int size,
			@Nullable String after) {
		List<Assessment> ranked = assessLocal(ruleSet).stream()
			.filter(a -> statuses == null || statuses.isEmpty() || statuses.contains(a.status()))
			.toList();
		List<Assessment> rest = ranked;
		if (after != null) {
			List<@Nullable Object> c = Cursor.decode(after, 3);
			if (!(c.get(0) instanceof Double status) || !(c.get(1) instanceof Double score) || !(c.get(2) instanceof String key)) {
				throw new BadInputException("Cursor '" + after + "' does not belong to this list");
			}
			rest = ranked.stream().filter(a -> isAfter(a, status.intValue(), score, key)).toList();
		}
		List<Assessment> fetched = rest.subList(0, Math.min(rest.size(), size + 1));
		int total = ranked.size();
		return Connection.page(fetched, size, false, after != null, GiantService::cursor, () -> total);
	}

	private static boolean isAfter(Assessment a, int status, double score, String key) {
		int s = a.status().ordinal();
		if (s != status) {
			return s > status;
		}
		if (a.score() != score) {
			return a.score() < score;
		}
		return a.enterprise().key().compareTo(key) > 0;
	}

	private static String cursor(Assessment a) {
		return Cursor.encode(List.of(a.status().ordinal(), a.score(), a.enterprise().key()));
	}

	/** One enterprise under one rule set (null = the default). */
	public record AssessmentKey(String enterpriseKey, @Nullable String ruleSet) {
	}

}
