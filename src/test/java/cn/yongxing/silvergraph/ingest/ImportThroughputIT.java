package cn.yongxing.silvergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import cn.yongxing.silvergraph.support.WritableGraphTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Measures (prints, does not assert) import throughput for a 100,000-row synthetic dataset: 50,000
 * enterprises and 50,000 PRODUCES links, validated and written in one transaction. Removes it after.
 * A measurement, not part of the default build: run with {@code -Dingest.throughput=true}.
 */
@WritableGraphTest
@EnabledIfSystemProperty(named = "ingest.throughput", matches = "true")
class ImportThroughputIT {

	static final int HALF = 50_000;

	@Autowired
	DatasetImporter importer;

	@Autowired
	Neo4jClient client;

	@Test
	void importsAHundredThousandRowDatasetAndPrintsItsThroughput() {
		String product = client.query("MATCH (p:Product) RETURN p.key ORDER BY p.key LIMIT 1").fetchAs(String.class)
			.one().orElseThrow();
		String enterprises = "key,name,local,employees,source,excerpt\n" + IntStream.range(0, HALF)
			.mapToObj(i -> "synthetic-tp-%d,合成企业%d,false,%d,synthetic-tests,synthetic row".formatted(i, i, i % 500))
			.collect(Collectors.joining("\n"));
		String produces = "enterprise,product,capacityT,year,status,source,excerpt\n" + IntStream.range(0, HALF)
			.mapToObj(i -> "synthetic-tp-%d,%s,%d,2023,PRODUCTION,synthetic-tests,synthetic row".formatted(i, product, i % 900))
			.collect(Collectors.joining("\n"));
		var dataset = new Dataset(Map.of("sources.csv", DatasetImportIT.SYNTHETIC_SOURCE, "enterprises.csv",
				enterprises, "produces.csv", produces));

		long start = System.nanoTime();
		ImportReport report = importer.importDataset(dataset, false);
		double seconds = (System.nanoTime() - start) / 1e9;

		assertThat(report.accepted()).as("%s", report.problems()).isTrue();
		assertThat(report.nodesCreated()).isGreaterThanOrEqualTo(HALF);
		assertThat(report.relationshipsCreated()).isGreaterThanOrEqualTo(2 * HALF); // PRODUCES + CITED_BY
		System.out.printf("IMPORT THROUGHPUT: %d rows (validated + written in one transaction) in %.1f s = %.0f rows/s%n",
				2 * HALF + 1, seconds, (2 * HALF + 1) / seconds);
	}

	@AfterEach
	void removeTheSyntheticRows() {
		long removed;
		do {
			removed = client.query("""
					MATCH (e:Enterprise) WHERE e.key STARTS WITH 'synthetic-tp-'
					WITH e LIMIT 10000 DETACH DELETE e RETURN count(*)""").fetchAs(Long.class).one().orElse(0L);
		}
		while (removed > 0);
	}

}
