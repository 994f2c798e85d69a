package cn.yongxing.silvergraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import cn.yongxing.silvergraph.graph.CypherFiles;
import cn.yongxing.silvergraph.ingest.BulkImporter;
import cn.yongxing.silvergraph.ingest.Change;
import cn.yongxing.silvergraph.ingest.Dataset;
import cn.yongxing.silvergraph.ingest.DatasetImporter;
import cn.yongxing.silvergraph.network.PartnerNetworks;
import cn.yongxing.silvergraph.synthetic.SyntheticCluster;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The three analyses (and chain leaders) on a generated cluster of {@code analyses.scale} × 1,000
 * enterprises (default 10): p50 / p99 over HTTP after warm-up, statements per request, the first
 * request after a write, and a PROFILE of every statement they send. The store is kept under
 * {@code target/scale/neo4j-<scale>} and reused by later runs (the import through the normal importer
 * takes minutes). A measurement, not part of the build:
 * {@code mvn verify -Dit.test=AnalysesScaleIT -Danalyses.scale=10 -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false};
 * {@code -Danalyses.only=<name prefix>} measures one analysis, {@code -Danalyses.profile=false} skips the
 * PROFILE, {@code -Danalyses.requests} and {@code -Danalyses.warmup} set the counts (25 and 3);
 * {@code -Danalyses.store=<dir>} and {@code -Danalyses.drop-indexes=a,b} measure a copy of the store without
 * some indexes (a baseline).
 */
@EnabledIfSystemProperty(named = "analyses.scale", matches = "\\d+(\\.\\d+)?")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "silvergraph.embedded.data-directory=${analyses.store:target/scale/neo4j-${analyses.scale}}",
				"silvergraph.embedded.bolt-port=0", "silvergraph.embedded.transaction-timeout=60m",
				"silvergraph.import.transaction-timeout=60m", "silvergraph.embedded.page-cache=1g",
				// measured here, not refused: a loaded two-core machine can exceed the 5 s read budget
				"silvergraph.limits.cypher-timeout=300s", "silvergraph.limits.analytics-timeout=600s",
				"spring.mvc.async.request-timeout=600s", "silvergraph.rate-limit.requests-per-period=100000" })
class AnalysesScaleIT {

	private static final int REQUESTS = Integer.getInteger("analyses.requests", 25);

	private static final int WARMUP = Integer.getInteger("analyses.warmup", 3);

	@LocalServerPort
	int port;

	@Autowired
	DatasetImporter importer;

	@Autowired
	BulkImporter bulk;

	@Autowired
	Driver driver;

	@Autowired
	MeterRegistry meters;

	@Autowired
	PartnerNetworks networks;

