package cn.yongxing.silvergraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Smoke run of the benchmark harness in CI: a tiny generated cluster (50 enterprises), imported
 * through the bulk importer, every query of the mix answered by our endpoint and by raw Cypher for a
 * fraction of a second, without the npm peer. Measures nothing worth reading; keeps the program working.
 */
class BenchmarkHarnessIT {

	@Test
	void shouldRunTheQueryMixOnAGeneratedClusterWithoutErrors() throws Exception {
		Path out = Path.of("target/bench-smoke");
		Report report = Benchmark.run(new Benchmark.Options(0.05, 3, 0.3, 0.2, 1, List.of(1, 2), false, out));

		assertThat(report.answered("ours")).isPositive();
		assertThat(report.answered("raw")).isPositive();
		assertThat(report.errors("ours")).as(report.markdown()).isZero();
		assertThat(report.errors("raw")).as(report.markdown()).isZero();
		assertThat(report.markdown()).contains("nodes/s");
		// statements per request (a request of plain relations is one, whatever its root; an aggregate
		// without a page is one)
		for (String query : List.of("enterpriseDetail", "enterprisePage20", "nested50x2", "metalProducers", "productPage20",
				"patentPage20", "relationFilter", "aggregate", "search", "standardMetals", "parkEnterprises", "materialProducts",
				"projectParticipants", "designationHolders", "platformOperators", "regionParents", "clusterDetail", "chainStages",
				"stageProducers", "sourcePage20")) {
			assertThat(statements(report.markdown(), query)).as(query + "\n" + report.markdown()).isEqualTo("1.0");
		}
		assertThat(Files.readString(out.resolve("benchmark.json"))).contains("\"target\" : \"raw\"");
	}

	/** The "ours stmts/req" cell of a query's row at concurrency 1 (the last column but one). */
	private static String statements(String markdown, String query) {
		String row = markdown.lines().filter(l -> l.startsWith("| " + query + " | 1 |")).findFirst()
			.orElseThrow(() -> new AssertionError("no row of " + query));
		String[] cells = row.split("\\|");
		return cells[cells.length - 2].strip();
	}

}
