package cn.yongxing.silvergraph.search;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.graph.BadInputException;
import cn.yongxing.silvergraph.graph.GraphReader;
import cn.yongxing.silvergraph.graph.NodeMapper;
import cn.yongxing.silvergraph.graph.PageLimits;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code search}: one round trip combining the full-text index on names (Chinese bigrams, English
 * words) with a substring match on the normalised search text (pinyin, initials, codes).
 * Full-text hits rank first by Lucene score; pinyin and code matches follow, exact ones first.
 */
@Controller
class SearchController {

	private static final String CYPHER = """
			CALL (*) {
			  UNWIND CASE WHEN $lucene = '' THEN [] ELSE [$lucene] END AS lucene
			  CALL db.index.fulltext.queryNodes('names', lucene, {limit: $limit * 4}) YIELD node, score
			  WHERE any(l IN labels(node) WHERE l IN $labels)
			  RETURN node, score + 10.0 AS score, 'NAME' AS matchedBy
			  UNION
			  MATCH (node:Searchable) WHERE $text <> '' AND node.search CONTAINS $text
			    AND any(l IN labels(node) WHERE l IN $labels)
			  RETURN node, CASE WHEN ('|' + node.search + '|') CONTAINS ('|' + $text + '|') THEN 5.0 ELSE 1.0 END AS score,
			         CASE WHEN $text =~ '.*[0-9].*' THEN 'CODE' ELSE 'PINYIN' END AS matchedBy
			}
			WITH node, max(score) AS score, head(collect(matchedBy)) AS matchedBy
			RETURN node, score, matchedBy ORDER BY score DESC, node.key LIMIT $limit""";

	private final GraphReader reader;

	private final NodeMapper nodes;

	private final PageLimits limits;

	SearchController(GraphReader reader, NodeMapper nodes, PageLimits limits) {
		this.reader = reader;
		this.nodes = nodes;
		this.limits = limits;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument @Nullable List<SearchType> types,
			@Argument @Nullable Integer first) {
		if (text.isBlank()) {
			throw new BadInputException("Search text must not be empty");
		}
		if (text.length() > 200) {
			throw new BadInputException("Search text is limited to 200 characters");
		}
		List<SearchType> wanted = types == null || types.isEmpty() ? Arrays.asList(SearchType.values()) : types;
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("lucene", luceneQuery(text));
		params.put("text", SearchText.normalizeQuery(text));
		params.put("labels", wanted.stream().map(SearchType::label).toList());
		params.put("limit", limits.pageSize(first));
		try {
			return reader.list("search", CYPHER, params, r -> {
				var node = nodes.map(r.get("node"));
				return new SearchHit(node, SearchType.ofLabel(node.label()), r.get("score").asDouble(),
						r.get("matchedBy").asString());
			});
		}
		catch (RuntimeException ex) {
			// the full-text index splits Chinese text per character: a long run of distinct characters can
			// exceed Lucene's clause limit, which is the user's text, not a fault of the service
			for (Throwable t = ex; t != null; t = t.getCause()) {
				if (String.valueOf(t.getMessage()).contains("TooManyNestedClauses")) {
					throw new BadInputException("Search text has too many terms for the index; search for fewer words");
				}
			}
			throw ex;
		}
	}

	/**
	 * Every term required; anything but letters and digits is dropped and terms are lower-cased, so
	 * user text never becomes Lucene syntax (operators such as OR are upper-case only).
	 */
	static String luceneQuery(String text) {
		return Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter(t -> !t.isBlank())
			.map(t -> "+" + t)
			.reduce((a, b) -> a + " " + b)
			.orElse("");
	}

}