	@Test
	void measuresTheAnalysesAtScale() throws Exception {
		double scale = Double.parseDouble(System.getProperty("analyses.scale"));
		loadOnce(scale);
		// to measure a store as it was before some indexes (a copy: the migration that made them stays recorded)
		for (String index : System.getProperty("analyses.drop-indexes", "").split(",")) {
			if (!index.isBlank()) {
				try (var session = driver.session()) {
					session.run("DROP INDEX " + index.trim() + " IF EXISTS").consume();
				}
			}
		}
		List<String> firms = read("MATCH (e:Enterprise) WHERE e.key STARTS WITH 'syn-e-' AND e.local "
				+ "AND EXISTS { (e)-[:COLLABORATES_WITH|SUPPLIES]-() } RETURN e.key AS k ORDER BY k", "k");
		System.out.printf("SCALE %s: %s enterprises, %s local with partners; %s%n", scale,
				read("MATCH (e:Enterprise) RETURN count(e) AS n", "n").getFirst(), firms.size(), Machine.uptime());

		List<String> lines = new ArrayList<>();
		lines.addAll(AnalysisTimer.HEADER);
		measure(lines, "chainGaps(Ag) { id kind severity }",
				i -> "{ chainGaps(metal: \"Ag\") { id kind severity } }");
		measure(lines, "chainGaps(Ag) full card (reason, evidence, candidates)",
				i -> "{ chainGaps(metal: \"Ag\") { id kind severity reason(lang: ZH) evidence { nodes { id } edges { type detail } }"
						+ " candidates { enterprise { key } action score reasons } } }");
		measure(lines, "littleGiantCandidates(first: 50)",
				i -> "{ littleGiantCandidates(first: 50) { totalCount edges { node { enterprise { key name } status score"
						+ " missingData criteria { code status threshold } } } } }");
		measure(lines, "partnerNetwork(depth: 2)",
				i -> "{ partnerNetwork(id: \"Enterprise:" + firms.get((i * 397) % firms.size())
						+ "\", depth: 2) { truncated nodes { id name degree } edges { from to kind weight } } }");
		measure(lines, "chainLeaders(Ag, first: 10)",
				i -> "{ chainLeaders(metal: \"Ag\") { rank enterprise { id } pageRank betweenness partners } }");
		System.out.println("SCALE RESULTS (" + scale + " × 1,000 enterprises)");
		lines.forEach(System.out::println);
		// the service and this test share the JVM: its peak is the service's under this load, plus little
		System.out.println("SCALE RSS (service and test client in one JVM): " + Machine.rssOfSelf());

		if (Boolean.parseBoolean(System.getProperty("analyses.profile", "true"))) {
			profile(firms);
		}
	}

	private void measure(List<String> lines, String name, IntFunction<String> document) throws Exception {
		String only = System.getProperty("analyses.only", "");
		if (only.isEmpty() || name.startsWith(only)) {
			lines.add(timer().measure(name, document, WARMUP, REQUESTS));
		}
	}

	private AnalysisTimer timer() {
		// the write before the "first request after a write": an audited no-op import moves the graph version on
		return new AnalysisTimer(port, meters, () -> assertThat(importer.importDataset(new Dataset(Map.of("sources.csv",
				"key,title,publisher,date,url,kind,note\nscale-probe,Scale probe,tests,,,SYNTHETIC,a write\n")), false)
			.problems()).isEmpty());
	}

	private void loadOnce(double scale) {
		long expected = Math.round(scale * 1000);
		long present = Long.parseLong(read("MATCH (e:Enterprise) WHERE e.key STARTS WITH 'syn-e-' RETURN count(e) AS n", "n")
			.getFirst());
		if (present >= expected) {
			return;
		}
		Path dir = Path.of("target/scale/dataset-" + scale);
		var generated = SyntheticCluster.generate(scale, 1, dir);
		long t = System.nanoTime();
		// the bulk importer: the one-transaction importer runs out of transaction memory from scale 10 on
		// with a 2 GB heap; running the test again finishes an import that was stopped
		var report = bulk.importDirectory(dir, false, new Change("tests", "import", "analyses at scale"));
		assertThat(report.accepted()).as("%s", report).isTrue();
		double seconds = (System.nanoTime() - t) / 1e9;
		System.out.printf("SCALE import: %d rows, %d nodes, %d relationships in %.0f s (%.0f nodes/s); %s; %s%n",
				generated.totalRows(), report.nodesCreated(), report.relationshipsCreated(), seconds,
				report.nodesCreated() / seconds, Machine.rssOfSelf(), Machine.uptime());
	}

