package cn.yongxing.silvergraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import cn.yongxing.silvergraph.ingest.Dataset;
import cn.yongxing.silvergraph.ingest.DatasetImporter;
import cn.yongxing.silvergraph.support.SyntheticDatasets;
import cn.yongxing.silvergraph.support.WritableGraphTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ProfiledPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The generated {@code where} and {@code orderBy} on a real graph: a synthetic fixture of five outside
 * firms (keys {@code flt-…}, written through the importer so their pinyin collation keys are computed
 * at write time) and the seed's products.
 */
@WritableGraphTest
class FiltersIT {

	// 东 dong, 格 ge, 广 guang, 某 mou, 台 tai: pinyin order; by code point it is 东 台 广 某 格
	private static final String FIRMS = """
			key,name,nameEn,founded,employees,local,ownership,source,excerpt
			flt-dong,东测试企业,Dong Test,2010,50,false,PRIVATE,synthetic-tests,synthetic
			flt-guang,广测试企业,Guang Test,2015,,false,SOE,synthetic-tests,synthetic
			flt-mou,某测试企业,,,200,false,PRIVATE,synthetic-tests,synthetic
			flt-ge,格测试企业,Ge Test,2020,120,false,LISTED,synthetic-tests,synthetic
			flt-tai,台测试企业,,,,false,SOE,synthetic-tests,synthetic
			""";

	private static final String PRODUCES = """
			enterprise,product,capacityT,outputT,year,purity,status,source,excerpt
			flt-dong,ag-ingot,150,,2024,,PILOT,synthetic-tests,synthetic
			flt-ge,ag-ingot,80,,2024,,PRODUCTION,synthetic-tests,synthetic
			flt-guang,bi-ingot,300,,2024,,PRODUCTION,synthetic-tests,synthetic
			""";

	private static final String MINE = "{key: {startsWith: \"flt-\"}}";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	DatasetImporter importer;

	@Autowired
	Filters filters;

	@Autowired
	Driver driver;

	@BeforeEach
	void loadFixture() {
		var report = importer.importDataset(
				new Dataset(Map.of("sources.csv", SyntheticDatasets.SOURCES, "enterprises.csv", FIRMS, "produces.csv", PRODUCES)), false);
		assertThat(report.accepted()).as("%s", report.problems()).isTrue();
	}

	@Test
	void comparesIntegersWithEveryOperator() {
		assertThat(keys("{founded: {eq: 2015}}")).containsExactly("flt-guang");
		assertThat(keys("{founded: {in: [2010, 2020, 1999]}}")).containsExactly("flt-dong", "flt-ge");
		assertThat(keys("{founded: {lt: 2015}}")).containsExactly("flt-dong");
		assertThat(keys("{founded: {lte: 2015}}")).containsExactly("flt-dong", "flt-guang");
		assertThat(keys("{founded: {gt: 2015}}")).containsExactly("flt-ge");
		assertThat(keys("{founded: {gte: 2015, lt: 2020}}")).containsExactly("flt-guang");
		assertThat(keys("{founded: {isNull: true}}")).containsExactly("flt-mou", "flt-tai");
		assertThat(keys("{founded: {isNull: false}}")).containsExactly("flt-dong", "flt-ge", "flt-guang");
	}

	@Test
	void matchesTextByContainsStartsWithEqualityAndList() {
		assertThat(keys("{nameEn: {contains: \"Test\"}}")).containsExactly("flt-dong", "flt-ge", "flt-guang");
		assertThat(keys("{name: {startsWith: \"格\"}}")).containsExactly("flt-ge");
		assertThat(keys("{ownership: {in: [SOE, LISTED]}}")).containsExactly("flt-ge", "flt-guang", "flt-tai");
		assertThat(keys("{ownership: {eq: PRIVATE}, local: false}")).containsExactly("flt-dong", "flt-mou");
	}

