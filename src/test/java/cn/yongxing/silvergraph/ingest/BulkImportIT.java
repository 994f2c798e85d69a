package cn.yongxing.silvergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.yongxing.silvergraph.support.WritableGraphTest;
import cn.yongxing.silvergraph.synthetic.SyntheticCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The bulk importer writes exactly the graph the normal importer writes (compared through the
 * exporter, on top of the graph as it is, so new and existing keys both occur), rejects bad data
 * writing nothing, and a load stopped midway is finished by running it again, without duplicates.
 * Each test puts the graph back as it found it.
 */
@WritableGraphTest
class BulkImportIT {

	private static final Change TEST = new Change("tests", "import", "bulk");

	@Autowired
	DatasetImporter importer;

	@Autowired
	BulkImporter bulk;

	@Autowired
	DatasetExporter exporter;

	@Autowired
	Neo4jClient client;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	AuditTrail audit;

	@Autowired
	DerivedProperties derived;

	@Autowired
	InterruptedImports interrupted;

	@TempDir
	static Path cluster;

	private Dataset before;

	@BeforeEach
	void generateASmallClusterAndRememberTheGraph() {
		if (!Files.exists(cluster.resolve("enterprises.csv"))) {
			SyntheticCluster.generate(0.05, 7, cluster);
		}
		before = exporter.export();
	}

	@AfterEach
	void restoreTheGraph() {
		replaceGraphWith(before);
	}

	@Test
	void shouldWriteTheSameGraphAsTheNormalImporter() {
		Dataset expected = normallyImported();

		BulkReport report = bulk.importDirectory(cluster, false, TEST);

		assertThat(report.accepted()).as("%s", report.problems()).isTrue();
		assertThat(report.nodesCreated()).isPositive();
		assertThat(report.transactions()).isGreaterThan(1);
		assertSameFiles(exporter.export(), expected);
	}

