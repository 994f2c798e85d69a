package cn.yongxing.silvergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.yongxing.silvergraph.SilverGraphApplication;
import cn.yongxing.silvergraph.synthetic.SyntheticCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * {@code java -jar silver-graph.jar import DIR [--bulk]} as a user runs it: {@link ImportCommand#run}
 * on a small generated cluster into a fresh store, then the store opened to see what it holds.
 */
class ImportCommandIT {

	@TempDir
	static Path cluster;

	@BeforeAll
	static void generate() {
		SyntheticCluster.generate(0.02, 5, cluster);
	}

	@Test
	void shouldBulkLoadAClusterThatTheNormalImportThenFindsComplete(@TempDir Path store) throws Exception {
		Run bulk = run(cluster, store, "--bulk");

		assertThat(bulk.exitCode()).as(bulk.output()).isZero();
		assertThat(bulk.output()).contains("IMPORTED (bulk, ", "nodes/s");
		Map<String, Long> counts = inStore(store, db -> Map.of(
				"enterprises", count(db, "MATCH (e:Enterprise) WHERE e.key STARTS WITH 'syn-' RETURN count(e)"),
				"uncited", count(db, "MATCH (n:Enterprise|Patent) WHERE NOT (n)-[:CITED_BY]->(:Source) RETURN count(n)"),
				"holds", count(db, "MATCH ()-[h:HOLDS]->(:Patent) RETURN count(h)"),
				"audit", count(db, "MATCH (a:AuditEntry) WHERE a.details STARTS WITH 'bulk import complete' RETURN count(a)")));
		assertThat(counts).containsEntry("enterprises", 20L).containsEntry("uncited", 0L).containsEntry("audit", 1L);
		assertThat(counts.get("holds")).isEqualTo(Files.readAllLines(cluster.resolve("holds.csv")).size() - 1L);

		Run normal = run(cluster, store);

		assertThat(normal.exitCode()).as(normal.output()).isZero();
		assertThat(normal.output()).contains("IMPORTED: 0 nodes and 0 relationships created");
	}

	@Test
	void shouldExitWithOneAndWriteNothingWhenTheDatasetIsRejected(@TempDir Path bad, @TempDir Path store)
			throws Exception {
		try (var files = Files.newDirectoryStream(cluster)) {
			for (Path file : files) {
				Files.copy(file, bad.resolve(file.getFileName()));
			}
		}
		Files.writeString(bad.resolve("enterprises.csv"), Files.readString(cluster.resolve("enterprises.csv"))
			.replaceFirst(",(true|false),", ",maybe,"));

		Run run = run(bad, store, "--bulk");

		assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
		// the bad row defines no enterprise, so the rows referring to it are reported too
		assertThat(run.output()).contains("problem(s); nothing was written", "enterprises.csv:2 [local] 'maybe'");
		long written = inStore(store, db -> count(db, "MATCH (n:Source|Enterprise) RETURN count(n)"));
		assertThat(written).isZero();
	}

	@Test
	void shouldRefuseAnUnknownOptionWithTheUsageAndTouchNoStore(@TempDir Path store) {
		Run run = run(cluster, store.resolve("fresh"), "--offlne");

		assertThat(run.exitCode()).isEqualTo(ImportCommand.USAGE_ERROR);
		assertThat(run.errors()).contains("unknown option --offlne", "usage: java -jar silver-graph.jar import");
		assertThat(store.resolve("fresh")).doesNotExist();
	}

	@Test
	void shouldSendADatasetTooLargeForOneTransactionToBulkBeforeWritingAnything(@TempDir Path store) throws Exception {
		Run run = run(cluster, store, "--silvergraph.import.max-transaction-rows=100");

		assertThat(run.exitCode()).isEqualTo(ImportCommand.USAGE_ERROR);
		assertThat(run.errors()).contains("rows, more than one transaction takes (silvergraph.import.max-transaction-rows = 100); "
				+ "nothing was written", "--bulk").doesNotContain("Exception", "\tat ");
		assertThat(store.resolve("data")).as("the database was not started").doesNotExist();
	}

	@Test
	void shouldShowTheProgressOfABulkLoadPhaseByPhase(@TempDir Path store) {
		Run run = run(cluster, store, "--bulk", "--dry-run");

		assertThat(run.exitCode()).as(run.output()).isZero();
		assertThat(run.errors()).contains("validating enterprises.csv", "validating holds.csv");
	}

	private record Run(int exitCode, String output, String errors) {
	}

	/** Runs the command on {@code dataset} into {@code store}, capturing what it prints. */
	private static Run run(Path dataset, Path store, String... options) {
		List<String> args = new java.util.ArrayList<>(List.of("import", dataset.toString()));
		args.addAll(List.of(options));
		args.addAll(List.of("--silvergraph.embedded.data-directory=" + store, "--silvergraph.embedded.bolt-port=0"));
		PrintStream out = System.out;
		PrintStream err = System.err;
		var captured = new ByteArrayOutputStream();
		var capturedErrors = new ByteArrayOutputStream();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(capturedErrors, true, StandardCharsets.UTF_8));
		int code;
		try {
			code = ImportCommand.run(SilverGraphApplication.class, args.toArray(String[]::new));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
		String output = captured.toString(StandardCharsets.UTF_8);
		String errors = capturedErrors.toString(StandardCharsets.UTF_8);
		out.print(output);
		err.print(errors);
		return new Run(code, output, errors);
	}

	/** Opens the store the command left behind (the command has shut it down) and reads from it. */
	private static <T> T inStore(Path store, Function<GraphDatabaseService, T> read) {
		var dbms = new DatabaseManagementServiceBuilder(store.toAbsolutePath()).build();
		try {
			return read.apply(dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
		}
		finally {
			dbms.shutdown();
		}
	}

	private static long count(GraphDatabaseService db, String cypher) {
		return db.executeTransactionally(cypher, Map.of(), result -> (Long) result.next().values().iterator().next());
	}

}
