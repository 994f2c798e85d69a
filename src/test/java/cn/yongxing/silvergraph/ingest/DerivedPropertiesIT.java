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

}
