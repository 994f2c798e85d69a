package cn.yongxing.silvergraph.giant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.ingest.Dataset;
import cn.yongxing.silvergraph.ingest.DatasetImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Three synthetic firms computed by hand against MIIT-2022-LITTLE-GIANT, on a graph of their own
 * (no seed), with a chain-role source plugged in the way the chain analysis will be. Each has 300
 * employees, so each is an SME (the scope check before the 11 criteria passes):
 * <ul>
 * <li>fx-alpha: all 11 criteria pass — QUALIFIED, score 100;</li>
 * <li>fx-beta: the same but a 2023 debt ratio of 80 % against ≤ 70 % (14 % over, within the 20 %
 * margin) — NEAR, score 90.9 (10 of 11 pass);</li>
 * <li>fx-gamma: main business 50 % (FAIL), debt 90 % (FAIL), no chain product on record (UNKNOWN,
 * not FAIL: the graph names only some products), R&D 1 % (FAIL inside the general innovation route,
 * whose direct routes are unknown) — UNLIKELY, score 18.2 (2 of 11 pass: years in the niche, growth).</li>
 * </ul>
 * Today the 2026 rules are in force; the queries name the 2022 set or an {@code asOf} before April 2026.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "silvergraph.embedded.data-directory=target/it-neo4j/${random.uuid}",
				"silvergraph.embedded.bolt-port=0", "silvergraph.seed.enabled=false",
				// criteria values of financial criteria are for analysts: this suite reads them as one
				"silvergraph.security.api-keys[0].name=test-analyst", "silvergraph.security.api-keys[0].role=ANALYST",
				"silvergraph.security.api-keys[0].sha256=265aeb5fecea980bd6435a0ba6d0de49ea471d4a9d7a23624579e59d7158aeec" })
@AutoConfigureHttpGraphQlTester
@Import(LittleGiantFixtureIT.ChainRoles.class)
class LittleGiantFixtureIT {

	private static final String SRC = "synthetic-giant";

	private static final String EX = "Synthetic test fixture.";

	private static boolean loaded;

	@Autowired
	HttpGraphQlTester graphQl;

	HttpGraphQlTester anonymous;

	@Autowired
	DatasetImporter importer;

	@TestConfiguration
	static class ChainRoles {

		@Bean
		@Primary
		ChainRoleSource fixtureChainRoles() {
			return keys -> Map.of("fx-alpha", new ChainRoleSource.Role("FILLS_GAP", "synthetic: makes silver paste"),
					"fx-beta", new ChainRoleSource.Role("STRONG_LINK", "synthetic"),
					"fx-gamma", new ChainRoleSource.Role("NONE", "synthetic"));
		}

	}

