package cn.yongxing.silvergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.support.WritableGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The sort values kept on nodes (a product's earliest chain stage, an enterprise's latest output)
 * follow every kind of write that can change them, and a sort by them answers as the graph is: a
 * stage moved, a product's stage reference removed by an update, a product deleted, a figure
 * unlinked.
 */
@WritableGraphTest
class DerivedPropertiesIT {

	private static final Change TEST = new Change("test", "derived-properties", "test");

	@Autowired
	RecordWriter writer;

	@Autowired
	Neo4jClient client;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	DerivedProperties derived;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	private void upsert(String kind, Map<String, String> cells) {
		Map<String, String> row = new HashMap<>(cells);
		row.put("source", "hnrb-2023-yongxing");
		row.put("excerpt", "synthetic record for a derived-property test");
		ImportReport report = writer.upsert(kind, row, false, TEST);
		assertThat(report.problems()).as(kind + " " + cells).isEmpty();
	}

	private List<String> productsOfTheMetal() {
		return graphQl.document("{ metal(symbol: \"Dp\") { products { key } } }").execute()
			.path("metal.products[*].key").entityList(String.class).get();
	}

	/** A metal's products as raw Cypher orders them: by their earliest stage, nulls last, then key. */
	private List<String> productsByRawCypher() {
		return List.copyOf(client.query("""
				MATCH (:Metal {key: 'Dp'})<-[:OF_METAL]-(p:Product)
				WITH p, COLLECT { MATCH (p)-[:AT_STAGE]->(s:ChainStage) RETURN min(s.order) }[0] AS least
				RETURN p.key ORDER BY least IS NULL, least, p.key""").fetchAs(String.class).all());
	}

	private List<String> stale() {
		return stale(client);
	}

	/** Nodes whose kept value differs from the value computed from the graph now. */
	static List<String> stale(Neo4jClient client) {
		return List.copyOf(client.query("""
				MATCH (p:Product)
				WITH p, COLLECT { MATCH (p)-[:AT_STAGE]->(s:ChainStage) RETURN min(s.order) }[0] AS least
				WHERE coalesce(p.leastAtStageOrder <> least, (p.leastAtStageOrder IS NULL) <> (least IS NULL))
				RETURN 'Product:' + p.key AS stale
				UNION ALL
				MATCH (e:Enterprise)
				OPTIONAL MATCH (e)-[r:PRODUCES]->()
				WITH e, max(r.year) AS latest, collect(r) AS rs
				WITH e, [r IN rs WHERE r.year = latest AND r.outputT IS NOT NULL | r.outputT] AS outputs
				WITH e, CASE WHEN size(outputs) = 0 THEN null ELSE reduce(s = 0.0, x IN outputs | s + x) END AS v
				WHERE coalesce(abs(e.latestOutputT - v) > 1e-9, (e.latestOutputT IS NULL) <> (v IS NULL))
				RETURN 'Enterprise:' + e.key AS stale""").fetchAs(String.class).all());
	}

	private double latestOutput(String firm) {
		return client.query("MATCH (e:Enterprise {key: $key}) RETURN e.latestOutputT").bind(firm).to("key")
			.fetchAs(Double.class).one().orElseThrow();
	}

