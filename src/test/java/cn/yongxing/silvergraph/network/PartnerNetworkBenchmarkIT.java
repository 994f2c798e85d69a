package cn.yongxing.silvergraph.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Times partner networks (depth 2) and the chain-leader ranking on a synthetic graph of 10,000
 * enterprises and 500 institutions (each firm collaborating with one institution, supplying one
 * other firm, one in ten co-holding a patent with another). Run on demand:
 * {@code mvn verify -Dit.test=PartnerNetworkBenchmarkIT -Dnetwork.bench=true}.
 */
@EnabledIfSystemProperty(named = "network.bench", matches = "true")
@SpringBootTest(properties = { "silvergraph.embedded.data-directory=target/it-neo4j/bench-${random.uuid}",
		"silvergraph.embedded.bolt-port=0", "silvergraph.seed.enabled=false",
		"silvergraph.embedded.transaction-timeout=600s" })
class PartnerNetworkBenchmarkIT {

	private static final int FIRMS = 10_000;

	@Autowired
	Driver driver;

	@Autowired
	PartnerNetworks networks;

	@Test
	void measuresNetworkAndChainLeaderLatencyOnTenThousandFirms() {
		try (var session = driver.session()) {
			session.executeWrite(tx -> {
				tx.run("CREATE (:Metal {key: 'Ag', name: 'Silver', nameZh: '银'})").consume();
				tx.run("CREATE (:Product {key: 'bench-ag', name: 'Silver powder', nameZh: '银粉'})").consume();
				tx.run("MATCH (p:Product {key: 'bench-ag'}), (m:Metal {key: 'Ag'}) CREATE (p)-[:OF_METAL]->(m)").consume();
				tx.run("UNWIND range(1, 500) AS i CREATE (:Institution {key: 'i' + i, name: '机构' + i, kind: 'INSTITUTE'})")
					.consume();
				tx.run("""
						UNWIND range(1, $firms) AS n
						CREATE (e:Enterprise {key: 'f' + n, name: '企业' + n, nameEn: 'Synthetic firm ' + n, local: n % 3 <> 0})
						WITH e, n
						MATCH (i:Institution {key: 'i' + (n % 500 + 1)}), (p:Product {key: 'bench-ag'})
						CREATE (e)-[:COLLABORATES_WITH {kind: 'JOINT_RND'}]->(i)
						FOREACH (x IN CASE WHEN n % 4 = 0 THEN [1] ELSE [] END | CREATE (e)-[:PRODUCES]->(p))""",
						Map.of("firms", FIRMS)).consume();
				tx.run("""
						UNWIND range(1, $firms) AS n
						MATCH (a:Enterprise {key: 'f' + n}), (b:Enterprise {key: 'f' + ((n * 7919) % $firms + 1)})
						WHERE a <> b
						CREATE (a)-[:SUPPLIES {product: 'bench-ag', year: 2024}]->(b)""", Map.of("firms", FIRMS))
					.consume();
				tx.run("""
						UNWIND range(1, $firms / 10) AS n
						MATCH (a:Enterprise {key: 'f' + (n * 10)}), (b:Enterprise {key: 'f' + (n * 10 - 3)})
						CREATE (p:Patent {key: 'CN-BENCH-' + n, title: 'synthetic'})
						CREATE (a)-[:HOLDS]->(p), (b)-[:HOLDS]->(p)""", Map.of("firms", FIRMS)).consume();
				return null;
			});
		}
		List<Long> network = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			long t = System.nanoTime();
			var result = networks.network("Enterprise:f" + (i * 397 + 1), 2, null, null);
			network.add((System.nanoTime() - t) / 1_000_000);
			assertThat(result.nodes()).hasSizeGreaterThan(2);
		}
		List<Long> leaders = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			long t = System.nanoTime();
			assertThat(networks.chainLeaders("Ag", 10)).hasSize(10);
			leaders.add((System.nanoTime() - t) / 1_000_000);
		}
		System.out.printf("BENCH partnerNetwork(depth 2) ms: p50=%d all=%s%n", p50(network), network);
		System.out.printf("BENCH chainLeaders(Ag) ms: p50=%d all=%s%n", p50(leaders), leaders);
	}

	private static long p50(List<Long> values) {
		return values.stream().sorted().toList().get(values.size() / 2);
	}

}