	@BeforeEach
	void loadFixture() {
		// a shared 2-core machine: the first requests of a fresh context can exceed the 5 s default
		anonymous = graphQl.mutate().responseTimeout(java.time.Duration.ofSeconds(30))
			.webTestClient(client -> client.responseTimeout(java.time.Duration.ofSeconds(30))).build();
		graphQl = graphQl.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).header("X-API-Key", "test-analyst-key")
			.webTestClient(client -> client.responseTimeout(java.time.Duration.ofSeconds(30))).build();
		if (loaded) {
			return;
		}
		var files = new java.util.LinkedHashMap<String, String>();
		files.put("sources.csv", "key,title,publisher,date,url,kind,note\n" + SRC
				+ ",Synthetic little-giant fixture,tests,2024,,SYNTHETIC,Invented figures for tests only\n");
		files.put("metals.csv", "symbol,name,nameZh,group,source,excerpt\nTe,Tellurium,碲,SCATTERED," + SRC + "," + EX + "\n");
		files.put("enterprises.csv", "key,creditCode,name,nameEn,shortName,founded,employees,rdStaff,local,ownership,park,source,excerpt\n"
				+ firm("fx-alpha", "甲公司", 2015) + firm("fx-beta", "乙公司", 2015) + firm("fx-gamma", "丙公司", 2020));
		files.put("financials.csv", "enterprise,year,revenue,mainBusinessRevenue,rdExpense,netProfit,debtRatio,equityRaised,employees,rdStaff,source,excerpt\n"
				+ years("fx-alpha", 0.45) + years("fx-beta", 0.80)
				+ fin("fx-gamma", 2021, 100e6, 50e6, 1e6, 0.9) + fin("fx-gamma", 2022, 110e6, 55e6, 1e6, 0.9)
				+ fin("fx-gamma", 2023, 120e6, 60e6, 1.2e6, 0.9));
		files.put("patents.csv", "number,title,type,ipc,filed,granted,source,excerpt\n"
				+ "CN202310000001.5,Synthetic A,INVENTION,,2023,,%s,%s\nCN202310000002.X,Synthetic B,INVENTION,,2023,,%s,%s\n"
					.formatted(SRC, EX, SRC, EX));
		files.put("holds.csv", "holder,patent,source,excerpt\n" + holds("fx-alpha") + holds("fx-beta"));
		files.put("platforms.csv", "key,name,nameEn,kind,level,operator,source,excerpt\n"
				+ "alpha-centre,甲中心,Alpha centre,TECH_CENTRE,PROVINCIAL,Enterprise:fx-alpha,%s,%s\n".formatted(SRC, EX)
				+ "beta-centre,乙中心,Beta centre,TECH_CENTRE,PROVINCIAL,Enterprise:fx-beta,%s,%s\n".formatted(SRC, EX));
		StringBuilder designations = new StringBuilder("key,name,nameEn,level,kind,source,excerpt\n");
		StringBuilder held = new StringBuilder("holder,designation,year,level,product,source,excerpt\n");
		for (String kind : List.of("DIGITAL", "CERTIFICATION", "BRAND", "PRODUCT_FIELD")) {
			designations.append("fx-%s,合成%s,Synthetic %s,NATIONAL,%s,%s,%s\n".formatted(kind, kind, kind, kind, SRC, EX));
			for (String firm : List.of("fx-alpha", "fx-beta")) {
				held.append("Enterprise:%s,fx-%s,2023,,,%s,%s\n".formatted(firm, kind, SRC, EX));
			}
		}
		files.put("designations.csv", designations.toString());
		files.put("designations_held.csv", held.toString());
		files.put("shares.csv", "metal,holder,scope,basis,value,year,qualifier,source,excerpt\n"
				+ "Te,Enterprise:fx-alpha,NATIONAL,OUTPUT,0.12,2023,EXACT,%s,Alpha makes 12%% of China's tellurium.\n".formatted(SRC)
				+ "Te,Enterprise:fx-beta,NATIONAL,OUTPUT,0.11,2023,EXACT,%s,%s\n".formatted(SRC, EX));
		var report = importer.importDataset(new Dataset(files), false);
		assertThat(report.problems()).isEmpty();
		loaded = true;
	}

	private static String firm(String key, String name, int founded) {
		return "%s,,%s,%s,,%d,,,true,PRIVATE,,%s,%s\n".formatted(key, name, key, founded, SRC, EX);
	}

	private static String years(String key, double debt2023) {
		return fin(key, 2021, 170e6, 150e6, 6e6, 0.5) + fin(key, 2022, 190e6, 165e6, 7e6, 0.48)
				+ fin(key, 2023, 200e6, 180e6, 8e6, debt2023);
	}

	private static String fin(String key, int year, double revenue, double main, double rd, double debt) {
		return "%s,%d,%.0f,%.0f,%.0f,%.0f,%s,0,300,45,%s,%s\n".formatted(key, year, revenue, main, rd, revenue / 10, debt,
				SRC, EX);
	}

	private static String holds(String firm) {
		return "Enterprise:%s,CN202310000001.5,%s,%s\nEnterprise:%s,CN202310000002.X,%s,%s\n".formatted(firm, SRC, EX, firm,
				SRC, EX);
	}

	@Test
	void ranksTheQualifiedTheNearAndTheUnlikelyFirmWithTheirExactCriteria() {
		var response = graphQl.document("""
				{ littleGiantCandidates(asOf: "2026-03-31", first: 10) { totalCount edges { node {
				    enterprise { key } status score
				    criteria { code status actual distance } } } } }""").execute();
		response.path("littleGiantCandidates.totalCount").entity(Integer.class).isEqualTo(3);
		response.path("littleGiantCandidates.edges[*].node.enterprise.key").entityList(String.class)
			.containsExactly("fx-alpha", "fx-beta", "fx-gamma");
		response.path("littleGiantCandidates.edges[*].node.status").entityList(String.class)
			.containsExactly("QUALIFIED", "NEAR", "UNLIKELY");
		response.path("littleGiantCandidates.edges[*].node.score").entityList(Double.class).containsExactly(100.0, 90.9, 18.2);

		response.path("littleGiantCandidates.edges[0].node.criteria[*].status").entityList(String.class)
			.satisfies(s -> assertThat(s).hasSize(12).containsOnly("PASS"));
		response.path("littleGiantCandidates.edges[1].node.criteria[*].status").entityList(String.class)
			.containsExactly("PASS", "PASS", "PASS", "PASS", "PASS", "PASS", "FAIL", "PASS", "PASS", "PASS", "PASS", "PASS");
		response.path("littleGiantCandidates.edges[1].node.criteria[6].distance").entity(String.class)
			.isEqualTo("debt ratio 80% > 70%");
		response.path("littleGiantCandidates.edges[2].node.criteria[*].status").entityList(String.class)
			.containsExactly("PASS", "PASS", "FAIL", "PASS", "UNKNOWN", "UNKNOWN", "FAIL", "UNKNOWN", "UNKNOWN", "UNKNOWN",
					"UNKNOWN", "UNKNOWN");
	}

	@Test
	void assessesViewersWithoutTheFinancialFiguresButShowsTheOtherValues() {
		var response = anonymous.document("""
				{ enterprise(id: "Enterprise:fx-alpha") { tierAssessment(ruleSet: "MIIT-2022-LITTLE-GIANT") { status score
				    criteria { code status actual distance sensitive withheld } } } }""").execute();
		String path = "enterprise.tierAssessment.";
		// all 11 pass with the figures; without them the financial criteria are open
		response.path(path + "status").entity(String.class).isEqualTo("NEAR");
		response.path(path + "criteria[2].sensitive").entity(Boolean.class).isEqualTo(true);
		response.path(path + "criteria[2].withheld").entity(Boolean.class).isEqualTo(true);
		response.path(path + "criteria[2].status").entity(String.class).isEqualTo("UNKNOWN");
		response.path(path + "criteria[2].actual").entity(String.class).isEqualTo("withheld");
		response.path(path + "criteria[2].distance").entity(String.class)
			.isEqualTo("main-business share unknown — collect financial figures (withheld: they need the ANALYST role)");
		response.path(path + "criteria[1].withheld").entity(Boolean.class).isEqualTo(false);
		response.path(path + "criteria[1].actual").entity(String.class).isEqualTo("8 years");
	}

	@Test
	void explainsTheUnlikelyFirmCriterionByCriterion() {
		var response = graphQl.document("""
				{ enterprise(id: "Enterprise:fx-gamma") { tierAssessment(asOf: "2025-12-31") { status dataCompleteness missingData
				    criteria { code status actual threshold distance sensitive } } } }""").execute();
		String path = "enterprise.tierAssessment.";
		response.path(path + "status").entity(String.class).isEqualTo("UNLIKELY");
		response.path(path + "criteria[0].status").entity(String.class).isEqualTo("PASS");
		response.path(path + "criteria[2].distance").entity(String.class).isEqualTo("main-business share 50% < 70%");
		response.path(path + "criteria[2].sensitive").entity(Boolean.class).isEqualTo(true);
		response.path(path + "criteria[1].actual").entity(String.class).isEqualTo("3 years");
		response.path(path + "criteria[3].actual").entity(String.class).isEqualTo("9.55%");
		response.path(path + "criteria[10].status").entity(String.class).isEqualTo("UNKNOWN");
		response.path(path + "criteria[10].distance").entity(String.class).satisfies(d -> assertThat(d).contains("this is not a no"));
		response.path(path + "missingData").entityList(String.class)
			.contains("its patent list with the type of each patent: none is recorded for it — for Class I IP");
	}

	@Test
	void citesTheShareBehindTheMarketShareCriterion() {
		graphQl.document("""
				{ enterprise(id: "Enterprise:fx-alpha") { tierAssessment(ruleSet: "MIIT-2022-LITTLE-GIANT") {
				    criteria { code status actual sources { kind excerpt } } } } }""").execute()
			.path("enterprise.tierAssessment.criteria[7].actual").entity(String.class).isEqualTo("≥ 12%")
			.path("enterprise.tierAssessment.criteria[7].sources[0].kind").entity(String.class).isEqualTo("SYNTHETIC")
			.path("enterprise.tierAssessment.criteria[7].sources[0].excerpt").entity(String.class)
			.isEqualTo("Alpha makes 12% of China's tellurium.");
	}

	@Test
	void pagesCandidatesWithKeysetCursorsAndFiltersByStatus() {
		var first = graphQl.document("{ littleGiantCandidates(asOf: \"2026-03-31\", first: 1) { edges { cursor } pageInfo { hasNextPage endCursor } } }")
			.execute();
		first.path("littleGiantCandidates.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("littleGiantCandidates.pageInfo.endCursor").entity(String.class).get();
		graphQl.document("query($after: String) { littleGiantCandidates(asOf: \"2026-03-31\", first: 5, after: $after) { edges { node { enterprise { key } } } } }")
			.variable("after", cursor).execute()
			.path("littleGiantCandidates.edges[*].node.enterprise.key").entityList(String.class)
			.containsExactly("fx-beta", "fx-gamma");
		graphQl.document("{ littleGiantCandidates(asOf: \"2026-03-31\", status: [NEAR, UNLIKELY]) { totalCount } }").execute()
			.path("littleGiantCandidates.totalCount").entity(Integer.class).isEqualTo(2);
	}

	@Test
	void switchesToTheTwentyTwentySixRulesOnTheFirstOfApril() {
		graphQl.document("""
				{ before: littleGiantCandidates(asOf: "2026-03-31", first: 1) { edges { node { ruleSet { code } } } }
				  after: littleGiantCandidates(asOf: "2026-04-01", first: 1) { edges { node { ruleSet { code } } } }
				  today: littleGiantCandidates(first: 1) { edges { node { ruleSet { code } criteria { code } } } } }""")
			.execute()
			.path("before.edges[0].node.ruleSet.code").entity(String.class).isEqualTo("MIIT-2022-LITTLE-GIANT")
			.path("after.edges[0].node.ruleSet.code").entity(String.class).isEqualTo("MIIT-2026-LITTLE-GIANT")
			.path("today.edges[0].node.ruleSet.code").entity(String.class).isEqualTo("MIIT-2026-LITTLE-GIANT")
			.path("today.edges[0].node.criteria[1].code").entity(String.class).isEqualTo("LG26-REVENUE");
	}

	@Test
	void answersAMalformedDateWithBadUserInput() {
		graphQl.document("{ littleGiantCandidates(asOf: \"1 April\") { totalCount } }").execute().errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
				assertThat(e.getMessage()).contains("asOf '1 April' is not an ISO date");
			}));
	}

	@Test
	void writesTheAssessmentInChineseWhenAsked() {
		graphQl.document("""
				{ enterprise(id: "Enterprise:fx-beta") { tierAssessment(asOf: "2026-03-31", lang: ZH) {
				    missingData criteria { code distance } } } }""").execute()
			.path("enterprise.tierAssessment.criteria[6].distance").entity(String.class).isEqualTo("资产负债率 80% > 70%");
	}

	@Test
	void answersAnUnknownRuleSetWithBadUserInput() {
		graphQl.document("{ littleGiantCandidates(ruleSet: \"NOPE\") { totalCount } }").execute().errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
				assertThat(e.getMessage()).contains("Unknown rule set 'NOPE'");
			}));
	}

	@Test
	void servesReportedFinancialsNewestFirst() {
		graphQl.document("{ enterprise(id: \"Enterprise:fx-beta\") { financials { year debtRatio sources { kind } } } }")
			.execute()
			.path("enterprise.financials[*].year").entityList(Integer.class).containsExactly(2023, 2022, 2021)
			.path("enterprise.financials[0].debtRatio").entity(Double.class).isEqualTo(0.8);
	}


	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	private java.net.http.HttpResponse<byte[]> get(String path) throws Exception {
		return get(path, "test-analyst-key");
	}

	private java.net.http.HttpResponse<byte[]> get(String path, @org.jspecify.annotations.Nullable String apiKey)
			throws Exception {
		try (var client = java.net.http.HttpClient.newHttpClient()) {
			var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path));
			if (apiKey != null) {
				request.header("X-API-Key", apiKey);
			}
			return client.send(request.build(),
					java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		}
	}

	@Test
	void exportsTheRankedListAsCsvAndXlsx() throws Exception {
		var csv = get("/export/little-giants.csv?asOf=2026-03-31&lang=ZH");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
		assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(text.split("\r\n")).hasSize(4);
		assertThat(text).contains("1,甲公司,符合,100,", "2,乙公司,接近,90.9,", "3,丙公司,差距较大,18.2,");
		// an anonymous caller gets the list computed without the financial figures, as in the API
		String open = new String(get("/export/little-giants.csv?asOf=2026-03-31&lang=ZH", null).body(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(open).doesNotContain("甲公司,符合").contains("甲公司,接近");

		var xlsx = get("/export/little-giants.xlsx?asOf=2026-03-31&status=NEAR&lang=EN");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
			assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(1);
			assertThat(book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("fx-beta");
		}
		var bad = get("/export/little-giants.pdf");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(new String(bad.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("use csv or xlsx");
	}

}
