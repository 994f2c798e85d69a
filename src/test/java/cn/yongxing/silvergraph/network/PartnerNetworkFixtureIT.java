package cn.yongxing.silvergraph.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import cn.yongxing.silvergraph.ingest.Dataset;
import cn.yongxing.silvergraph.ingest.DatasetImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The partner-network API on a small synthetic network whose answers were worked out by hand
 * ({@code fixtures/network}): a silver group around University I1 (F1, F2, F3, F7), a bismuth
 * group around Institute I3 (F4, F5, co-holding a patent), one supply link F3 → F4 between them,
 * and F6, a silver-powder maker with no links at all.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "silvergraph.embedded.data-directory=target/it-neo4j/network-${random.uuid}",
				"silvergraph.embedded.bolt-port=0", "silvergraph.seed.enabled=false",
				"silvergraph.embedded.transaction-timeout=120s", "spring.mvc.async.request-timeout=180s",
				"silvergraph.security.api-keys[0].name=test-analyst", "silvergraph.security.api-keys[0].role=ANALYST",
				"silvergraph.security.api-keys[0].sha256=265aeb5fecea980bd6435a0ba6d0de49ea471d4a9d7a23624579e59d7158aeec" })
@AutoConfigureHttpGraphQlTester
class PartnerNetworkFixtureIT {

	private static boolean loaded;

	HttpGraphQlTester graphQl;

	@Autowired
	void setGraphQl(HttpGraphQlTester tester) {
		// analytics plan large statements once; give a busy build machine time
		this.graphQl = tester.mutate()
			.webTestClient(client -> client.responseTimeout(java.time.Duration.ofSeconds(120)))
			.responseTimeout(java.time.Duration.ofSeconds(120))
			.build();
	}

	@Autowired
	DatasetImporter importer;

	org.springframework.test.web.reactive.server.WebTestClient web;

	@Autowired
	void setWeb(org.springframework.test.web.reactive.server.WebTestClient client) {
		this.web = client.mutate().responseTimeout(java.time.Duration.ofSeconds(120)).build();
	}

	@BeforeEach
	void loadFixture() {
		if (!loaded) {
			importFixture(importer);
			loaded = true;
		}
	}

	/** Imports the network fixture ({@code fixtures/network}) into an empty store. */
	static void importFixture(DatasetImporter importer) {
		var report = importer.importDataset(Dataset.fromLocation("classpath:fixtures/network/"), false);
		assertThat(report.accepted()).as(report.toString()).isTrue();
	}

	@Test
	void findsTheOneHopNetworkWithTheLinksAtItsRimAndTheirEvidence() {
		var network = graphQl.documentName("partnerNetwork")
			.variable("id", "Enterprise:f1")
			.variable("depth", 1)
			.execute();
		network.path("partnerNetwork.truncated").entity(Boolean.class).isEqualTo(false);
		network.path("partnerNetwork.nodes[*].id")
			.entityList(String.class)
			.containsExactly("Enterprise:f1", "Enterprise:f2", "Institution:i1");
		List<Map<String, Object>> edges = network.path("partnerNetwork.edges").entityList(Map.class).get().stream()
			.map(e -> (Map<String, Object>) e).toList();
		assertThat(edges).extracting(e -> e.get("from") + "-" + e.get("kind") + "-" + e.get("to"))
			.containsExactlyInAnyOrder("Enterprise:f1-COLLABORATION-Institution:i1",
					"Enterprise:f1-JOINT_PROJECT-Enterprise:f2", "Enterprise:f2-COLLABORATION-Institution:i1");
		Map<String, Object> joint = edges.stream().filter(e -> e.get("kind").equals("JOINT_PROJECT")).findFirst()
			.orElseThrow();
		List<Map<String, Object>> evidence = (List<Map<String, Object>>) joint.get("evidence");
		assertThat(evidence).singleElement().satisfies(e -> {
			assertThat(e.get("via")).isEqualTo("Project:p1");
			assertThat((String) e.get("fact")).contains("银粉联合攻关");
			assertThat((List<Map<String, Object>>) e.get("sources")).extracting(s -> s.get("kind"))
				.containsOnly("SYNTHETIC");
		});
		network.path("partnerNetwork.nodes[?(@.id == 'Enterprise:f1')].degree").entityList(Integer.class).containsExactly(2);
	}

