package cn.yongxing.silvergraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.yongxing.silvergraph.ingest.Dataset;
import cn.yongxing.silvergraph.ingest.DatasetImporter;
import cn.yongxing.silvergraph.support.WritableGraphTest;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * No financial figure reaches a caller below ANALYST, however it is derived. Two local synthetic firms
 * are identical but for the financial figures of one ({@link #SECRET}: known, distinctive figures).
 * Every field of {@code Enterprise} a VIEWER can select (generated from the schema, four levels deep),
 * every rule set's assessment and candidate list are asked anonymously: the figures appear nowhere in
 * the response text, and the two firms' assessments are the same, so no status, point or score
 * derived from the figures tells them apart. An ANALYST sees the figures (the test can fail). The
 * query limits are lifted so that whole subtrees can be asked in one request.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "silvergraph.embedded.data-directory=target/it-neo4j/sensitivity-${random.uuid}",
				"silvergraph.embedded.bolt-port=0", "silvergraph.limits.max-complexity=1000000000",
				"silvergraph.limits.cypher-timeout=15s", "silvergraph.rate-limit.enabled=false",
				"silvergraph.security.api-keys[0].name=test-analyst", "silvergraph.security.api-keys[0].role=ANALYST",
				"silvergraph.security.api-keys[0].sha256=265aeb5fecea980bd6435a0ba6d0de49ea471d4a9d7a23624579e59d7158aeec" })
@AutoConfigureHttpGraphQlTester
class FinancialSensitivityIT {

	static final String SECRET = "synthetic-secret-figures";

	static final String TWIN = "synthetic-secret-twin";

	/** The figures as the engine writes them (revenue 135.79 M, debt ratio 43.21 %, margin 5.73 % …). */
	static final List<String> FIGURES = List.of("135.79", "118.23", "97.65", "121.11", "104.56", "89.19", "15.83",
			"3.36", "4.57", "8.55", "5.73", "43.21", "12.34", "15.51", "135790000", "1.3579E8");

	static boolean loaded;

	@Autowired
	GraphQlSource graphQlSource;

	@LocalServerPort
	int port;

	WebTestClient http;