	@Test
	void combinesFiltersWithAndOrNotAndTheShortcutsAtAnyLevel() {
		assertThat(keys("{OR: [{founded: {lt: 2012}}, {employees: {gte: 150}}]}")).containsExactly("flt-dong", "flt-mou");
		assertThat(keys("{NOT: {ownership: {eq: PRIVATE}}}")).containsExactly("flt-ge", "flt-guang", "flt-tai");
		assertThat(keys("{AND: [{ownership: {eq: SOE}}, {NOT: {founded: {isNull: true}}}]}")).containsExactly("flt-guang");
		// nameContains with pinyin and metal, hand-written shortcuts, inside OR
		assertThat(keys("{OR: [{nameContains: \"dongce\"}, {metal: \"Bi\"}]}")).containsExactly("flt-dong", "flt-guang");
		assertThat(keys("{metal: \"Ag\", NOT: {nameContains: \"ge\"}}")).containsExactly("flt-dong");
	}

	@Test
	void quantifiesOverRelatedNodesAndRelationshipProperties() {
		assertThat(keys("{products: {some: {capacityT: {gt: 100}, status: {eq: PILOT}}}}")).containsExactly("flt-dong");
		assertThat(keys("{products: {some: {capacityT: {gt: 100}}}}")).containsExactly("flt-dong", "flt-guang");
		assertThat(keys("{products: {some: {node: {key: {eq: \"bi-ingot\"}}}}}")).containsExactly("flt-guang");
		assertThat(keys("{products: {none: {status: {eq: PILOT}}}}"))
			.containsExactly("flt-ge", "flt-guang", "flt-mou", "flt-tai");
		// all: true of a firm with no products at all
		assertThat(keys("{products: {all: {capacityT: {gte: 100}}}}"))
			.containsExactly("flt-dong", "flt-guang", "flt-mou", "flt-tai");
		// a relation to nodes (two hops: products, their metal)
		assertThat(keys("{metals: {some: {symbol: {eq: \"Ag\"}}}}")).containsExactly("flt-dong", "flt-ge");
		assertThat(keys("{metals: {none: {}}}")).containsExactly("flt-mou", "flt-tai");
	}

	@Test
	void startsFromTheNodeARelationFilterNamesByKeyWithTheSameAnswer() {
		// some over relations down to a node named by key: the page starts from that node's key lookup
		Map<String, Object> named = Map.of("products", Map.of("some", Map.of("capacityT", Map.of("gt", 10),
				"node", Map.of("metal", Map.of("some", Map.of("key", Map.of("eq", "Bi")))))));
		// (on this small fixture the planner may also walk the firms' key index for the order and join)
		assertThat(operators(named)).contains("NodeUniqueIndexSeek").doesNotContain("NodeByLabelScan");
		assertThat(operators(Map.of("AND", List.of(Map.of("local", true), named))))
			.contains("NodeUniqueIndexSeek").doesNotContain("NodeByLabelScan");
		// several nodes named by key: a seek for each
		assertThat(operators(Map.of("metals", Map.of("some", Map.of("key", Map.of("in", List.of("Ag", "Bi")))))))
			.contains("NodeUniqueIndexSeek").doesNotContain("NodeByLabelScan");
		// the answers are the filter's, page and count alike, with other conditions beside the anchor's
		int answered = 0;
		for (String where : List.of("{products: {some: {capacityT: {gt: 10}, node: {metal: {some: {key: {eq: \"Bi\"}}}}}}}",
				"{AND: [{name: {contains: \"业\"}}, {products: {some: {node: {key: {eq: \"bi-ingot\"}}}}}]}",
				"{products: {some: {node: {metal: {some: {key: {eq: \"Ag\"}}}}}}, metals: {none: {symbol: {eq: \"Bi\"}}}}",
				"{products: {some: {node: {metal: {some: {key: {eq: \"no-such-metal\"}}}}}}}",
				"{products: {some: {node: {metal: {some: {key: {in: [\"Bi\", \"no-such-metal\"]}}}}}}, local: true}",
				// back over the same relationship: the named firm matches itself
				"{products: {some: {node: {producers: {some: {node: {key: {eq: \"flt-guang\"}}}}}}}}")) {
			var page = graphQl.document("{ enterprises(first: 100, where: " + where + ") { totalCount edges { node { key } } } }")
				.execute();
			List<String> keys = page.path("enterprises.edges[*].node.key").entityList(String.class).get();
			assertThat(keys).as(where).isEqualTo(keysByCypher(where));
			if (where.contains("producers")) {
				assertThat(keys).contains("flt-guang");
			}
			answered += keys.size();
			page.path("enterprises.totalCount").entity(Integer.class).isEqualTo(keys.size());
		}
		assertThat(answered).as("firms matched over all the filters").isPositive();
	}

