package cn.yongxing.silvergraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * Partner networks and chain leaders on the partner graph of a generated cluster of
 * {@code network.scale} × 1,000 enterprises (100 = the scale 100): only what these analyses
 * read is loaded — enterprises, institutions, collaborations, supply links, patents and who holds them,
 * standards and who drafted them, products and metals and who makes what — with LOAD CSV straight
 * from the generated files, not through the importer (minutes instead of hours; the importer is not
 * what is measured). The store is kept under {@code target/scale/network-<scale>} for later runs.
 * A measurement, not part of the build:
 * {@code mvn verify -Dit.test=NetworkScaleIT -Dnetwork.scale=100 -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dnetwork.warmup}, {@code -Dnetwork.requests}: 5 and 25; {@code -Dnetwork.profile=false},
 * {@code -Dnetwork.leaders=false} leave out the PROFILE and the chain leaders).
 */
@EnabledIfSystemProperty(named = "network.scale", matches = "\\d+(\\.\\d+)?")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "silvergraph.embedded.data-directory=target/scale/network-${network.scale}",
				"silvergraph.embedded.bolt-port=0", "silvergraph.seed.enabled=false",
				"silvergraph.embedded.transaction-timeout=60m", "silvergraph.embedded.page-cache=2g",
				"silvergraph.limits.cypher-timeout=300s", "silvergraph.limits.analytics-timeout=1800s",
				"spring.mvc.async.request-timeout=1800s", "silvergraph.rate-limit.requests-per-period=100000" })
class NetworkScaleIT {

	/** File → statement loading it (auto-commit, in batches), in dependency order. */
	private static final Map<String, String> LOADS = new LinkedHashMap<>();

	static {
		String rows = "LOAD CSV WITH HEADERS FROM $dir + '/%s' AS row CALL (row) { %s } IN TRANSACTIONS OF 10000 ROWS";
		LOADS.put("sources.csv", rows.formatted("sources.csv",
				"MERGE (s:Source {key: row.key}) SET s.title = row.title, s.publisher = row.publisher, s.kind = row.kind"));
		LOADS.put("metals.csv", rows.formatted("metals.csv",
				"CREATE (:Metal {key: row.symbol, symbol: row.symbol, name: row.name, nameZh: row.nameZh})"));
		LOADS.put("products.csv", rows.formatted("products.csv",
				"CREATE (p:Product {key: row.key, name: row.name, nameZh: row.nameZh}) WITH p, row "
						+ "MATCH (m:Metal {key: row.metal}) CREATE (p)-[:OF_METAL]->(m)"));
		LOADS.put("enterprises.csv", rows.formatted("enterprises.csv",
				"CREATE (:Enterprise {key: row.key, name: row.name, nameEn: row.nameEn, local: row.local = 'true', "
						+ "source: row.source, excerpt: row.excerpt})"));
		LOADS.put("institutions.csv", rows.formatted("institutions.csv",
				"CREATE (:Institution {key: row.key, name: row.name, nameEn: row.nameEn, kind: row.kind, source: row.source})"));
		LOADS.put("produces.csv", rows.formatted("produces.csv",
				"MATCH (e:Enterprise {key: row.enterprise}) MATCH (p:Product {key: row.product}) "
						+ "CREATE (e)-[:PRODUCES {status: row.status, capacityT: toFloat(row.capacityT), source: row.source}]->(p)"));
		LOADS.put("collaborations.csv", rows.formatted("collaborations.csv",
				"MATCH (e:Enterprise {key: row.enterprise}) MATCH (i:Institution {key: row.institution}) "
						+ "CREATE (e)-[:COLLABORATES_WITH {kind: row.kind, since: toInteger(row.since), source: row.source, "
						+ "excerpt: row.excerpt}]->(i)"));
		LOADS.put("supplies.csv", rows.formatted("supplies.csv",
				"MATCH (a:Enterprise {key: row.from}) MATCH (b:Enterprise {key: row.to}) "
						+ "CREATE (a)-[:SUPPLIES {product: row.product, volumeT: toFloat(row.volumeT), year: toInteger(row.year), "
						+ "source: row.source, excerpt: row.excerpt}]->(b)"));
		LOADS.put("patents.csv", rows.formatted("patents.csv",
				"CREATE (:Patent {key: row.number, number: row.number, title: row.title, type: row.type})"));
		LOADS.put("holds.csv", rows.formatted("holds.csv",
				"MATCH (h:$(split(row.holder, ':')[0]) {key: split(row.holder, ':')[1]}) MATCH (p:Patent {key: row.patent}) "
						+ "CREATE (h)-[:HOLDS {source: row.source, excerpt: row.excerpt}]->(p)"));
		LOADS.put("standards.csv", rows.formatted("standards.csv",
				"CREATE (:Standard {key: row.key, code: row.code, title: row.title})"));
		LOADS.put("drafted.csv", rows.formatted("drafted.csv",
				"MATCH (d:$(split(row.drafter, ':')[0]) {key: split(row.drafter, ':')[1]}) MATCH (s:Standard {key: row.standard}) "
						+ "CREATE (d)-[:DRAFTED {role: row.role, source: row.source, excerpt: row.excerpt}]->(s)"));
	}

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	MeterRegistry meters;