	@Test
	void growsTheNetworkHopByHopUpToTheDepthAsked() {
		var network = graphQl.documentName("partnerNetwork")
			.variable("id", "Enterprise:f1")
			.variable("depth", 2)
			.execute();
		network.path("partnerNetwork.nodes[*].id").entityList(String.class)
			.containsExactly("Enterprise:f1", "Enterprise:f2", "Institution:i1", "Enterprise:f3", "Enterprise:f7");
		network.path("partnerNetwork.nodes[?(@.id == 'Enterprise:f3')].distance").entityList(Integer.class).containsExactly(2);
		network.path("partnerNetwork.edges[?(@.kind == 'SUPPLY')].from").entityList(String.class).containsExactly("Enterprise:f2");
		network.path("partnerNetwork.edges").entityList(Object.class).hasSize(6);
	}

	@Test
	void cutsTheNetworkAtTheNodeCapAndSaysSo() {
		var network = graphQl.documentName("partnerNetwork")
			.variable("id", "Enterprise:f1")
			.variable("depth", 3)
			.variable("maxNodes", 2)
			.execute();
		network.path("partnerNetwork.truncated").entity(Boolean.class).isEqualTo(true);
		network.path("partnerNetwork.nodes").entityList(Object.class).hasSize(2);
	}