	/** The enterprises a filter matches, as raw Cypher reads them (in key order). */
	private List<String> keysByCypher(String where) {
		String condition = switch (where) {
			case String w when w.contains("capacityT") -> "EXISTS { (e)-[r:PRODUCES]->(:Product)-[:OF_METAL]->(:Metal {key: 'Bi'}) WHERE r.capacityT > 10 }";
			case String w when w.contains("bi-ingot") -> "e.name CONTAINS '业' AND EXISTS { (e)-[:PRODUCES]->(:Product {key: 'bi-ingot'}) }";
			case String w when w.contains("in: [") -> "e.local = true AND EXISTS { (e)-[:PRODUCES]->(:Product)-[:OF_METAL]->(m:Metal)"
					+ " WHERE m.key IN ['Bi', 'no-such-metal'] }";
			case String w when w.contains("producers") -> "EXISTS { MATCH (e)-[:PRODUCES]->(p:Product)"
					+ " WHERE EXISTS { (p)<-[:PRODUCES]-(:Enterprise {key: 'flt-guang'}) } }";
			case String w when w.contains("none") -> "EXISTS { (e)-[:PRODUCES]->(:Product)-[:OF_METAL]->(:Metal {key: 'Ag'}) }"
					+ " AND NOT EXISTS { (e)-[:PRODUCES]->(:Product)-[:OF_METAL]->(:Metal {symbol: 'Bi'}) }";
			default -> "false";
		};
		return driver.executableQuery("MATCH (e:Enterprise) WHERE " + condition + " RETURN e.key AS k ORDER BY k").execute()
			.records().stream().map(r -> r.get("k").asString()).toList();
	}

	@Test
	void filtersTheRootConnectionsOfOtherTypesByTheirRelations() {
		var keys = graphQl.document("""
				{ products(first: 100, where: {producers: {some: {node: {key: {eq: "flt-guang"}}, capacityT: {gte: 300}}}})
				  { totalCount edges { node { key } } } }""").execute();
		keys.path("products.edges[*].node.key").entityList(String.class).containsExactly("bi-ingot");
		keys.path("products.totalCount").entity(Integer.class).isEqualTo(1);
	}

	@Test
	void sortsByPinyinNotByCodePoint() {
		assertThat(keys(MINE, "[{field: NAME}]")).containsExactly("flt-dong", "flt-ge", "flt-guang", "flt-mou", "flt-tai");
		assertThat(keys(MINE, "[{field: NAME, direction: DESC}]"))
			.containsExactly("flt-tai", "flt-mou", "flt-guang", "flt-ge", "flt-dong");
		var names = graphQl.document("{ products(first: 100, orderBy: [{field: NAME}]) { edges { node { name } } } }")
			.execute().path("products.edges[*].node.name").entityList(String.class).get();
		assertThat(names).hasSizeGreaterThan(10)
			.isSortedAccordingTo(java.util.Comparator.comparing(cn.yongxing.silvergraph.search.SearchText::sortKey));
	}

