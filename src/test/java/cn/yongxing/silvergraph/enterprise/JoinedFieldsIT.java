package cn.yongxing.silvergraph.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.graph.Joins;
import cn.yongxing.silvergraph.graph.NodeType;
import cn.yongxing.silvergraph.graph.Projection;
import cn.yongxing.silvergraph.graph.Relations;
import cn.yongxing.silvergraph.ingest.Dataset;
import cn.yongxing.silvergraph.ingest.DatasetImporter;
import cn.yongxing.silvergraph.support.CypherStatements;
import cn.yongxing.silvergraph.synthetic.SyntheticCluster;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Relation fields read inside their parent's statement ({@link Joins}) answer exactly what their own
 * batched statements answer — data, order, nulls, errors — for nested, aliased, fragmented, paged and
 * guarded selections, in fewer statements.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "silvergraph.embedded.data-directory=target/it-neo4j/${random.uuid}",
				"silvergraph.embedded.bolt-port=0", "silvergraph.embedded.transaction-timeout=120s",
				"silvergraph.limits.cypher-timeout=15s", "spring.test.webtestclient.timeout=60s",
				// statements are counted: no background refresh of analyses after the import
				"silvergraph.analytics.cache.refresh-after-write=0" })
@AutoConfigureHttpGraphQlTester
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JoinedFieldsIT {

	private static final String RELATIONS = """
			key name
			park { key name }
			products { capacityT outputT year purity status product { key name } enterprise { key } sources { key } }
			materials { volumeT year material { key } sources { key } }
			partners { kind since projectKey institution { key name } enterprise { key } sources { key excerpt } }
			customers { volumeT year productKey product { key } sources { key }
			  supplier { key } customer { key name park { key } products { product { key } } patents(first: 2) { totalCount edges { cursor node { number } } } } }
			suppliers { volumeT year product { key } supplier { key customers { customer { key } } } customer { key } }
			standards { role standard { key } sources { key } }
			platforms { key }
			patents(first: 3) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { number title type } } }
			defaultPatents: patents { totalCount edges { node { key } } }
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	MeterRegistry meters;

	@Autowired
	Joins joins;

	@BeforeAll
	void loadASmallSyntheticClusterBesideTheSeed(@Autowired DatasetImporter importer, @TempDir Path cluster) {
		SyntheticCluster.generate(0.05, 11, cluster);
		var report = importer.importDataset(Dataset.fromDirectory(cluster), false);
		assertThat(report.problems()).isEmpty();
	}

	@AfterEach
	void joinsBackOn() {
		joins.enabled(true);
	}

	@Test
	void pagesOfEnterprisesWithEveryJoinedRelationAnswerAsTheBatchedFields() {
		String page = "query($after: String) { enterprises(first: 6, after: $after, orderBy: [{ field: NAME }]) { edges { cursor node { "
				+ RELATIONS + " } } pageInfo { hasNextPage endCursor } } }";
		String after = null;
		int pages = 0;
		StringBuilder all = new StringBuilder();
		do {
			Map<String, Object> variables = after == null ? Map.of() : Map.of("after", after);
			Map<String, Object> joined = answer(page, variables);
			assertThat(joined).doesNotContainKey("errors").isEqualTo(batched(page, variables));
			all.append(joined);
			Map<?, ?> info = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) joined.get("data")).get("enterprises")).get("pageInfo");
			after = Boolean.TRUE.equals(info.get("hasNextPage")) ? (String) info.get("endCursor") : null;
			pages++;
		}
		while (after != null);
		assertThat(pages).isGreaterThan(8);
		// every relation selected is joined, three levels deep: one statement for a page
		long before = CypherStatements.sent(meters);
		answer(page, Map.of());
		assertThat(CypherStatements.sent(meters) - before).isEqualTo(1);
		assertThat(all.toString()).contains("productKey=", "totalCount=", "excerpt=", "role=");
	}

	@Test
	void lookupsByIdCreditCodeAndNameAnswerAsTheBatchedFields() {
		for (String args : List.of("id: \"Enterprise:tengchi\"", "name: \"湖南腾驰环保科技有限公司\"",
				"id: \"Enterprise:no-such-firm\"")) {
			String lookup = "{ enterprise(" + args + ") { " + RELATIONS + " } }";
			assertThat(answer(lookup)).isEqualTo(batched(lookup));
		}
	}

	@Test
	void aliasesFragmentsCursorsAndGuardedFieldsAnswerAsTheBatchedFields() {
		String after = graphQl.document("{ enterprises(first: 40) { edges { node { patents(first: 1) { edges { cursor } } } } } }")
			.execute()
			.path("enterprises.edges[*].node.patents.edges[*].cursor")
			.entityList(String.class)
			.get()
			.getFirst();
		String query = """
				query($after: String) { enterprises(first: 30) { edges { node {
				  a: products { product { key } }
				  b: products { capacityT }
				  ...F
				  ... on Enterprise { partners { kind } }
				  patents(first: 2, after: $after) { edges { node { number } } }
				  financials { year revenue }
				  customers { customer { key patents(first: 1, after: $after) { totalCount } } }
				} } } }
				fragment F on Enterprise { a: products { product { name } } park { key } }""";
		Map<String, Object> variables = Map.of("after", after);
		Map<String, Object> joined = answer(query, variables);
		assertThat(joined.toString()).contains("FORBIDDEN", "number=");
		assertThat(joined).isEqualTo(batched(query, variables));
	}

	@Test
	void theBenchmarksEnterpriseDetailIsOneStatementAndTheNestedPageTwo() {
		String detail = """
				{ enterprise(id: "Enterprise:tengchi") { key name park { key name }
				  products { capacityT product { key name } }
				  patents(first: 10) { edges { node { number title type } } }
				  partners { kind institution { key name } } } }""";
		assertThat(statements(detail)).isEqualTo(1);
		String nested = """
				{ enterprises(where: { metal: "Ag" }, orderBy: [{ field: NAME }], first: 50) { edges { node { key name
				  customers { volumeT customer { key name products { product { key name } } } } } } } }""";
		long observedCustomers = fetchesObserved("customers");
		assertThat(statements(nested)).isEqualTo(1);
		// a joined field is not a fetch: no data fetcher observation for it
		assertThat(fetchesObserved("customers")).isEqualTo(observedCustomers);
		joins.enabled(false);
		assertThat(statements(detail)).isEqualTo(5);
		assertThat(statements(nested)).isEqualTo(3);
		assertThat(fetchesObserved("customers")).isGreaterThan(observedCustomers);
	}

	/** Every declared relation of every type, below every root that returns nodes. */
	private static final List<String> DECLARED = List.of("""
			{ metals { key chain { key metal { key } stages { key order products { key } } } standards { key metals { key } } } }""", """
			{ metals { key products { key metal { key } inputs { key } outputs { key stages { key } } } } }""", """
			{ metal(symbol: "Ag") { products { key materials { key products { key } processors { key park { key } } }
			  patents { key holders { id } concerns { id } } standards { key drafters { id } } } } }""", """
			{ parks { key parent { key parent { key } } children { key } enterprises { key city { key } province { key } } } }""", """
			{ park(id: "Park:yongxing-edz") { key children { key enterprises { key park { key } region { key parent { key } } } } } }""", """
			{ industryChain(metal: "Ag") { key metal { key chain { key } } stages { order products { key outputs { key } } } } }""", """
			{ a: node(id: "Metal:Ag") { id ... on Metal { products { key stages { key } } } }
			  b: node(id: "Park:bailin-park") { ... on Park { enterprises { key metals { key } platforms { key operator { id } } } } }
			  c: node(id: "Enterprise:tengchi") { ... on Enterprise { park { key parent { key } } city { key } } }
			  d: node(id: "Metal:no-such-metal") { id } }""", """
			{ metal(symbol: "Ag") { products { key producers { capacityT status enterprise { key park { key } } product { key } sources { key } }
			  localProducers { enterprise { key } } outsideProducers { enterprise { key } } } } }""", """
			{ node(id: "Institution:cas") { ... on Institution { key partners { kind since sources { key excerpt }
			  enterprise { key customers { volumeT customer { key } product { key } } } institution { key region { key } } } } } }""", """
			{ products(first: 8) { edges { cursor node { key metal { key } stages { key } producers { enterprise { key } } } } } }""", """
			{ patents(first: 5) { edges { node { key holders { id } } } } standards(first: 5) { edges { node { key metals { key } } } }
			  institutions(first: 5) { edges { node { key region { key } partners { kind enterprise { key } } } } } }""", """
			{ enterprises(first: 10, orderBy: [{ field: NAME }]) { edges { node { key park { key parent { key } }
			  metals { key standards { key } } products { product { key metal { key } inputs { key } } } } } } }""", """
			{ designations(first: 30) { edges { node { key holders { year level holder { id } product { key metal { key } }
			  designation { key } sources { key } } } } }
			  projects(first: 30) { edges { node { key participants { role participant { id } project { key concerns { id } } } } } }
			  clusters(first: 3) { edges { node { key designations { year level designation { key holders { holder { id } } } }
			    targets { kind holder { id } target { id } sources { key } }
			    investors { kind year enterprise { key park { key } } target { id } } } } } }""", """
			{ enterprises(first: 40, orderBy: [{ field: NAME }]) { edges { node { key
			  designations { year level designation { key name } product { key } holder { id } }
			  projects { role project { key participants { participant { id } } } }
			  investments { kind year enterprise { key } target { id } } } } }
			  institutions(first: 20) { edges { node { key projects { role project { key } participant { id } } } } }
			  parks { key designations { year designation { key } } } }""", """
			{ metals { key shares { scope basis value year definition conflicting preferred rank conflictsWith { value year }
			    holder { id } metal { key chain { key } } sources { key } }
			  outputs { year tonnes conflicting preferred rank conflictsWith { tonnes } holder { id } metal { key } } }
			  enterprises(first: 40, orderBy: [{ field: NAME }]) { edges { node { key
			    shares { scope value conflicting rank holder { id } metal { key products { key } } } } } } }""", """
			{ patents(first: 8) { edges { node { key holders { id ... on Enterprise { park { key } products { product { key } } }
			    ... on Institution { region { key } partners { enterprise { key } } } }
			  concerns { ... on Product { metal { key } } ... on Metal { products { key } } } } } } }""", """
			{ designations(first: 30) { edges { node { key holders { holder { ... on Park { enterprises { key } parent { key } }
			    ... on Cluster { region { key parent { key } } } ... on Enterprise { metals { key } } } } } } }
			  platforms(first: 10) { edges { node { key operator { ... on Enterprise { park { key } } ... on Institution { region { key } } } } } } }""", """
			{ projects(first: 30) { edges { node { key participants { participant { ... on Institution { region { key } }
			    ... on Enterprise { park { key } } ... on Cluster { region { key } } } } } } }
			  clusters(first: 3) { edges { node { key targets { target { ... on Product { metal { key } } ... on Metal { chain { key } } } }
			    investors { target { ... on Cluster { region { key } } } } } } } }""", """
			{ enterprises(first: 25, orderBy: [{ field: NAME }]) { edges { node { key
			  materials { volumeT year material { key products { key } } enterprise { key } }
			  standards { role standard { key metals { key } } }
			  partners { kind since institution { key region { key } } enterprise { key } }
			  suppliers { volumeT year supplier { key park { key } } customer { key } product { key metal { key } } } } } } }""", """
			{ a: node(id: "Indicator:agglomeration") { ... on Indicator { key subject { id ... on Cluster { region { key } } } } }
			  b: node(id: "Indicator:hn-top50-share") { ... on Indicator { key subject { id } } } }""", """
			{ clusters(first: 3) { edges { node { key indicators { key value year measure conflicting preferred rank
			    conflictsWith { key value } subject { id ... on Cluster { region { key } } } } } } }
			  enterprises(first: 40, orderBy: [{ field: NAME }]) { edges { node { key
			    indicators { key name value conflicting preferred rank subject { id } } } } } }""", """
			{ clusters(first: 3) { edges { node { key indicators { key value conflictsWith { key value } } } } } }""");

	@Test
	void everyDeclaredRelationAnswersFromEveryRootAsItsBatchLoader() {
		StringBuilder all = new StringBuilder();
		for (String query : DECLARED) {
			Map<String, Object> joined = answer(query);
			assertThat(joined).as(query).doesNotContainKey("errors").isEqualTo(batched(query));
			all.append(joined);
		}
		// relations of each kind came back filled: to one, to many, over two hops, of any label, any length
		assertThat(all.toString()).contains("parent={key=yongxing-edz", "children=[{key=bailin-park",
				"holders=[{id=Enterprise:", "concerns=[{id=Product:", "city={key=chenzhou}", "province={key=hunan}",
				"metals=[{key=Ag", "stages=[{key=ag-2}", "outputs=[{key=dore}", "chain={key=chain-ag}", "d=null",
				"producers=[{capacityT=", "localProducers=[{enterprise={key=", "partners=[{kind=",
				"products={edges=[{cursor=", "holders=[{year=", "participants=[{role=", "targets=[{kind=",
				"investors=[{kind=", "investments=[{kind=", "projects=[{role=", "designations=[{year=",
				"shares=[{scope=", "outputs=[{year=", "conflicting=true", "operator={park={key=", "holder={enterprises=[{key=",
				"participant={region={key=", "target={metal={key=", "indicators=[{key=", "rank=2", "conflictsWith=[{key=");
	}

	/** The comparison above reaches every declared relation of every type, walked over the schema. */
	@Test
	void theComparisonReachesEveryDeclaredRelation(@Autowired List<Relations.Declared> declared,
			@Autowired org.springframework.graphql.execution.GraphQlSource source) {
		java.util.Set<String> reached = new java.util.TreeSet<>();
		for (String query : DECLARED) {
			graphql.analysis.QueryTraverser.newQueryTraverser()
				.schema(source.schema())
				.document(graphql.parser.Parser.parse(query))
				.variables(Map.of())
				.build()
				.visitPreOrder(new graphql.analysis.QueryVisitorStub() {
					@Override
					public void visitField(graphql.analysis.QueryVisitorFieldEnvironment env) {
						var parent = graphql.schema.GraphQLTypeUtil.unwrapAll(env.getParentType());
						reached.add(parent.getName() + "." + env.getField().getName());
					}
				});
		}
		List<String> relations = declared.stream().flatMap(d -> d.relations().stream())
			.map(r -> r.type() + "." + r.field()).toList();
		assertThat(relations).hasSizeGreaterThan(50);
		assertThat(reached).containsAll(relations);
	}

	@Test
	void anyRootAndAnyDepthOfDeclaredRelationsIsOneStatement() {
		for (String query : DECLARED) {
			// a root of several fields (node with aliases) sends one statement per root field
			long roots = graphql.parser.Parser.parse(query).getDefinitionsOfType(graphql.language.OperationDefinition.class)
				.getFirst().getSelectionSet().getSelections().size();
			assertThat(statements(query)).as(query).isEqualTo(roots);
			joins.enabled(false);
			try {
				assertThat(statements(query)).as(query).isGreaterThan(roots);
			}
			finally {
				joins.enabled(true);
			}
		}
	}

	/**
	 * A join reads of its nodes only the properties the selection needs ({@code Projection}): every node
	 * record must map from its components' properties alone as from the whole node, and must not fail
	 * on its required ones alone.
	 */
	@Test
	void everyNodeRecordMapsFromItsComponentsPropertiesAsFromTheWholeNode(@Autowired List<NodeType> types,
			@Autowired org.neo4j.driver.Driver driver) {
		int checked = 0;
		for (NodeType type : types) {
			String all = String.join(", ", Projection.components(type.type()).stream().map(p -> "." + p).toList());
			String required = String.join(", ", Projection.required(type.type()).stream().map(p -> "." + p).toList());
			var rows = driver.executableQuery("MATCH (n:" + type.label() + ") RETURN n, n {" + all + "} AS p, n {"
					+ required + "} AS q ORDER BY n.key LIMIT 300").execute().records();
			for (var row : rows) {
				assertThat(type.mapper().apply(row.get("p"))).as(type.label() + " " + row.get("n").get("key"))
					.isEqualTo(type.mapper().apply(row.get("n")));
				assertThat(type.mapper().apply(row.get("q"))).isNotNull();
				checked++;
			}
		}
		assertThat(checked).as("nodes checked").isGreaterThan(500);
	}

	@Test
	void rootListsPageThroughEveryNodeOfATypeByKeyWithoutGapsOrRepeats() {
		for (String list : List.of("products", "patents", "standards", "institutions")) {
			String query = "query($after: String) { " + list
					+ "(first: 7, after: $after) { totalCount edges { node { key } } pageInfo { hasNextPage endCursor } } }";
			List<String> keys = new java.util.ArrayList<>();
			String after = null;
			int total;
			do {
				var page = graphQl.document(query).variable("after", after).execute();
				keys.addAll(page.path(list + ".edges[*].node.key").entityList(String.class).get());
				total = page.path(list + ".totalCount").entity(Integer.class).get();
				after = page.path(list + ".pageInfo.hasNextPage").entity(Boolean.class).get()
						? page.path(list + ".pageInfo.endCursor").entity(String.class).get() : null;
			}
			while (after != null);
			assertThat(keys).as(list).hasSize(total).isSorted().doesNotHaveDuplicates();
			assertThat(total).as(list).isGreaterThan(7);
		}
		graphQl.document("{ products(first: 2, after: \"bm9wZQ\") { edges { cursor } } }").execute().errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT")));
	}

	private long fetchesObserved(String field) {
		return meters.find("graphql.datafetcher").tag("graphql.field.name", field).timers().stream()
			.mapToLong(io.micrometer.core.instrument.Timer::count)
			.sum();
	}

	private long statements(String query) {
		long before = CypherStatements.sent(meters);
		answer(query);
		return CypherStatements.sent(meters) - before;
	}

	private Map<String, Object> batched(String query) {
		return batched(query, Map.of());
	}

	private Map<String, Object> batched(String query, Map<String, Object> variables) {
		joins.enabled(false);
		try {
			return answer(query, variables);
		}
		finally {
			joins.enabled(true);
		}
	}

	private Map<String, Object> answer(String query) {
		return answer(query, Map.of());
	}

	private Map<String, Object> answer(String query, Map<String, Object> variables) {
		var request = graphQl.document(query);
		variables.forEach(request::variable);
		return request.execute().returnResponse().toMap();
	}

}
