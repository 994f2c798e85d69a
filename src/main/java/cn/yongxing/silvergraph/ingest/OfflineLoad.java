package cn.yongxing.silvergraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.yongxing.silvergraph.config.EmbeddedNeo4jProperties;
import cn.yongxing.silvergraph.config.OfflineStore;
import cn.yongxing.silvergraph.migrations.MigrationRunner;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * {@code import DIR --offline}: a first load into an empty embedded store with Neo4j's offline
 * importer (scale 100 of the synthetic cluster 3.7 times faster than {@code --bulk}, see
 * {@code docs/offline-load.md}). In two steps around the start of the database:
 * {@link #prepare} (the database not started yet) refuses a store that holds data, validates the
 * dataset exactly as the other importers do (bad data: every problem, nothing written), converts it
 * ({@link OfflineInput}) and runs the importer; {@link #finish} (the database started, migrations
 * applied: constraints, full-text and text indexes) waits for the indexes, sets the derived
 * properties the transactional importer sets and records the load in the audit trail.
 */
final class OfflineLoad {

	/** The importer's off-heap memory unless {@code silvergraph.import.offline-memory} says otherwise. */
	static final String DEFAULT_MEMORY = "1g";

	private final Path path;

	private final boolean dryRun;

	private final Change change;

	private final Progress progress;

	private long started;

	private long validated;

	private long converted;

	private long imported;

	private long rows;

	private OfflineInput.@Nullable Written written;

	OfflineLoad(Path path, boolean dryRun, Change change, Progress progress) {
		this.path = path;
		this.dryRun = dryRun;
		this.change = change;
		this.progress = progress;
	}

	/**
	 * Everything before the database starts; returns an exit code to stop with, or {@code null} when
	 * the store is loaded and the database may start.
	 */
	@Nullable Integer prepare(ConfigurableEnvironment environment) {
		if (StringUtils.hasText(environment.getProperty("spring.neo4j.uri"))) {
			System.err.println("--offline loads the embedded store, but spring.neo4j.uri points at an external Neo4j; "
					+ "load that one with its own neo4j-admin database import, or use --bulk");
			return ImportCommand.USAGE_ERROR;
		}
		Path data = Binder.get(environment).bindOrCreate("silvergraph.embedded", EmbeddedNeo4jProperties.class)
			.dataDirectory().toAbsolutePath();
		started = System.nanoTime();
		progress.update("checking that the store at " + data + " is empty", 0, 0);
		Map<String, Long> contents = OfflineStore.contents(data);
		if (!contents.isEmpty()) {
			System.err.println("The store at " + data + " holds data (" + contents.entrySet().stream()
				.limit(6).map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "))
					+ (contents.size() > 6 ? ", …" : "") + "); --offline loads an empty store only, and nothing was "
					+ "changed.\nAdd to this store with --bulk, or load into a new one with "
					+ "--silvergraph.embedded.data-directory=NEW_DIR.");
			return ImportCommand.USAGE_ERROR;
		}
		DatasetFiles files = DatasetFiles.inDirectory(path);
		// an empty store: every reference must resolve inside the dataset
		var scan = new DatasetValidator((label, keys) -> Set.of(), progress).check(files);
		validated = System.nanoTime();
		scan.rowCounts().forEach((file, n) -> System.out.printf("%-24s %9d rows%n", file, n));
		rows = scan.rowCounts().values().stream().mapToLong(Integer::longValue).sum();
		if (!scan.problems().isEmpty()) {
			List<ImportProblem> problems = scan.problems();
			return ImportCommand.rejected(problems.subList(0, Math.min(BulkImporter.MAX_PROBLEMS, problems.size())));
		}
		if (dryRun) {
			System.out.printf("VALID (dry run, nothing written): %d rows validated in %.1f s%n", rows,
					seconds(validated - started));
			return ImportCommand.OK;
		}
		Path work = data.resolve("offline-import");
		try {
			deleteRecursively(work);
			Files.createDirectories(work);
			written = OfflineInput.write(files, work, progress);
			converted = System.nanoTime();
			progress.update("running Neo4j's offline importer", 0, 0);
			OfflineStore.importInto(data, written.importerArgs(), work,
					environment.getProperty("silvergraph.import.offline-memory", DEFAULT_MEMORY), System.out);
			imported = System.nanoTime();
			deleteRecursively(work);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the importer's input under " + work, ex);
		}
		progress.update("starting the database and applying migrations (indexes, constraints)", 0, 0);
		return null;
	}

	/** After the database started: indexes online, derived properties, the audit entry, the report. */
	int finish(ConfigurableApplicationContext context) {
		long start = System.nanoTime();
		context.getBean(MigrationRunner.class).migrate();
		Neo4jClient client = context.getBean(Neo4jClient.class);
		progress.update("waiting for the indexes to be populated", 0, 0);
		client.query("CALL db.awaitIndexes(86400)").run();
		long indexed = System.nanoTime();
		progress.update("deriving properties over the whole graph", 0, 0);
		var tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		AuditTrail audit = context.getBean(AuditTrail.class);
		var load = java.util.Objects.requireNonNull(written);
		tx.executeWithoutResult(status -> {
			context.getBean(DerivedProperties.class).apply(client);
			audit.record(change, "offline import: " + rows + " rows", (int) rows, (int) load.nodes(),
					(int) load.relationships(), 0, 0, 0);
		});
		long done = System.nanoTime();
		double total = seconds(done - started);
		System.out.printf("IMPORTED (offline): %d nodes and %d relationships in %.1f s = %.0f nodes/s, "
				+ "%.0f relationships/s%n", load.nodes(), load.relationships(), total, load.nodes() / total,
				load.relationships() / total);
		System.out.printf("  validate %.1f s, convert %.1f s, Neo4j importer %.1f s, database start and migrations "
				+ "%.1f s, index population %.1f s, derived properties %.1f s%n", seconds(validated - started),
				seconds(converted - validated), seconds(imported - converted), seconds(start - imported),
				seconds(indexed - start), seconds(done - indexed));
		return ImportCommand.OK;
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

}