	@Test
	void shouldRejectABadDatasetWithItsProblemsAndWriteNothing(@TempDir Path bad) throws Exception {
		try (var files = Files.newDirectoryStream(cluster)) {
			for (Path file : files) {
				Files.copy(file, bad.resolve(file.getFileName()));
			}
		}
		// the last row of the last relationship file holds a patent no file defines
		List<String> holds = Files.readAllLines(bad.resolve("holds.csv"));
		String[] cells = holds.getLast().split(",", 3);
		holds.set(holds.size() - 1, cells[0] + ",CN202310999999.5," + cells[2]);
		Files.write(bad.resolve("holds.csv"), holds);
		Map<String, Long> counts = counts();

		BulkReport report = bulk.importDirectory(bad, false, TEST);

		assertThat(report.accepted()).isFalse();
		assertThat(report.problems()).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("holds.csv");
			assertThat(p.line()).isEqualTo(holds.size());
			assertThat(p.column()).isEqualTo("patent");
			assertThat(p.code()).isEqualTo(ImportProblem.Code.UNKNOWN_REFERENCE);
		});
		assertThat(counts()).isEqualTo(counts);
	}

	@Test
	void shouldFinishAStoppedLoadWhenRunAgainWithoutDuplicatingWhatWasWritten() {
		Dataset expected = normallyImported();
		var stopping = new BulkImporter(client, transactionManager, audit, derived, 100, committed -> {
			if (committed == 5) {
				throw new IllegalStateException("injected failure in the sixth transaction");
			}
		});

		assertThatThrownBy(() -> stopping.importDirectory(cluster, false, TEST))
			.isInstanceOfSatisfying(BulkImportException.class, ex -> {
				assertThat(ex.transactions()).isEqualTo(5);
				assertThat(ex.getMessage()).contains("after 5 committed transaction(s)", "Run the same import again",
						"injected failure");
			});
		String details = client.query("""
				MATCH (a:AuditEntry {action: 'import', target: 'bulk'}) RETURN a.details ORDER BY a.at DESC LIMIT 1""")
			.fetchAs(String.class).one().orElseThrow();
		assertThat(details).startsWith("bulk import in progress: ").contains(" rows committed, through ")
			.contains("failed: ").contains("injected failure");
		assertThat(latestBulkState()).isEqualTo("FAILED");
		// what the committed transactions rewrote has its kept sort values again
		assertThat(DerivedPropertiesIT.stale(client)).isEmpty();

		BulkReport again = bulk.importDirectory(cluster, false, TEST);

		assertThat(again.accepted()).isTrue();
		assertThat(latestBulkState()).isEqualTo("COMPLETE");
		assertSameFiles(exporter.export(), expected);
	}

	@Test
	void anImportLeftInProgressByAKilledProcessIsMarkedInterruptedAtTheNextStart() {
		// what a process killed mid-import leaves: an entry in progress under another process id
		client.query("""
				CREATE (:AuditEntry {id: 'killed-import', at: datetime() - duration('PT5M'), updated: datetime() - duration('PT5M'),
				  actor: 'cli:test', action: 'import', target: 'bulk', details: 'bulk import in progress: 200 of 900 rows',
				  rows: 200, nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, nodesDeleted: 0,
				  relationshipsDeleted: 0, state: 'IN_PROGRESS', process: 'a-process-that-is-gone'})""").run();
		// and one this process is still writing: left alone
		client.query("""
				CREATE (:AuditEntry {id: 'running-import', at: datetime(), updated: datetime(), actor: 'cli:test',
				  action: 'import', target: 'bulk', details: 'bulk import in progress', rows: 0, nodesCreated: 0,
				  relationshipsCreated: 0, propertiesSet: 0, nodesDeleted: 0, relationshipsDeleted: 0,
				  state: 'IN_PROGRESS', process: $process})""").bind(AuditTrail.PROCESS).to("process").run();
		try {
			interrupted.markAtStart();
			assertThat(stateOf("killed-import")).isEqualTo("INTERRUPTED");
			assertThat(stateOf("running-import")).isEqualTo("IN_PROGRESS");
			assertThat(client.query("MATCH (a:AuditEntry {id: 'killed-import'}) RETURN a.details").fetchAs(String.class)
				.one().orElseThrow()).contains("interrupted: its process stopped before it finished");
		}
		finally {
			client.query("MATCH (a:AuditEntry) WHERE a.id IN ['killed-import', 'running-import'] DELETE a").run();
		}
	}

	private String stateOf(String id) {
		return client.query("MATCH (a:AuditEntry {id: $id}) RETURN a.state").bind(id).to("id").fetchAs(String.class)
			.one().orElseThrow();
	}

	private String latestBulkState() {
		return client.query("""
				MATCH (a:AuditEntry {action: 'import', target: 'bulk'}) RETURN a.state ORDER BY a.at DESC LIMIT 1""")
			.fetchAs(String.class).one().orElseThrow();
	}

	/** The export after importing the cluster with the normal importer; leaves the graph as it was. */
	private Dataset normallyImported() {
		ImportReport report = importer.importDataset(Dataset.fromDirectory(cluster), false);
		assertThat(report.accepted()).as("%s", report.problems()).isTrue();
		Dataset expected = exporter.export();
		replaceGraphWith(before);
		assertSameFiles(exporter.export(), before);
		return expected;
	}

	private void replaceGraphWith(Dataset dataset) {
		List<String> labels = new java.util.ArrayList<>(DatasetFormat.FILES.stream().map(FileSpec::label)
			.filter(Objects::nonNull).toList());
		labels.add("Financials");
		client.query("MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) DETACH DELETE n")
			.bind(labels).to("labels").run();
		ImportReport report = importer.importDataset(dataset, false);
		assertThat(report.accepted()).as("%s", report.problems()).isTrue();
	}

	private static void assertSameFiles(Dataset actual, Dataset expected) {
		expected.files().forEach((file, text) -> assertThat(actual.files().get(file)).as(file).isEqualTo(text));
	}

	/** Nodes per label and relationships per type, leaving out the audit trail. */
	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		client.query("""
				MATCH (n) WHERE NOT n:AuditEntry UNWIND labels(n) AS label RETURN label AS name, count(*) AS n
				UNION ALL
				MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS n""")
			.fetch().all().forEach(r -> counts.put((String) r.get("name"), (Long) r.get("n")));
		return counts;
	}

}