	@Test
	void rejectsADepthBeyondTheLimitWithABadUserInputError() {
		graphQl.documentName("partnerNetwork")
			.variable("id", "Enterprise:f1")
			.variable("depth", 9)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
				assertThat(e.getMessage()).contains("depth must be between 1 and 3");
			}));
	}

	@Test
	void findsTheShortestPathAcrossTheSupplyBridgeWithEveryHopsEvidence() {
		var path = graphQl.documentName("shortestPath")
			.variable("from", "Enterprise:f1")
			.variable("to", "Enterprise:f4")
			.execute();
		path.path("shortestPath.length").entity(Integer.class).isEqualTo(3);
		path.path("shortestPath.nodes[*].id").entityList(String.class)
			.containsExactly("Enterprise:f1", "Institution:i1", "Enterprise:f3", "Enterprise:f4");
		path.path("shortestPath.hops[2].links[0].kind").entity(String.class).isEqualTo("SUPPLY");
		path.path("shortestPath.hops[2].links[0].evidence[0].fact").entity(String.class).satisfies(
				fact -> assertThat(fact).contains("bi-ingot").contains("3.0 t").contains("2024"));
	}

	@Test
	void answersNoPathWhenItIsLongerThanAllowed() {
		graphQl.documentName("shortestPath")
			.variable("from", "Enterprise:f1")
			.variable("to", "Enterprise:f4")
			.variable("maxLength", 2)
			.execute()
			.path("shortestPath")
			.valueIsNull();
	}

	@Test
	void ranksTheSilverChainLeadersByPageRankAndSaysWhoHasNoLinks() {
		var response = graphQl.document("""
				{ capabilities { gds }
				  chainLeaders(metal: "Ag") { rank partners reasons enterprise { id } } }""").execute();
		response.path("capabilities.gds").entity(Boolean.class).isEqualTo(true);
		response.path("chainLeaders[*].enterprise.id").entityList(String.class)
			.containsExactly("Enterprise:f1", "Enterprise:f7", "Enterprise:f6");
		response.path("chainLeaders[2].reasons[0]").entity(String.class).isEqualTo(
				"no recorded partner links, so no network centrality");
	}

	@Test
	void separatesTheSilverAndBismuthCommunitiesJoinedByOneSupplyLink() {
		var response = graphQl.document("{ partnerCommunities { id size members { id } } }").execute();
		response.path("partnerCommunities[0].members[*].id").entityList(String.class)
			.containsExactly("Enterprise:f1", "Enterprise:f2", "Enterprise:f3", "Enterprise:f7", "Institution:i1");
		response.path("partnerCommunities[1].members[*].id").entityList(String.class)
			.containsExactly("Enterprise:f4", "Enterprise:f5", "Institution:i3");
	}

	@Test
	void recommendsTheSilverUniversityToTheUnlinkedSilverPowderMakerWithItsReasons() {
		var response = graphQl.document("""
				{ partnerRecommendations(enterpriseId: "Enterprise:f6") {
				    partner { id } score reasons { kind weight detail } } }""").execute();
		response.path("partnerRecommendations[0].partner.id").entity(String.class).isEqualTo("Institution:i1");
		response.path("partnerRecommendations[0].reasons[*].kind").entityList(String.class)
			.contains("SAME_METAL", "SAME_STAGE", "SIMILAR_FIRM_PARTNER");
		response.path("partnerRecommendations[0].reasons[*].detail").entityList(String.class)
			.satisfies(details -> assertThat(details).anySatisfy(d -> assertThat(d).contains("甲银粉公司")));
		response.path("partnerRecommendations[0].score").entity(Double.class).isEqualTo(2.8);
		response.path("partnerRecommendations[*].partner.id").entityList(String.class)
			.doesNotContain("Institution:i3");
	}

	@Test
	void findsTheCommonPartnersOfTwoFirms() {
		graphQl.document("""
				{ commonPartners(a: "Enterprise:f1", b: "Enterprise:f3") { partner { id } linksToB { kind } } }""")
			.execute()
			.path("commonPartners[*].partner.id")
			.entityList(String.class)
			.containsExactly("Enterprise:f2", "Institution:i1");
	}

	@Test
	void putsTheHubUniversityOnTopOfThePageRankOfItsNetwork() {
		var nodes = graphQl.documentName("partnerNetworkCentrality")
			.variable("id", "Institution:i1")
			.variable("depth", 3)
			.execute()
			.path("partnerNetwork.nodes")
			.entityList(Map.class)
			.get();
		var top = nodes.stream()
			.max(java.util.Comparator.comparingDouble(n -> ((Number) n.get("centrality")).doubleValue()))
			.orElseThrow();
		assertThat(top.get("id")).isEqualTo("Institution:i1");
	}

	@Test
	void exportsGraphMlAndGexfThatParseWithEveryNodeAndEdgeOfTheNetwork() throws Exception {
		for (String format : List.of("graphml", "gexf")) {
			byte[] file = web.get()
				.uri("/export/network." + format + "?id=Enterprise:f1&depth=2")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.returnResult()
				.getResponseBody();
			var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(file));
			var nodes = xml.getElementsByTagNameNS("*", "node");
			var edges = xml.getElementsByTagNameNS("*", "edge");
			assertThat(nodes.getLength()).as(format).isEqualTo(5);
			assertThat(edges.getLength()).as(format).isEqualTo(6);
			String text = new String(file, java.nio.charset.StandardCharsets.UTF_8);
			assertThat(text).as(format)
				.contains("Enterprise:f1", "甲银粉公司", "F1 Silver Powder", "University I1", "Institution")
				.contains("JOINT_PROJECT", "SUPPLY", "COLLABORATION", "银粉联合攻关");
		}
		String csv = new String(web.get().uri("/export/network.csv").exchange().expectStatus().isOk().expectBody()
			.returnResult().getResponseBody(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv.lines().toList()).first().isEqualTo(
				"\uFEFFsource,target,kind,weight,evidence,sourceType,sourceName,sourceNameEn,targetType,targetName,targetNameEn,directed");
		assertThat(csv).contains("Enterprise:f3,Enterprise:f4,SUPPLY,1.0").contains("Enterprise:f6,,");
		web.get().uri("/export/network.svg").exchange().expectStatus().isBadRequest();
	}

	private org.w3c.dom.Document exportXml(String uri, @org.jspecify.annotations.Nullable String apiKey) throws Exception {
		byte[] file = web.get()
			.uri(uri)
			.headers(h -> {
				if (apiKey != null) {
					h.set("X-API-Key", apiKey);
				}
			})
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(file));
	}

	private static Map<String, String> graphData(org.w3c.dom.Document xml) {
		Map<String, String> data = new java.util.HashMap<>();
		var children = xml.getElementsByTagNameNS("*", "graph").item(0).getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof org.w3c.dom.Element e && e.getLocalName().equals("data")) {
				data.put(e.getAttribute("key"), e.getTextContent());
			}
		}
		return data;
	}

	/** Ids of the file's nodes or edges; with {@code onlyInPage}, nodes of earlier pages left out. */
	private static List<String> ids(org.w3c.dom.Document xml, String tag, boolean onlyInPage) {
		List<String> ids = new java.util.ArrayList<>();
		var elements = xml.getElementsByTagNameNS("*", tag);
		for (int i = 0; i < elements.getLength(); i++) {
			var e = (org.w3c.dom.Element) elements.item(i);
			var data = e.getElementsByTagNameNS("*", "data");
			boolean earlier = java.util.stream.IntStream.range(0, data.getLength())
				.mapToObj(j -> (org.w3c.dom.Element) data.item(j))
				.anyMatch(d -> d.getAttribute("key").equals("inPage") && d.getTextContent().equals("false"));
			if (!(onlyInPage && earlier)) {
				ids.add(e.getAttribute("id"));
			}
		}
		return ids;
	}

	@Test
	void pagesTheWholeClusterExportSoThatThePagesTogetherHoldEveryPartnerAndLinkOnce() throws Exception {
		var whole = exportXml("/export/network.graphml", "test-analyst-key");
		assertThat(graphData(whole)).containsEntry("truncated", "false").containsEntry("totalNodes", "9")
			.doesNotContainKey("nextOffset");
		List<String> allNodes = ids(whole, "node", false);
		List<String> allEdges = ids(whole, "edge", false);
		assertThat(allNodes).hasSize(9).contains("Institution:i1", "Institution:i3");
		List<String> pagedNodes = new java.util.ArrayList<>();
		List<String> pagedEdges = new java.util.ArrayList<>();
		String offset = "0";
		int pages = 0;
		while (offset != null) {
			var page = exportXml("/export/network.graphml?maxNodes=4&offset=" + offset, null);
			Map<String, String> data = graphData(page);
			if (pages == 0) {
				// the most linked partners first: the university with four collaborations leads
				assertThat(ids(page, "node", true)).contains("Institution:i1");
			}
			assertThat(data.get("truncated")).isEqualTo(Boolean.toString(data.containsKey("nextOffset")));
			pagedNodes.addAll(ids(page, "node", true));
			pagedEdges.addAll(ids(page, "edge", false));
			offset = data.get("nextOffset");
			pages++;
		}
		assertThat(pages).isEqualTo(3);
		assertThat(pagedNodes).containsExactlyInAnyOrderElementsOf(allNodes);
		assertThat(pagedEdges).containsExactlyInAnyOrderElementsOf(allEdges);
	}

	@Test
	void letsAnalystsExportTheWholeGraphAtAnySizeAndOthersOnlyInPages() {
		web.get().uri("/export/network.csv?maxNodes=5000").exchange().expectStatus().isForbidden()
			.expectBody().jsonPath("$.code").isEqualTo("FORBIDDEN");
		web.get().uri("/export/network.csv?maxNodes=5000").header("X-API-Key", "test-analyst-key").exchange()
			.expectStatus().isOk().expectHeader().valueEquals("X-Network-Truncated", "false");
		web.get().uri("/export/network.csv?offset=-1").exchange().expectStatus().isBadRequest();
		web.get().uri("/export/network.csv?id=Enterprise:f1&offset=3").exchange().expectStatus().isBadRequest();
	}

	@Test
	void keepsConcurrentAnalyticsApartEachOnItsOwnProjection() throws Exception {
		try (var pool = Executors.newFixedThreadPool(2)) {
			List<CompletableFuture<List<Integer>>> runs = java.util.stream.IntStream.range(0, 2)
				.mapToObj(i -> CompletableFuture.supplyAsync(() -> graphQl
					.document("{ partnerCommunities { size } }")
					.execute()
					.path("partnerCommunities[*].size")
					.entityList(Integer.class)
					.get(), pool))
				.toList();
			for (var run : runs) {
				assertThat(run.get()).containsExactly(5, 3);
			}
		}
		graphQl.document("{ capabilities { gds } }").execute().path("capabilities.gds").entity(Boolean.class)
			.isEqualTo(true);
	}

	@Autowired
	GraphDataScience gds;

	@Autowired
	cn.yongxing.silvergraph.graph.AnalyticsCache cache;

	@Test
	void sharesOneProjectionOfThePartnerNetworkAmongTheAlgorithmsOfAGraphVersion() {
		// @fresh: each request waits for the current version's answer instead of being served the previous
		// one while the background refresh computes it (which would make the count below a race)
		cache.graphChanged(new cn.yongxing.silvergraph.graph.GraphChanged("test: a new graph version"));
		long before = gds.projectionsMade();

		graphQl.document("query @fresh { chainLeaders(metal: \"Ag\", first: 3) { rank } }").execute()
			.path("chainLeaders[*].rank").entityList(Integer.class).containsExactly(1, 2, 3);
		graphQl.document("query @fresh { partnerCommunities { size } }").execute()
			.path("partnerCommunities[*].size").entityList(Integer.class).containsExactly(5, 3);

		assertThat(gds.projectionsMade() - before).as("projections of the whole partner network").isEqualTo(1);

		cache.graphChanged(new cn.yongxing.silvergraph.graph.GraphChanged("test: another graph version"));
		graphQl.document("query @fresh { partnerCommunities { size } }").execute()
			.path("partnerCommunities[*].size").entityList(Integer.class).containsExactly(5, 3);

		assertThat(gds.projectionsMade() - before).as("a new version is projected anew").isEqualTo(2);
	}

}
