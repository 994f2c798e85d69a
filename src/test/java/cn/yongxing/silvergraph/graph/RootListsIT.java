package cn.yongxing.silvergraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import cn.yongxing.silvergraph.ingest.Dataset;
import cn.yongxing.silvergraph.ingest.DatasetImporter;
import cn.yongxing.silvergraph.support.CypherStatements;
import cn.yongxing.silvergraph.support.SyntheticDatasets;
import cn.yongxing.silvergraph.support.WritableGraphTest;
import cn.yongxing.silvergraph.synthetic.CnPatentNumbers;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The generated root connections of every node type, the {@code count} filter of relations, and the
 * {@code aggregate} and {@code groupBy} of root connections, on the seed plus four synthetic outside
 * firms (keys {@code agg-…}). Expected values are computed here from the raw graph, read with the
 * driver, never copied from the API's output.
 */
@WritableGraphTest
class RootListsIT {

	private static final String FIRMS = """
			key,name,founded,employees,local,ownership,park,source,excerpt
			agg-a,甲聚合测试企业,2010,50,false,PRIVATE,high-tech-park,synthetic-tests,synthetic
			agg-b,乙聚合测试企业,2015,,false,SOE,high-tech-park,synthetic-tests,synthetic
			agg-c,丙聚合测试企业,,200,false,PRIVATE,,synthetic-tests,synthetic
			agg-d,丁聚合测试企业,2021,121,false,PRIVATE,circular-economy-park,synthetic-tests,synthetic
			""";

	private static final String PRODUCES = """
			enterprise,product,capacityT,outputT,year,purity,status,source,excerpt
			agg-a,ag-ingot,150,,2024,,PILOT,synthetic-tests,synthetic
			agg-a,bi-ingot,80,,2024,,PRODUCTION,synthetic-tests,synthetic
			agg-b,ag-ingot,300,,2024,,PRODUCTION,synthetic-tests,synthetic
			""";

	/** Patents of agg-a and agg-b: two inventions, a utility model and a design. */
	private static final List<String> PATENTS = List.of(CnPatentNumbers.of(2021, 1, 900001),
			CnPatentNumbers.of(2022, 1, 900002), CnPatentNumbers.of(2022, 2, 900003), CnPatentNumbers.of(2023, 3, 900004));

	private static final String MINE = "{key: {startsWith: \"agg-\"}}";

	/** Every generated root connection and the label it lists. */
	private static final Map<String, String> ROOTS = Map.ofEntries(Map.entry("products", "Product"),
			Map.entry("patents", "Patent"), Map.entry("standards", "Standard"), Map.entry("institutions", "Institution"),
			Map.entry("materials", "Material"), Map.entry("projects", "Project"), Map.entry("designations", "Designation"),
			Map.entry("platforms", "Platform"), Map.entry("chainStages", "ChainStage"), Map.entry("regions", "Region"),
			Map.entry("parksConnection", "Park"), Map.entry("metalsConnection", "Metal"),
			Map.entry("industryChains", "IndustryChain"), Map.entry("clusters", "Cluster"), Map.entry("sources", "Source"));

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	DatasetImporter importer;

	@Autowired
	Driver driver;

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	void loadFixture() {
		var report = importer.importDataset(
				new Dataset(Map.of("sources.csv", SyntheticDatasets.SOURCES, "enterprises.csv", FIRMS, "produces.csv", PRODUCES, "patents.csv",
						"number,title,type,filed,source,excerpt\n"
								+ PATENTS.get(0) + ",Test invention one,INVENTION,2021-03-01,synthetic-tests,synthetic\n"
								+ PATENTS.get(1) + ",Test invention two,INVENTION,2022-05-01,synthetic-tests,synthetic\n"
								+ PATENTS.get(2) + ",Test utility model,UTILITY_MODEL,2022-06-01,synthetic-tests,synthetic\n"
								+ PATENTS.get(3) + ",Test design,DESIGN,2023-01-01,synthetic-tests,synthetic\n",
						"holds.csv", "holder,patent,source,excerpt\n" + "Enterprise:agg-a," + PATENTS.get(0)
								+ ",synthetic-tests,synthetic\nEnterprise:agg-a," + PATENTS.get(1)
								+ ",synthetic-tests,synthetic\nEnterprise:agg-a," + PATENTS.get(2)
								+ ",synthetic-tests,synthetic\nEnterprise:agg-b," + PATENTS.get(3) + ",synthetic-tests,synthetic\n")),
				false);
		assertThat(report.accepted()).as("%s", report.problems()).isTrue();
	}