	private List<String> read(String cypher, String column) {
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run(cypher).list(r -> r.get(column).toString().replace("\"", "")));
		}
	}

	// --- PROFILE of every statement the analyses send, with the parameters they send ---

	private void profile(List<String> firms) {
		Map<String, Map.Entry<String, Map<String, Object>>> statements = new LinkedHashMap<>();
		List<String> agProducts = read("MATCH (p:Product)-[:OF_METAL]->(:Metal {key: 'Ag'}) RETURN p.key AS k ORDER BY k", "k");
		statements.put("chain/scope", Map.entry(CypherFiles.load("chain", "scope"), Map.of("metal", "Ag", "park", "")));
		String linkFacts = CypherFiles.load("chain", "link-facts");
		statements.put("chain/link-facts (Ag)", Map.entry(linkFacts,
				Map.of("metal", "Ag", "park", "", "allProducts", true, "products", List.of())));
		statements.put("chain/link-facts (every chain)", Map.entry(linkFacts,
				Map.of("metal", "", "park", "", "allProducts", true, "products", List.of())));
		statements.put("chain/link-evidence (every Ag product)", Map.entry(CypherFiles.load("chain", "link-evidence"),
				Map.of("links", agProducts.stream().map(p -> Map.of("metal", "Ag", "product", p)).toList(), "park", "")));
		statements.put("chain/candidates (every Ag product)", Map.entry(CypherFiles.load("chain", "candidates"),
				Map.of("products", agProducts, "park", "", "maxHops", 3, "preselect", 50)));
		List<String> local = read("MATCH (e:Enterprise {local: true}) RETURN e.key AS k ORDER BY k", "k");
		statements.put("giant/last-year", Map.entry(CypherFiles.load("giant", "last-year"), Map.of()));
		String facts = CypherFiles.load("giant", "facts");
		statements.put("giant/facts (every local firm)", Map.entry(facts.replace("{{enterprises}}",
				CypherFiles.load("giant", "local-enterprises")), Map.of()));
		statements.put("giant/facts (50 firms)", Map.entry(facts.replace("{{enterprises}}",
				CypherFiles.load("giant", "given-enterprises")), Map.of("keys", local.subList(0, 50))));
		statements.put("chain/producers (every local firm)", Map.entry(CypherFiles.load("chain", "producers"), Map.of("keys", local)));
		statements.put("chain/producers (50 firms)", Map.entry(CypherFiles.load("chain", "producers"),
				Map.of("keys", local.subList(0, 50))));
		String root = "Enterprise:" + firms.get(397 % firms.size());
		statements.put("network/node", Map.entry(CypherFiles.load("network", "node"), Map.of("ids", List.of(root))));
		statements.putAll(Profiler.networkSteps(networks, root));
		statements.putAll(Profiler.networkSteps(networks, Profiler.nextToTheBiggestHub(driver)));
		// the roots of given requests (their number i, as in the measurement: firm i × 397)
		for (String i : System.getProperty("analyses.profile-roots", "").split(",")) {
			if (!i.isBlank()) {
				statements.putAll(Profiler.networkSteps(networks, "Enterprise:" + firms.get(Integer.parseInt(i.trim()) * 397 % firms.size())));
			}
		}
		String links = CypherFiles.load("network", "_links");
		List<String> kinds = List.of("COLLABORATION", "JOINT_PROJECT", "CO_PATENT", "CO_STANDARD", "SUPPLY");
		statements.put("network/leader-candidates (Ag)", Map.entry(CypherFiles.load("network", "leader-candidates"),
				Map.of("metal", "Ag")));
		String graph = "scale-profile-" + System.nanoTime();
		Map<String, Object> projection = new java.util.HashMap<>(Map.of("kinds", kinds, "graph", graph));
		projection.put("only", null);
		statements.put("network/project-partners", Map.entry(CypherFiles.load("network", "project-partners")
			.replace("{{links}}", links), projection));
		statements.put("network/betweenness", Map.entry(CypherFiles.load("network", "betweenness"),
				Map.of("graph", graph, "samplingSize", 2000)));
		System.out.println("SCALE PROFILE (" + Machine.uptime() + ")");
		try {
			Profiler.profileDetailed(driver, statements).forEach(System.out::println);
		}
		finally {
			try (var session = driver.session()) {
				session.run("CALL gds.graph.drop($g, false) YIELD graphName RETURN graphName", Map.of("g", graph)).consume();
			}
		}
	}

}