	@Test
	void sortsBySeveralKeysWithNullsLastInEitherDirection() {
		assertThat(keys(MINE, "[{field: FOUNDED}]")).containsExactly("flt-dong", "flt-guang", "flt-ge", "flt-mou", "flt-tai");
		assertThat(keys(MINE, "[{field: FOUNDED, direction: DESC}]"))
			.containsExactly("flt-ge", "flt-guang", "flt-dong", "flt-mou", "flt-tai");
		assertThat(keys(MINE, "[{field: OWNERSHIP}, {field: EMPLOYEES, direction: DESC}]"))
			.containsExactly("flt-ge", "flt-mou", "flt-dong", "flt-guang", "flt-tai");
	}

	@Test
	void pagesOneByOneThroughNullsForwardAndBackwardWithoutGapsOrRepeats() {
		for (String order : List.of("[{field: FOUNDED}]", "[{field: FOUNDED, direction: DESC}]",
				"[{field: OWNERSHIP, direction: DESC}, {field: EMPLOYEES, direction: DESC}]", "[{field: NAME}]")) {
			List<String> all = keys(MINE, order);
			List<String> forward = new ArrayList<>();
			String after = null;
			do {
				var page = page("first: 1" + (after == null ? "" : ", after: \"" + after + "\""), order);
				forward.addAll(page.keys());
				after = page.hasNext() ? page.endCursor() : null;
			}
			while (after != null);
			assertThat(forward).as(order).isEqualTo(all);
			List<String> backward = new ArrayList<>();
			String before = null;
			do {
				var page = page("last: 2" + (before == null ? "" : ", before: \"" + before + "\""), order);
				backward.addAll(0, page.keys());
				before = page.hasPrevious() ? page.startCursor() : null;
			}
			while (before != null);
			assertThat(backward).as(order).isEqualTo(all);
		}
	}

	@Test
	void refusesBadFiltersWithAClearCodeAndNoData() {
		error("{founded: {eq: null}}", "BAD_USER_INPUT", "isNull");
		error("{OR: []}", "BAD_USER_INPUT", "at least one");
		String many = IntStream.range(0, 101).mapToObj(Integer::toString).collect(Collectors.joining(","));
		error("{founded: {in: [" + many + "]}}", "LIMIT_EXCEEDED", "in list");
		error("{NOT: {NOT: {NOT: {NOT: {NOT: {NOT: {NOT: {NOT: {founded: {eq: 1}}}}}}}}}}", "LIMIT_EXCEEDED", "levels deep");
		graphQl.document("{ enterprises(where: {founded: {eq: \"x\"}}) { edges { cursor } } }").execute().errors()
			.satisfy(errors -> assertThat(errors).isNotEmpty());
	}