	@Test
	void everyNodeTypeHasARootConnectionPagedForwardAndBackwardByKeyWithoutGapsOrRepeats() {
		ROOTS.forEach((root, label) -> {
			List<String> expected = raw("MATCH (n:$($label)) RETURN n.key AS key ORDER BY key", Map.of("label", label))
				.stream().map(r -> r.get("key").asString()).toList();
			assertThat(expected).as(label).isNotEmpty();
			List<String> forward = new ArrayList<>();
			String after = null;
			do {
				var page = graphQl.document("query($after: String) { " + root + "(first: 3, after: $after) "
						+ "{ totalCount edges { node { key } } pageInfo { hasNextPage endCursor } } }")
					.variable("after", after).execute();
				forward.addAll(page.path(root + ".edges[*].node.key").entityList(String.class).get());
				page.path(root + ".totalCount").entity(Integer.class).isEqualTo(expected.size());
				after = page.path(root + ".pageInfo.hasNextPage").entity(Boolean.class).get()
						? page.path(root + ".pageInfo.endCursor").entity(String.class).get() : null;
			}
			while (after != null);
			assertThat(forward).as(root).isEqualTo(expected);
			List<String> backward = new ArrayList<>();
			String before = null;
			do {
				var page = graphQl.document("query($before: String) { " + root + "(last: 4, before: $before) "
						+ "{ edges { node { key } } pageInfo { hasPreviousPage startCursor } } }")
					.variable("before", before).execute();
				backward.addAll(0, page.path(root + ".edges[*].node.key").entityList(String.class).get());
				before = page.path(root + ".pageInfo.hasPreviousPage").entity(Boolean.class).get()
						? page.path(root + ".pageInfo.startCursor").entity(String.class).get() : null;
			}
			while (before != null);
			assertThat(backward).as(root).isEqualTo(expected);
		});
	}