	@Autowired
	DatasetImporter importer;

	@Autowired
	PartnerNetworks networks;

	@Test
	void measuresPartnerNetworksAndChainLeadersAtScale() throws Exception {
		double scale = Double.parseDouble(System.getProperty("network.scale"));
		loadOnce(scale);
		List<String> firms = read("MATCH (e:Enterprise) WHERE e.local AND EXISTS { (e)-[:COLLABORATES_WITH|SUPPLIES]-() } "
				+ "RETURN e.key AS k ORDER BY k");
		System.out.printf("SCALE network %s: %s enterprises, %s institutions, %s partner relationships; %s%n", scale,
				read("MATCH (e:Enterprise) RETURN count(e) AS k").getFirst(),
				read("MATCH (i:Institution) RETURN count(i) AS k").getFirst(),
				read("MATCH ()-[r:COLLABORATES_WITH|SUPPLIES|HOLDS|DRAFTED]->() RETURN count(r) AS k").getFirst(), Machine.uptime());
		AnalysisTimer timer = new AnalysisTimer(port, meters, () -> assertThat(importer.importDataset(new Dataset(Map.of(
				"sources.csv", "key,title,publisher,date,url,kind,note\nscale-probe,Scale probe,tests,,,SYNTHETIC,a write\n")), false)
			.problems()).isEmpty());
		List<String> lines = new ArrayList<>(AnalysisTimer.HEADER);
		lines.add(timer.measure("partnerNetwork(depth: 2)", i -> "{ partnerNetwork(id: \"Enterprise:"
				+ firms.get((i * 397) % firms.size()) + "\", depth: 2) { truncated nodes { id name degree } edges { from to kind weight } } }",
				Integer.getInteger("network.warmup", 5), Integer.getInteger("network.requests", 25)));
		if (Boolean.parseBoolean(System.getProperty("network.profile", "true"))) {
			var steps = Profiler.networkSteps(networks, "Enterprise:" + firms.get(397 % firms.size()));
			steps.putAll(Profiler.networkSteps(networks, Profiler.nextToTheBiggestHub(driver)));
			System.out.println("SCALE PROFILE (" + Machine.uptime() + ")");
			Profiler.profileDetailed(driver, steps).forEach(System.out::println);
		}
		if (!Boolean.parseBoolean(System.getProperty("network.leaders", "true"))) {
			lines.forEach(System.out::println);
			return;
		}
		// computed once per graph version: the first computation is timed in-process (it outlasts the servlet
		// container's 30 s wait for an HTTP answer at this scale), the answers from the cache over HTTP
		long t = System.nanoTime();
		assertThat(networks.chainLeaders("Ag", 10)).hasSize(10);
		System.out.printf("SCALE chainLeaders(Ag) computed (projection, PageRank, betweenness, degree) in %d ms; %s%n",
				(System.nanoTime() - t) / 1_000_000, Machine.uptime());
		lines.add(timer.measure("chainLeaders(Ag, first: 10)",
				i -> "{ chainLeaders(metal: \"Ag\") { rank enterprise { id } pageRank betweenness partners } }", 0, 25, false));
		System.out.println("SCALE RESULTS (partner graph of " + scale + " × 1,000 enterprises)");
		lines.forEach(System.out::println);
	}

	private void loadOnce(double scale) throws Exception {
		if (Long.parseLong(read("MATCH (e:Enterprise) RETURN count(e) AS k").getFirst()) >= Math.round(scale * 1000)) {
			return;
		}
		Path dataset = Path.of("target/scale/dataset-" + scale);
		if (!Files.exists(dataset.resolve("drafted.csv"))) {
			SyntheticCluster.generate(scale, 1, dataset);
		}
		// the embedded server sets no import directory: file URLs are absolute paths
		String dir = dataset.toAbsolutePath().toUri().toString().replaceAll("/$", "");
		try (var session = driver.session()) {
			for (var load : LOADS.entrySet()) {
				long t = System.nanoTime();
				var counters = session.run(load.getValue(), Map.of("dir", dir)).consume().counters();
				System.out.printf("SCALE network load %s: %d nodes, %d relationships in %.0f s; %s%n", load.getKey(),
						counters.nodesCreated(), counters.relationshipsCreated(), (System.nanoTime() - t) / 1e9, Machine.uptime());
			}
		}
	}

	private List<String> read(String cypher) {
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run(cypher).list(r -> r.get("k").toString().replace("\"", "")));
		}
	}

}