	@Test
	void typesEnumeratedPropertiesWithTheirEnumsInTheAnswerTheFilterAndTheGroups() {
		assertThat(inputType("EnterpriseWhere", "ownership")).isEqualTo("EnterpriseOwnershipFilter");
		assertThat(inputType("EnterpriseProductsEdgeWhere", "status")).isEqualTo("ProductionStatusFilter");
		assertThat(inputType("EnterpriseOwnershipFilter", "in")).isEqualTo("[EnterpriseOwnership!]");
		assertThat(inputType("PatentWhere", "type")).isEqualTo("PatentTypeFilter");
		// a variable is the value's name, as before; an answer is too
		graphQl.document("query($o: [EnterpriseOwnership!]) { enterprises(where: {AND: [" + MINE
				+ ", {ownership: {in: $o}}]}, orderBy: [{field: NAME}]) { edges { node { key ownership } } } }")
			.variable("o", List.of("SOE")).execute().path("enterprises.edges[*].node.ownership").entityList(String.class)
			.containsExactly("SOE", "SOE");
		graphQl.document("{ enterprises(where: " + MINE + ") { groupBy(by: [OWNERSHIP]) { key { ownership } count } } }")
			.execute().path("enterprises.groupBy[0].key.ownership").entity(String.class).isEqualTo("PRIVATE");
		// a value outside the format's choice is refused by validation, naming the value; text operators are not offered
		graphQl.document("{ enterprises(where: {ownership: {eq: PUBLIC}}) { edges { cursor } } }").execute().errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).contains("PUBLIC")));
		graphQl.document("{ enterprises(where: {ownership: {contains: \"SO\"}}) { edges { cursor } } }").execute()
			.errors().satisfy(errors -> assertThat(errors).isNotEmpty());
	}

	private String inputType(String input, String field) {
		return graphQl.document("query($t: String!) { __type(name: $t) { inputFields { name type { kind name "
				+ "ofType { kind name ofType { name } } } } } }").variable("t", input).execute()
			.path("__type.inputFields[?(@.name == '" + field + "')].type").entityList(Map.class).get().stream()
			.map(FiltersIT::printed).findFirst().orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private static String printed(Map<?, ?> type) {
		return switch ((String) type.get("kind")) {
			case "LIST" -> "[" + printed((Map<String, Object>) type.get("ofType")) + "]";
			case "NON_NULL" -> {
				Map<String, Object> of = (Map<String, Object>) type.get("ofType");
				yield (of.get("kind") == null ? of.get("name") : printed(of)) + "!";
			}
			default -> (String) type.get("name");
		};
	}

	@Test
	void countsFilterConditionsInTheQueryComplexityAndBoundsTheirNumber() {
		// 25 pages of one entry, each with a filter of 90 conditions: shallow, but over the complexity limit
		List<Map<String, Object>> conditions = IntStream.range(0, 90)
			.mapToObj(i -> Map.<String, Object>of("founded", Map.of("gt", i))).toList();
		String aliases = IntStream.range(0, 25).mapToObj(i -> "a" + i + ": enterprises(first: 1, where: $w) { totalCount }")
			.collect(Collectors.joining(" "));
		graphQl.document("query($w: EnterpriseWhere) { " + aliases + " }").variable("w", Map.of("OR", conditions))
			.execute().errors()
			.satisfy(errors -> assertThat(errors.getFirst().getExtensions()).containsEntry("code", "LIMIT_EXCEEDED")
				.containsEntry("limit", "maxComplexity"));
		String one = "query($w: EnterpriseWhere) { enterprises(first: 1, where: $w) { totalCount } }";
		graphQl.document(one).variable("w", Map.of("AND", List.of(Map.of("key", Map.of("startsWith", "flt-")),
				Map.of("OR", conditions)))).execute().path("enterprises.totalCount").entity(Integer.class).isEqualTo(3);
		List<Map<String, Object>> more = IntStream.range(0, 101)
			.mapToObj(i -> Map.<String, Object>of("founded", Map.of("gt", i))).toList();
		graphQl.document(one).variable("w", Map.of("OR", more)).execute().errors()
			.satisfy(errors -> assertThat(errors.getFirst().getExtensions()).containsEntry("code", "LIMIT_EXCEEDED")
				.containsEntry("limit", "maxFilterConditions"));
	}

	@Test
	void seeksTheRangeIndexForCommonFilters() {
		// the count (totalCount) has the filter alone: it must read the index, whatever the data
		assertThat(countOperators(Map.of("founded", Map.of("gte", 2015)))).contains("NodeIndexSeekByRange");
		assertThat(countOperators(Map.of("name", Map.of("startsWith", "格")))).contains("NodeIndexSeekByRange");
		assertThat(countOperators(Map.of("founded", Map.of("eq", 2015)))).anyMatch(o -> o.startsWith("NodeIndexSeek"));
		// a page sorted by the filtered property reads both from the range seek; sorted by another key
		// the planner may as well walk that key's index with a small LIMIT (cost-based, data-dependent)
		assertThat(operators(Map.of("founded", Map.of("gte", 2015)), List.of(Map.of("field", "FOUNDED"))))
			.contains("NodeIndexSeekByRange");
	}

	@Test
	void readsTheNameOrderFromTheCollationKeyIndex() {
		// the index gives the order of the first key; only ties of equal names are sorted (PartialTop)
		for (String direction : List.of("ASC", "DESC")) {
			assertThat(operators(Map.of(), List.of(Map.of("field", "NAME", "direction", direction))))
				.contains("NodeIndexScan", "PartialTop").doesNotContain("NodeByLabelScan", "Top");
		}
	}

	@Test
	void readsTheOrderOfAPropertySomeNodesLackFromItsIndexBeforeTheNodesWithoutIt() {
		// nulls are not in a range index: the nodes that have the property come from its index in order,
		// the others are read (after them, or before them backward) only when the page is not full
		int dated = driver.executableQuery("MATCH (e:Enterprise) WHERE e.founded IS NOT NULL RETURN count(e) AS n").execute()
			.records().getFirst().get("n").asInt();
		assertThat(dated).as("firms with a founding year in the fixture").isGreaterThan(1);
		for (String direction : List.of("ASC", "DESC")) {
			for (boolean backward : List.of(false, true)) {
				// a page (and the row that says whether more follow) within the firms with a founding year
				ListQuery query = ListQuery.build(filters, new ListQuery.Request("Enterprise",
						Cypher.node("Enterprise").named("e"), null, Map.of(), Set.of(),
						List.of(Map.of("field", "FOUNDED", "direction", direction)), null, backward, dated - 1, Map.of()));
				ProfiledPlan plan = driver.executableQuery("PROFILE " + query.cypher()).withParameters(query.params())
					.execute().summary().profile();
				Set<String> operators = new java.util.HashSet<>();
				collect(plan, operators);
				assertThat(operators).as(direction + (backward ? " backward" : "")).contains("NodeIndexScan");
				if (!backward) {
					// the page is full from the index: the nodes without a founding year are not read
					assertThat(rowsOf(plan, "NodeByLabelScan")).as(direction + "\n" + query.cypher() + "\n" + tree(plan, ""))
						.isZero();
				}
			}
		}
	}

	private static String tree(ProfiledPlan plan, String indent) {
		StringBuilder out = new StringBuilder(indent + plan.operatorType() + " rows=" + plan.records() + " "
				+ plan.arguments().getOrDefault("Details", org.neo4j.driver.Values.NULL) + "\n");
		plan.children().forEach(c -> out.append(tree(c, indent + "  ")));
		return out.toString();
	}

	/** The rows the operators of a type produced, summed over the plan. */
	private static long rowsOf(ProfiledPlan plan, String operator) {
		long own = plan.operatorType().replaceAll("@.*", "").equals(operator) ? plan.records() : 0;
		return own + plan.children().stream().mapToLong(child -> rowsOf(child, operator)).sum();
	}

	@Test
	void keepsThePageStatementOfARequestAndBuildsItsOwnForAnyOtherValue() {
		Map<String, Object> founded = Map.of("founded", Map.of("gte", 2015));
		ListQuery once = query(founded, null);
		assertThat(query(Map.of("founded", Map.of("gte", 2015)), null)).as("an equal request").isSameAs(once);
		ListQuery other = query(Map.of("founded", Map.of("gte", 2016)), null);
		assertThat(other).isNotSameAs(once);
		assertThat(other.params()).containsValue(2016).doesNotContainValue(2015);
		// a value that changes the statement's text, not only its parameters
		ListQuery absent = query(Map.of("founded", Map.of("isNull", true)), null);
		ListQuery present = query(Map.of("founded", Map.of("isNull", false)), null);
		assertThat(absent.cypher()).isNotEqualTo(present.cypher());
		// a number and a string of the same digits are other values, as are a page after a cursor and the first
		assertThat(query(Map.of("key", Map.of("eq", "2015")), null).params()).containsValue("2015");
		var page = graphQl.document("{ enterprises(where: " + MINE + ", first: 2) { pageInfo { endCursor } } }")
			.execute().path("enterprises.pageInfo.endCursor").entity(String.class).get();
		String second = "{ enterprises(where: " + MINE + ", first: 2, after: \"" + page + "\") { edges { node { key } } } }";
		String first = "{ enterprises(where: " + MINE + ", first: 2) { edges { node { key } } } }";
		for (int i = 0; i < 2; i++) {
			List<String> a = graphQl.document(first).execute().path("enterprises.edges[*].node.key").entityList(String.class).get();
			List<String> b = graphQl.document(second).execute().path("enterprises.edges[*].node.key").entityList(String.class).get();
			assertThat(a).hasSize(2).doesNotContainAnyElementsOf(b);
			assertThat(b).hasSize(2);
		}
	}

	private Set<String> operators(Map<String, Object> where) {
		return operators(where, null);
	}

	/** The plan operators of an enterprises page with this filter and order, as PROFILE reports them. */
	private Set<String> operators(Map<String, Object> where, @Nullable List<Map<String, Object>> orderBy) {
		ListQuery query = query(where, orderBy);
		return profile(query.cypher(), query.params());
	}

	/** The plan operators of the page's count statement (its {@code totalCount}). */
	private Set<String> countOperators(Map<String, Object> where) {
		ListQuery query = query(where, null);
		return profile(query.countCypher(), query.countParams());
	}

	private ListQuery query(Map<String, Object> where, @Nullable List<Map<String, Object>> orderBy) {
		return ListQuery.build(filters, new ListQuery.Request("Enterprise", Cypher.node("Enterprise").named("e"),
				null, where, Set.of(), orderBy, null, false, 10, Map.of()));
	}

	private Set<String> profile(String cypher, Map<String, Object> params) {
		Plan plan = driver.executableQuery("PROFILE " + cypher).withParameters(params).execute().summary().profile();
		Set<String> operators = new java.util.HashSet<>();
		collect(plan, operators);
		return operators;
	}

	private static void collect(Plan plan, Set<String> into) {
		into.add(plan.operatorType().replaceAll("@.*", ""));
		plan.children().forEach(child -> collect(child, into));
	}

	private void error(String where, String code, String message) {
		graphQl.document("{ enterprises(where: " + where + ") { edges { node { key } } } }").execute().errors()
			.satisfy(errors -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.getFirst().getExtensions()).containsEntry("code", code);
				assertThat(errors.getFirst().getMessage()).contains(message);
			})
			.path("enterprises.edges").pathDoesNotExist();
	}

	private List<String> keys(String where) {
		return keys("{AND: [" + MINE + ", " + where + "]}", "[]");
	}

	private List<String> keys(String where, String orderBy) {
		return graphQl.document("{ enterprises(first: 100, where: " + where + ", orderBy: " + orderBy
				+ ") { edges { node { key } } } }").execute().path("enterprises.edges[*].node.key")
			.entityList(String.class).get();
	}

	private record Page(List<String> keys, boolean hasNext, boolean hasPrevious, @Nullable String startCursor,
			@Nullable String endCursor) {
	}

	private Page page(String args, String orderBy) {
		var r = graphQl.document("{ enterprises(" + args + ", where: " + MINE + ", orderBy: " + orderBy
				+ ") { edges { node { key } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }").execute();
		return new Page(r.path("enterprises.edges[*].node.key").entityList(String.class).get(),
				r.path("enterprises.pageInfo.hasNextPage").entity(Boolean.class).get(),
				r.path("enterprises.pageInfo.hasPreviousPage").entity(Boolean.class).get(),
				r.path("enterprises.pageInfo.startCursor").entity(String.class).get(),
				r.path("enterprises.pageInfo.endCursor").entity(String.class).get());
	}

}