	@Test
	void keepsEverySortValueAsTheGraphIsThroughEachKindOfWrite() {
		assertThat(stale()).as("after the seed").isEmpty();

		upsert("METALS", Map.of("symbol", "Dp", "name", "Derivium", "nameZh", "派生", "group", "RARE"));
		upsert("CHAINS", Map.of("key", "dp-chain", "metal", "Dp", "name", "派生链"));
		for (int i = 1; i <= 3; i++) {
			upsert("STAGES", Map.of("key", "dp-s" + i, "chain", "dp-chain", "order", String.valueOf(i), "kind",
					"REFINING", "name", "阶段" + i));
		}
		upsert("PRODUCTS", Map.of("key", "dp-p1", "name", "P1", "metal", "Dp", "stages", "dp-s3", "basis", "OBSERVED"));
		upsert("PRODUCTS", Map.of("key", "dp-p2", "name", "P2", "metal", "Dp", "stages", "dp-s2;dp-s3", "basis",
				"OBSERVED"));
		upsert("PRODUCTS", Map.of("key", "dp-p3", "name", "P3", "metal", "Dp", "basis", "OBSERVED"));
		assertThat(productsOfTheMetal()).containsExactly("dp-p2", "dp-p1", "dp-p3").isEqualTo(productsByRawCypher());

		// a stage moved ahead of the others: both its products now start there (ties by key)
		upsert("STAGES", Map.of("key", "dp-s3", "chain", "dp-chain", "order", "0", "kind", "REFINING", "name", "阶段3"));
		assertThat(productsOfTheMetal()).containsExactly("dp-p1", "dp-p2", "dp-p3").isEqualTo(productsByRawCypher());
		assertThat(stale()).isEmpty();

		// an update that drops a stage reference (the relationship goes after the import's own derivation)
		assertThat(writer.update(DatasetFormat.BY_FILE.get("products.csv"), "dp-p2", null, Map.of("stages", "dp-s2"),
				Map.of(), TEST)).isEmpty();
		assertThat(productsOfTheMetal()).containsExactly("dp-p1", "dp-p2", "dp-p3").isEqualTo(productsByRawCypher());
		assertThat(client.query("MATCH (p:Product {key: 'dp-p2'}) RETURN p.leastAtStageOrder").fetchAs(Long.class)
			.one()).contains(2L);

		// an enterprise's latest output follows an unlinked figure
		upsert("ENTERPRISES", Map.of("key", "dp-firm", "name", "派生企业", "local", "true"));
		upsert("PRODUCES", Map.of("enterprise", "dp-firm", "product", "dp-p2", "year", "2023", "outputT", "10",
				"status", "PRODUCTION"));
		upsert("PRODUCES", Map.of("enterprise", "dp-firm", "product", "dp-p3", "year", "2024", "outputT", "5",
				"status", "PRODUCTION"));
		assertThat(latestOutput("dp-firm")).isEqualTo(5.0);
		assertThat(writer.unlink("PRODUCES", Map.of("enterprise", "dp-firm", "product", "dp-p3"), TEST).problems())
			.isEmpty();
		assertThat(latestOutput("dp-firm")).isEqualTo(10.0);

		// and a deleted product's figures leave it too
		assertThat(writer.deleteNode("Product", "dp-p2", TEST).problems()).isEmpty();
		assertThat(client.query("MATCH (e:Enterprise {key: 'dp-firm'}) RETURN e.latestOutputT IS NULL")
			.fetchAs(Boolean.class).one()).contains(true);
		assertThat(productsOfTheMetal()).containsExactly("dp-p1", "dp-p3").isEqualTo(productsByRawCypher());
		assertThat(stale()).isEmpty();
	}

	@Test
	void bringsAStoreWrittenBeforeItsDerivationsUpToDateAtStartUpWritingOnlyWhatDiffers() {
		// what a store written by an older version (or by another program) holds: no kept value
		client.query("""
				MATCH (p:Product)-[:AT_STAGE]->(:ChainStage) WITH DISTINCT p ORDER BY p.key LIMIT 3
				REMOVE p.leastAtStageOrder""").run();
		assertThat(stale()).hasSize(3);

		assertThat(derived.backfill(client, transactions)).isEqualTo(3);

		assertThat(stale()).isEmpty();
		assertThat(derived.backfill(client, transactions)).isZero();
	}

	/**
	 * Writers at once on the same products and stages (stage orders moved, products' stages changed):
	 * every write takes the derivations' lock first, so none deadlocks with another, and the kept
	 * values are the graph's afterwards.
	 */
	@Test
	void concurrentWritesOfTheSameProductsAndStagesNeitherFailNorLeaveAStaleValue() throws Exception {
		upsert("METALS", Map.of("symbol", "Dq", "name", "Concurrium", "nameZh", "并发", "group", "RARE"));
		upsert("CHAINS", Map.of("key", "dq-chain", "metal", "Dq", "name", "并发链"));
		for (int i = 1; i <= 3; i++) {
			upsert("STAGES", Map.of("key", "dq-s" + i, "chain", "dq-chain", "order", String.valueOf(i), "kind",
					"REFINING", "name", "并发阶段" + i));
			upsert("PRODUCTS", Map.of("key", "dq-p" + i, "name", "Q" + i, "metal", "Dq", "stages", "dq-s" + i, "basis",
					"OBSERVED"));
		}
		var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			List<java.util.concurrent.Future<?>> writers = new java.util.ArrayList<>();
			for (int w = 0; w < 4; w++) {
				int writer = w;
				writers.add(pool.submit(() -> {
					for (int i = 0; i < 12; i++) {
						int n = 1 + (writer + i) % 3;
						if ((writer + i) % 2 == 0) {
							upsert("STAGES", Map.of("key", "dq-s" + n, "chain", "dq-chain", "order",
									String.valueOf((writer * 7 + i * 3) % 11), "kind", "REFINING", "name", "并发阶段" + n));
						}
						else {
							assertThat(updateStages(n, "dq-s" + (1 + i % 3) + ";dq-s" + n)).isEmpty();
						}
					}
					return null;
				}));
			}
			for (var w : writers) {
				w.get(120, java.util.concurrent.TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(stale()).isEmpty();
	}

	private List<ImportProblem> updateStages(int product, String stages) {
		return writer.update(DatasetFormat.BY_FILE.get("products.csv"), "dq-p" + product, null, Map.of("stages", stages),
				Map.of(), TEST);
	}

}