	@Test
	void generatedRootsFilterAndSortByTheirDeclaredScalars() {
		List<String> cities = raw("MATCH (r:Region {level: 'CITY'}) RETURN r.key AS key ORDER BY key", Map.of()).stream()
			.map(r -> r.get("key").asString()).toList();
		assertThat(graphQl.document("{ regions(first: 100, where: {level: {eq: CITY}}) { edges { node { key } } } }")
			.execute().path("regions.edges[*].node.key").entityList(String.class).get()).isEqualTo(cities).isNotEmpty();
		List<Record> stages = raw("MATCH (s:ChainStage) RETURN s.key AS key, s.order AS order", Map.of());
		List<String> byOrder = stages.stream()
			.sorted(Comparator.<Record>comparingInt(r -> r.get("order").asInt()).reversed()
				.thenComparing(r -> r.get("key").asString()))
			.map(r -> r.get("key").asString()).toList();
		assertThat(graphQl.document("{ chainStages(first: 100, orderBy: [{field: ORDER, direction: DESC}]) "
				+ "{ edges { node { key } } } }").execute().path("chainStages.edges[*].node.key")
			.entityList(String.class).get()).isEqualTo(byOrder);
		// paging a filtered, sorted generated list with cursors
		String query = "query($after: String) { parksConnection(first: 1, after: $after, where: {kind: {eq: PARK}}, "
				+ "orderBy: [{field: STATUS, direction: DESC}]) { edges { node { key status } } pageInfo { hasNextPage endCursor } } }";
		List<String> paged = new ArrayList<>();
		String after = null;
		do {
			var page = graphQl.document(query).variable("after", after).execute();
			paged.addAll(page.path("parksConnection.edges[*].node.key").entityList(String.class).get());
			after = page.path("parksConnection.pageInfo.hasNextPage").entity(Boolean.class).get()
					? page.path("parksConnection.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);
		List<String> parks = raw("MATCH (p:Park {kind: 'PARK'}) RETURN p.key AS key, p.status AS status", Map.of()).stream()
			.sorted(Comparator.<Record, String>comparing(r -> r.get("status").asString()).reversed()
				.thenComparing(r -> r.get("key").asString()))
			.map(r -> r.get("key").asString()).toList();
		assertThat(paged).isEqualTo(parks).hasSizeGreaterThan(1);
	}

	@Test
	void comparesTheNumberOfRelatedNodesWithCountFilters() {
		assertThat(keys("{products: {count: {gte: 2}}}")).containsExactly("agg-a");
		assertThat(keys("{products: {count: {eq: 0}}}")).containsExactly("agg-c", "agg-d");
		assertThat(keys("{products: {count: {in: [1, 2]}, some: {status: {eq: PRODUCTION}}}}"))
			.containsExactly("agg-a", "agg-b");
		assertThat(keys("{NOT: {products: {count: {lt: 1}}}}")).containsExactly("agg-a", "agg-b");
		// a relation of distinct nodes counts each once: agg-a's two products are of two metals
		assertThat(keys("{metals: {count: {eq: 2}}}")).containsExactly("agg-a");
		assertThat(keys("{metals: {count: {eq: 1}}}")).containsExactly("agg-b");
		// producers of every product, counted here from the raw relationships
		Map<String, Integer> producers = new HashMap<>();
		raw("MATCH (p:Product) OPTIONAL MATCH (p)<-[r:PRODUCES]-(:Enterprise) RETURN p.key AS key, count(r) AS n", Map.of())
			.forEach(r -> producers.put(r.get("key").asString(), r.get("n").asInt()));
		List<String> twoOrMore = producers.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey)
			.sorted().toList();
		assertThat(graphQl.document("{ products(first: 100, where: {producers: {count: {gte: 2}}}) { edges { node { key } } } }")
			.execute().path("products.edges[*].node.key").entityList(String.class).get()).isEqualTo(twoOrMore).isNotEmpty();
	}

	@Test
	void aggregatesEveryMatchingNodeNotOnlyThePage() {
		assertAggregate(MINE, "MATCH (e:Enterprise) WHERE e.key STARTS WITH 'agg-' RETURN e");
		assertAggregate("{}", "MATCH (e:Enterprise) RETURN e");
		assertAggregate("{AND: [" + MINE + ", {products: {count: {gte: 1}}}]}",
				"MATCH (e:Enterprise) WHERE e.key STARTS WITH 'agg-' AND EXISTS { (e)-[:PRODUCES]->() } RETURN e");
	}

	@Test
	void groupsByAScalarAndAToOneRelationInTheDatabase() {
		var groups = graphQl.document("{ enterprises(where: " + MINE + ") { groupBy(by: [OWNERSHIP, PARK]) "
				+ "{ key { ownership park { key name } } count employees { sum max } } } }").execute();
		List<Map<String, Object>> got = groups.path("enterprises.groupBy").entityList(Object.class).get().stream()
			.map(g -> flatten(g)).toList();
		// the same groups computed here from the firms' raw properties and LOCATED_IN relationships
		Map<List<Object>, List<Record>> byKey = raw("""
				MATCH (e:Enterprise) WHERE e.key STARTS WITH 'agg-'
				OPTIONAL MATCH (e)-[:LOCATED_IN]->(p:Park) RETURN e, p.key AS park""", Map.of()).stream()
			.collect(Collectors.groupingBy(r -> java.util.Arrays.asList(r.get("e").get("ownership").asString(null),
					r.get("park").asString(null))));
		List<Map<String, Object>> expected = byKey.entrySet().stream().map(e -> {
			Map<String, Object> g = new HashMap<>();
			g.put("ownership", e.getKey().get(0));
			g.put("park", e.getKey().get(1));
			g.put("count", e.getValue().size());
			List<Integer> employees = e.getValue().stream().map(r -> r.get("e").get("employees"))
				.filter(v -> !v.isNull()).map(v -> v.asInt()).toList();
			g.put("sum", employees.stream().mapToDouble(Integer::doubleValue).sum());
			g.put("max", employees.stream().max(Integer::compare).orElse(null));
			return g;
		}).toList();
		assertThat(got).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(got).extracting(g -> (Integer) g.get("count")).isSortedAccordingTo(Comparator.reverseOrder());
		// products by metal over the whole seed: the to-one relation Product.metal
		var byMetal = graphQl.document("{ products { groupBy(by: [METAL], first: 100) { key { metal { key } } count } } }")
			.execute().path("products.groupBy").entityList(Object.class).get();
		Map<String, Long> metals = raw("MATCH (p:Product) OPTIONAL MATCH (p)-[:OF_METAL]->(m:Metal) RETURN m.key AS m", Map.of())
			.stream().collect(Collectors.groupingBy(r -> Objects.toString(r.get("m").asString(null)), Collectors.counting()));
		Map<String, Long> gotMetals = new HashMap<>();
		for (Object g : byMetal) {
			Map<?, ?> key = (Map<?, ?>) ((Map<?, ?>) g).get("key");
			Object metal = key.get("metal") == null ? null : ((Map<?, ?>) key.get("metal")).get("key");
			gotMetals.put(Objects.toString(metal), ((Number) ((Map<?, ?>) g).get("count")).longValue());
		}
		assertThat(gotMetals).isEqualTo(metals);
		// patents by type, among the fixture's patents
		String numbers = PATENTS.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
		var byType = graphQl.document("{ patents(where: {number: {in: [" + numbers + "]}}) "
				+ "{ groupBy(by: [TYPE]) { key { type } count } } }").execute();
		Map<String, Long> types = raw("MATCH (p:Patent) WHERE p.number IN $numbers RETURN p.type AS type",
				Map.of("numbers", PATENTS)).stream()
			.collect(Collectors.groupingBy(r -> r.get("type").asString(), Collectors.counting()));
		assertThat(types).containsEntry("INVENTION", 2L).hasSize(3);
		byType.path("patents.groupBy[*].key.type").entityList(String.class)
			.containsExactly("INVENTION", "DESIGN", "UTILITY_MODEL");
		byType.path("patents.groupBy[*].count").entityList(Long.class)
			.containsExactly(types.get("INVENTION"), types.get("DESIGN"), types.get("UTILITY_MODEL"));
		// first bounds the number of groups, largest first
		long largest = metals.values().stream().mapToLong(Long::longValue).max().orElseThrow();
		graphQl.document("{ products { groupBy(by: [METAL], first: 1) { count } } }").execute()
			.path("products.groupBy[*].count").entityList(Long.class).containsExactly(largest);
	}

	@Test
	void aggregatesAndGroupsBelowANodeRangeOverItsRelatedNodesOnly() {
		for (String firm : List.of("agg-a", "agg-b")) {
			List<String> types = raw("MATCH (:Enterprise {key: $key})-[:HOLDS]->(p:Patent) RETURN p.type AS type",
					Map.of("key", firm)).stream().map(r -> r.get("type").asString()).toList();
			Map<String, Long> byType = types.stream().collect(Collectors.groupingBy(t -> t, Collectors.counting()));
			// the first page is joined into the enterprise's statement, a page after a cursor is batched,
			// and node(id:) reaches the same field: the aggregate is the firm's in each case
			String after = graphQl.document("{ enterprise(id: \"Enterprise:" + firm + "\") { patents(first: 1) "
					+ "{ pageInfo { endCursor } } } }").execute().path("enterprise.patents.pageInfo.endCursor")
				.entity(String.class).get();
			for (String root : List.of("enterprise(id: \"Enterprise:" + firm + "\")",
					"node(id: \"Enterprise:" + firm + "\") { ... on Enterprise",
					"enterprises(where: {key: {eq: \"" + firm + "\"}}) { edges { node")) {
				for (String page : List.of("patents(first: 1)", "patents(first: 1, after: \"" + after + "\")")) {
					String close = root.startsWith("enterprise(") ? "}" : root.startsWith("node") ? "} }" : "} } }";
					var result = graphQl.document("{ r: " + root + " { " + page + " { totalCount aggregate { count } "
							+ "groupBy(by: [TYPE]) { key { type } count } } } " + close).execute();
					String at = root.startsWith("enterprises") ? "r.edges[0].node.patents" : "r.patents";
					result.path(at + ".aggregate.count").entity(Integer.class).isEqualTo(types.size())
						.path(at + ".totalCount").entity(Integer.class).isEqualTo(types.size());
					Map<String, Long> groups = new HashMap<>();
					result.path(at + ".groupBy").entityList(Object.class).get().forEach(g -> groups.put(
							(String) ((Map<?, ?>) ((Map<?, ?>) g).get("key")).get("type"),
							((Number) ((Map<?, ?>) g).get("count")).longValue()));
					assertThat(groups).as(root + " " + page).isEqualTo(byType);
				}
			}
		}
	}

	@Test
	void groupsBelowEveryNodeOfAPageAreEachNodesOwnLargestGroupsInOneBatch() {
		var result = graphQl.document("{ enterprises(where: {key: {in: [\"agg-a\", \"agg-b\"]}}) { edges { node { key "
				+ "all: patents { groupBy(by: [TYPE]) { key { type } count } } "
				+ "top: patents { groupBy(by: [TYPE], first: 1) { key { type } count } } } } } }").execute();
		List<Map<String, Object>> nodes = result.path("enterprises.edges[*].node").entityList(Map.class).get().stream()
			.map(m -> (Map<String, Object>) m).toList();
		assertThat(nodes).hasSize(2);
		for (Map<String, Object> node : nodes) {
			List<List<Object>> expected = raw("MATCH (:Enterprise {key: $key})-[:HOLDS]->(p:Patent) WITH DISTINCT p "
					+ "RETURN p.type AS type, count(p) AS count ORDER BY count DESC, type", Map.of("key", node.get("key")))
				.stream().map(r -> List.<Object>of(r.get("type").asString(), r.get("count").asLong())).toList();
			assertThat(expected).as("fixture: %s holds patents", node.get("key")).isNotEmpty();
			assertThat(groups(node.get("all"))).as("%s", node.get("key")).isEqualTo(expected);
			assertThat(groups(node.get("top"))).as("%s", node.get("key")).isEqualTo(expected.subList(0, 1));
		}
	}

	@SuppressWarnings("unchecked")
	private static List<List<Object>> groups(Object patents) {
		return ((List<Map<String, Object>>) ((Map<String, Object>) patents).get("groupBy")).stream()
			.map(g -> List.<Object>of(((Map<String, Object>) g.get("key")).get("type"), ((Number) g.get("count")).longValue()))
			.toList();
	}

	@Test
	void listsAggregatesAndGroupsCostOneStatementEach() {
		// plain relations under a generated root, two levels deep: one statement
		assertThat(statements("{ materials(first: 5) { edges { node { key products { key metal { key } inputs { key } } } } } }"))
			.isEqualTo(1);
		assertThat(statements("{ parksConnection(first: 5) { edges { node { key enterprises { key } children { key } } } } }"))
			.isEqualTo(1);
		// the aggregate is one more statement, a group-by one more, totalCount one more
		assertThat(statements("{ regions(first: 5) { edges { node { key parent { key } } } aggregate { count } } }"))
			.isEqualTo(2);
		assertThat(statements("{ enterprises(first: 5, where: " + MINE + ") { edges { node { key park { key } } } "
				+ "aggregate { count founded { avg } } groupBy(by: [PARK]) { count key { park { key } } } totalCount } }"))
			.isEqualTo(4);
		// the aggregates below every enterprise of a page: one statement for all of them, not one each
		assertThat(statements("{ enterprises(first: 20) { edges { node { key patents { aggregate { count } } } } } }"))
			.isEqualTo(2);
		assertThat(statements("{ enterprises(first: 20) { edges { node { key patents { groupBy(by: [TYPE]) { count } } } } } }"))
			.isEqualTo(2);
		// with neither edges nor pageInfo selected no page is read
		assertThat(statements("{ chainStages { aggregate { count order { max } } } }")).isEqualTo(1);
		assertThat(statements("{ enterprises(where: " + MINE + ") { aggregate { count founded { avg } } totalCount } }"))
			.isEqualTo(2);
	}

	@Test
	void refusesBadAggregatesAndCountFiltersWithAClearError() {
		error("{ enterprises { groupBy(by: []) { count } } }", "BAD_USER_INPUT", "at least one");
		error("{ enterprises { groupBy(by: [PARK, PARK]) { count } } }", "BAD_USER_INPUT", "twice");
		error("{ enterprises { groupBy(by: [PARK], first: 1000) { count } } }", "LIMIT_EXCEEDED", "maximum");
		// not in the schema: GraphQL validation names the field or value
		graphQl.document("{ enterprises { groupBy(by: [NO_SUCH_FIELD]) { count } } }").execute().errors()
			.satisfy(errors -> assertThat(errors).isNotEmpty()
				.allSatisfy(e -> assertThat(e.getMessage()).contains("NO_SUCH_FIELD")));
		graphQl.document("{ enterprises(where: {products: {count: {gte: \"two\"}}}) { totalCount } }").execute().errors()
			.satisfy(errors -> assertThat(errors).isNotEmpty());
		graphQl.document("{ materials(where: {nope: {eq: 1}}) { totalCount } }").execute().errors()
			.satisfy(errors -> assertThat(errors).isNotEmpty().allSatisfy(e -> assertThat(e.getMessage()).contains("nope")));
	}

	/** The aggregate of the enterprises matching {@code where} against figures computed from {@code raw}'s nodes. */
	private void assertAggregate(String where, String raw) {
		var result = graphQl.document("{ enterprises(first: 1, where: " + where + ") { totalCount aggregate { count "
				+ "founded { min max avg sum } employees { min max avg sum } latestOutputT { min max avg sum } } } }")
			.execute();
		List<Record> nodes = raw(raw, Map.of());
		result.path("enterprises.aggregate.count").entity(Integer.class).isEqualTo(nodes.size());
		result.path("enterprises.totalCount").entity(Integer.class).isEqualTo(nodes.size());
		for (String field : List.of("founded", "employees", "latestOutputT")) {
			List<Double> values = nodes.stream().map(r -> r.get("e").get(field)).filter(v -> !v.isNull())
				.map(v -> v.asNumber().doubleValue()).toList();
			String path = "enterprises.aggregate." + field;
			assertThat(result.path(path + ".sum").entity(Double.class).get()).as(where + " " + field)
				.isCloseTo(values.stream().mapToDouble(Double::doubleValue).sum(), within(1e-6));
			if (values.isEmpty()) {
				result.path(path + ".min").valueIsNull().path(path + ".max").valueIsNull().path(path + ".avg").valueIsNull();
				continue;
			}
			assertThat(result.path(path + ".min").entity(Double.class).get()).as(where + " " + field)
				.isEqualTo(values.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
			assertThat(result.path(path + ".max").entity(Double.class).get()).as(where + " " + field)
				.isEqualTo(values.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
			assertThat(result.path(path + ".avg").entity(Double.class).get()).as(where + " " + field)
				.isCloseTo(values.stream().mapToDouble(Double::doubleValue).average().orElseThrow(), within(1e-9));
		}
	}

	/** A group as {ownership, park, count, sum, max}. */
	private static Map<String, Object> flatten(Object group) {
		Map<?, ?> g = (Map<?, ?>) group;
		Map<?, ?> key = (Map<?, ?>) g.get("key");
		Map<?, ?> employees = (Map<?, ?>) g.get("employees");
		Map<String, Object> flat = new HashMap<>();
		flat.put("ownership", key.get("ownership"));
		flat.put("park", key.get("park") == null ? null : ((Map<?, ?>) key.get("park")).get("key"));
		flat.put("count", ((Number) g.get("count")).intValue());
		flat.put("sum", ((Number) employees.get("sum")).doubleValue());
		flat.put("max", employees.get("max") == null ? null : ((Number) employees.get("max")).intValue());
		return flat;
	}

	private void error(String query, String code, String message) {
		graphQl.document(query).execute().errors().satisfy(errors -> {
			assertThat(errors).isNotEmpty();
			assertThat(errors.getFirst().getExtensions()).containsEntry("code", code);
			assertThat(errors.getFirst().getMessage()).contains(message);
		});
	}

	private List<String> keys(String where) {
		return graphQl.document("{ enterprises(first: 100, where: {AND: [" + MINE + ", " + where + "]}) { edges { node { key } } } }")
			.execute().path("enterprises.edges[*].node.key").entityList(String.class).get();
	}

	private List<Record> raw(String cypher, Map<String, Object> params) {
		return driver.executableQuery(cypher).withParameters(params).execute().records();
	}

	private long statements(String query) {
		long before = CypherStatements.sent(meters);
		graphQl.document(query).execute().errors().verify();
		return CypherStatements.sent(meters) - before;
	}

}