	@BeforeEach
	void load(@Autowired DatasetImporter importer) {
		http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(60))
			.build();
		if (loaded) {
			return;
		}
		String src = "synthetic-sensitivity";
		var files = new LinkedHashMap<String, String>();
		files.put("sources.csv", "key,title,publisher,date,url,kind,note\n" + src
				+ ",Synthetic sensitivity fixture,tests,2024,,SYNTHETIC,Invented figures for tests only\n");
		files.put("enterprises.csv", "key,name,founded,local,ownership,source,excerpt\n"
				+ SECRET + ",保密公司,2016,true,PRIVATE," + src + ",synthetic\n"
				+ TWIN + ",孪生公司,2016,true,PRIVATE," + src + ",synthetic\n");
		files.put("financials.csv", "enterprise,year,revenue,mainBusinessRevenue,rdExpense,netProfit,debtRatio,"
				+ "equityRaised,employees,rdStaff,source,excerpt\n"
				+ SECRET + ",2021,97650000,88880000,3210000,5010000,0.4711,0,160,22," + src + ",synthetic\n"
				+ SECRET + ",2022,118230000,104560000,3980000,6100000,0.4567,0,170,25," + src + ",synthetic\n"
				+ SECRET + ",2023,135790000,121110000,4567800,7780767,0.4321,12340000,187,29," + src + ",synthetic\n");
		assertThat(importer.importDataset(new Dataset(files), false).problems()).isEmpty();
		loaded = true;
	}

	@Test
	void viewersFindNoFinancialFigureInAnyFieldTheyCanReach() {
		List<String> bodies = new ArrayList<>();
		GraphQLFieldsContainer enterprise = (GraphQLFieldsContainer) schema().getType("Enterprise");
		for (GraphQLFieldDefinition field : enterprise.getFieldDefinitions()) {
			String selection = selection(field, 4);
			if (selection != null) {
				bodies.add(viewer("{ enterprise(id: \"Enterprise:" + SECRET + "\") { " + selection + " } }"));
				bodies.add(viewer("{ node(id: \"Enterprise:" + SECRET + "\") { ... on Enterprise { " + selection
						+ " } } }"));
			}
		}
		for (String ruleSet : ruleSets()) {
			bodies.add(viewer("{ enterprise(id: \"Enterprise:" + SECRET + "\") { tierAssessment(ruleSet: \"" + ruleSet
					+ "\") { " + assessment() + " } } }"));
			bodies.add(viewer("{ littleGiantCandidates(ruleSet: \"" + ruleSet + "\", first: 100) { totalCount"
					+ " pageInfo { hasNextPage endCursor } edges { cursor node { enterprise { key } " + assessment()
					+ " } } } }"));
		}
		bodies.add(viewer("{ search(text: \"保密公司\") { __typename } }"));

		String all = String.join("\n", bodies);
		assertThat(FIGURES).allSatisfy(figure -> assertThat(all).doesNotContain(figure));
		// the only errors are the raw financial fields' FORBIDDEN ones
		assertThat(bodies).filteredOn(b -> List.of("LIMIT_EXCEEDED", "INTERNAL_ERROR", "BAD_REQUEST").stream().anyMatch(b::contains))
			.isEmpty();

		// an analyst asking the same sees the figures: the search above looks for the right strings
		String analyst = post(WritableGraphTest.ANALYST_KEY, "{ enterprise(id: \"Enterprise:" + SECRET
				+ "\") { financials { revenue } " + ruleSets().stream()
					.map(r -> "_" + r.replace('-', '_') + ": tierAssessment(ruleSet: \"" + r + "\") { " + assessment() + " }")
					.collect(Collectors.joining(" ")) + " } }");
		assertThat(analyst).contains("135.79", "43.21", "5.73", "89.19", "1.3579E8");
	}

	@Test
	void viewersGetTheSameAssessmentForAFirmWithFiguresAsForItsTwinWithout() {
		for (String ruleSet : ruleSets()) {
			String query = "query($id: ID!) { enterprise(id: $id) { tierAssessment(ruleSet: \"" + ruleSet + "\") { "
					+ assessment() + " } } }";
			String secret = viewer(query, SECRET);
			String twin = viewer(query, TWIN);
			assertThat(secret).as(ruleSet).isEqualTo(twin).contains("\"withheld\":true");
			assertThat(post(WritableGraphTest.ANALYST_KEY, query, SECRET)).as(ruleSet + " for an analyst")
				.isNotEqualTo(post(WritableGraphTest.ANALYST_KEY, query, TWIN));

			// in the ranking the two are neighbours with the same status and score (ties go by key)
			String page = viewer("{ littleGiantCandidates(ruleSet: \"" + ruleSet + "\", first: 100) { edges { node {"
					+ " enterprise { key } status score maxScore } } } }");
			assertThat(page).containsPattern("\"key\":\"" + SECRET + "\"},(\"status\":\"\\w+\",\"score\":[\\d.]+,"
					+ "\"maxScore\":[\\d.]+)\\}\\},\\{\"node\":\\{\"enterprise\":\\{\"key\":\"" + TWIN + "\"},\\1");
		}
	}

	private String assessment() {
		String criterion = "code group name nameEn kind status actual threshold distance source sources { title excerpt }"
				+ " sensitive withheld points maxPoints";
		return "score maxScore status dataCompleteness missingData ruleSet { code } criteria { " + criterion
				+ " details { " + criterion + " details { " + criterion + " details { " + criterion + " } } } }";
	}

	private List<String> ruleSets() {
		return List.of("MIIT-2022-LITTLE-GIANT", "MIIT-2022-SPECIALIZED", "MIIT-2022-INNOVATIVE", "MIIT-2026-LITTLE-GIANT")
			.stream().filter(code -> post(null, "{ tierRuleSets { code } }").contains("\"" + code + "\""))
			.toList();
	}

	private GraphQLSchema schema() {
		return graphQlSource.schema();
	}

	/** The field with every sub-field a selection may hold without arguments, {@code depth} levels deep. */
	private static String selection(GraphQLFieldDefinition field, int depth) {
		boolean needsArguments = field.getArguments().stream()
			.anyMatch(a -> a.getType() instanceof GraphQLNonNull && !a.hasSetDefaultValue());
		if (needsArguments || field.getName().startsWith("__")) {
			return null;
		}
		GraphQLType type = GraphQLTypeUtil.unwrapAll(field.getType());
		if (!(type instanceof GraphQLFieldsContainer container)) {
			return GraphQLTypeUtil.isLeaf(type) ? field.getName() : field.getName() + " { __typename }";
		}
		if (depth == 0) {
			return null;
		}
		String inner = container.getFieldDefinitions().stream()
			.map(f -> selection(f, depth - 1))
			.filter(s -> s != null)
			.collect(Collectors.joining(" "));
		return inner.isEmpty() ? null : field.getName() + " { " + inner + " }";
	}

	private String viewer(String query) {
		return post(null, query);
	}

	private String viewer(String query, String key) {
		return post(null, query, key);
	}

	private String post(String apiKey, String query) {
		return post(apiKey, query, null);
	}

	private String post(String apiKey, String query, String key) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		if (key != null) {
			body.put("variables", Map.of("id", "Enterprise:" + key));
		}
		var request = http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON);
		if (apiKey != null) {
			request = request.header(ApiKeys.HEADER, apiKey);
		}
		String text = request.bodyValue(body).exchange().expectStatus().isOk().expectBody(String.class)
			.returnResult().getResponseBody();
		return key == null ? text : text.replace(key, "ENTERPRISE").replace("保密公司", "NAME").replace("孪生公司", "NAME");
	}

}
