package cn.yongxing.silvergraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.giant.GiantService;
import cn.yongxing.silvergraph.support.WritableGraphTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The whole-graph analyses are served from {@link AnalyticsCache} until the service writes: the
 * request after an upsert, an unlink or an import sees the change, and what the cache serves equals
 * what a fresh computation gives. Writes synthetic records under its own keys (cache-*).
 */
@WritableGraphTest
class AnalyticsCacheIT {

	private static final String FIRM = "cache-synthetic-firm";

	private static final String GAPS = "{ chainGaps(metal: \"Ag\") { id kind severity reason(lang: EN) evidence { edges { type } } } }";

	private static final String CANDIDATES = "{ littleGiantCandidates(first: 100) { totalCount edges { cursor node { enterprise { key } status score criteria { code status } missingData } } } }";

	private static final String LEADERS = "{ chainLeaders(metal: \"Ag\", first: 100) { rank enterprise { id } pageRank betweenness partners reasons } }";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	AnalyticsCache cache;

	@Autowired
	GiantService giants;

	@Autowired
	MeterRegistry meters;

	HttpGraphQlTester editor;

	@BeforeEach
	void setUp() {
		graphQl = graphQl.mutate().responseTimeout(Duration.ofSeconds(120)).build();
		editor = graphQl.mutate().header("X-API-Key", WritableGraphTest.EDITOR_KEY).build();
	}

	@Test
	void shouldAnswerFromTheCacheUntilAWriteOfTheServiceAndThenSeeTheWrite() {
		upsert("ENTERPRISES", Map.of("key", FIRM, "name", "缓存测试企业", "local", "true"));
		assertThat(gaps()).contains("cluster:Ag:ag-contact:MISSING");
		Object leaders = answer(LEADERS);
		Object candidates = answer(CANDIDATES);

		// served from the cache: no statement reads the chain's link facts again
		long linkFacts = sent("chain.linkFacts");
		assertThat(gaps()).contains("cluster:Ag:ag-contact:MISSING");
		assertThat(answer(LEADERS)).isEqualTo(leaders);
		assertThat(answer(CANDIDATES)).isEqualTo(candidates);
		assertThat(sent("chain.linkFacts")).isEqualTo(linkFacts);

		// a local firm starts making silver contacts: the gap turns from MISSING to WEAK (one producer),
		// the firm becomes a candidate chain leader, and its little-giant chain role changes
		upsert("PRODUCES", Map.of("enterprise", FIRM, "product", "ag-contact", "status", "PRODUCTION"));
		assertThat(gaps()).contains("cluster:Ag:ag-contact:WEAK").doesNotContain("cluster:Ag:ag-contact:MISSING");
		assertThat(sent("chain.linkFacts")).isEqualTo(linkFacts + 1);
		assertThat(leaderKeys()).contains(FIRM);
		assertThat(answer(CANDIDATES)).isNotEqualTo(candidates);

		// a collaboration gives it a partner: its centrality is seen at once
		upsert("COLLABORATIONS", Map.of("enterprise", FIRM, "institution", "cas", "kind", "JOINT_RND"));
		assertThat(graphQl.document(LEADERS).execute().path("chainLeaders").entityList(Map.class).get())
			.filteredOn(l -> ((Map<?, ?>) l.get("enterprise")).get("id").equals("Enterprise:" + FIRM))
			.singleElement()
			.satisfies(l -> assertThat(l.get("partners")).isEqualTo(1));

		// unlinking goes through the same write path
		var unlink = Map.of("kind", "PRODUCES", "values",
				List.of(Map.of("field", "enterprise", "value", FIRM), Map.of("field", "product", "value", "ag-contact")));
		editor.documentName("unlink").variable("input", unlink).execute()
			.path("unlink.relationshipsRemoved").entity(Integer.class).isEqualTo(1);
		assertThat(gaps()).contains("cluster:Ag:ag-contact:MISSING");
		assertThat(leaderKeys()).doesNotContain(FIRM);
	}

	@Test
	void shouldServeWhatAFreshComputationGives() {
		upsert("ENTERPRISES", Map.of("key", FIRM + "-2", "name", "缓存测试企业二", "local", "true"));
		Object gaps = answer(GAPS);
		Object leaders = answer(LEADERS);
		Object candidates = answer(CANDIDATES);
		var ranked = giants.assessLocal(null).stream().limit(100).map(a -> a.enterprise().key()).toList();

		cache.graphChanged(new GraphChanged("test: computed afresh"));

		assertThat(answer(GAPS)).isEqualTo(gaps);
		assertThat(answer(LEADERS)).isEqualTo(leaders);
		assertThat(answer(CANDIDATES)).isEqualTo(candidates);
		assertThat(graphQl.document(CANDIDATES).execute().path("littleGiantCandidates.edges[*].node.enterprise.key")
			.entityList(String.class).get()).isEqualTo(ranked);
	}

	private void upsert(String kind, Map<String, String> values) {
		var input = new HashMap<String, Object>(Map.of("kind", kind, "source", "hnrb-2023-yongxing", "excerpt",
				"synthetic record for a cache test", "values",
				values.entrySet().stream().map(e -> Map.of("field", e.getKey(), "value", e.getValue())).toList()));
		editor.documentName("upsert").variable("input", input).execute()
			.path("upsert.accepted").entity(Boolean.class).isEqualTo(true);
	}

	private List<String> gaps() {
		return graphQl.document("{ chainGaps(metal: \"Ag\") { id } }").execute().path("chainGaps[*].id")
			.entityList(String.class).get();
	}

	private List<String> leaderKeys() {
		return graphQl.document(LEADERS).execute().path("chainLeaders[*].enterprise.id").entityList(String.class).get()
			.stream().map(id -> id.substring("Enterprise:".length())).toList();
	}

	private Object answer(String document) {
		var response = graphQl.document(document).execute().returnResponse();
		assertThat(response.getErrors()).isEmpty();
		return response.getData();
	}

	private long sent(String query) {
		Timer timer = meters.find("silvergraph.cypher").tag("query", query).timer();
		return timer == null ? 0 : timer.count();
	}

}
