package cn.yongxing.silvergraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.yongxing.silvergraph.migrations.MigrationRunner;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Command line import: {@code java -jar silver-graph.jar import DIR [--dry-run] [--bulk|--offline]}
 * loads a dataset directory (or zip) through the same importer as the seed and {@code POST /import};
 * with {@code --bulk} a large dataset directory through {@link BulkImporter}; with {@code --offline} a
 * first load into an empty embedded store through Neo4j's own importer ({@link OfflineLoad}). Prints
 * the report and exits with 0 (imported or valid), 1 (rejected: nothing written), 2 (usage, or a
 * dataset the chosen path cannot take: nothing written), 3 (a bulk import stopped midway: run it
 * again to finish) or 4 (the database failed or is unavailable; the message says what was written).
 * Expected conditions end with a message, never a stack trace.
 */
public final class ImportCommand {

	/**
	 * Rows the one-transaction import takes by default: the transaction state of a row costs a few KB
	 * of heap (scale 1 of the synthetic cluster, 39,768 rows, fits a 2 GB heap; scale 10, 393,385 rows,
	 * exceeds {@code dbms.memory.transaction.total.max} there), so a larger dataset is sent to
	 * {@code --bulk} or {@code --offline} before anything is written. Set
	 * {@code silvergraph.import.max-transaction-rows} to move the bound with the heap.
	 */
	static final long MAX_TRANSACTION_ROWS = 100_000;

	static final String USAGE = """
			usage: java -jar silver-graph.jar import DIR|FILE.zip [--dry-run] [--bulk | --offline] [--spring.property=value ...]
			  (no option)  validate, then write everything in one transaction: all or nothing
			               (up to silvergraph.import.max-transaction-rows rows, %,d by default)
			  --bulk       a large dataset directory in many transactions of bounded size
			  --offline    a first load into an empty embedded store with Neo4j's offline importer (fastest)
			  --dry-run    validate only; nothing is written""".formatted(MAX_TRANSACTION_ROWS);


	/** Exit codes. */
	static final int OK = 0, REJECTED = 1, USAGE_ERROR = 2, STOPPED = 3, FAILED = 4;

	private ImportCommand() {
	}

	/** Whether the arguments ask for an import rather than the server. */
	public static boolean isImportInvocation(String[] args) {
		return args.length > 0 && args[0].equals("import");
	}

	/** What the command line asks for. */
	record Options(Path path, boolean dryRun, boolean bulk, boolean offline, List<String> springArgs) {

		/** The options, or {@link IllegalArgumentException} saying what is wrong with them. */
		static Options parse(String[] args) {
			if (args.length < 2 || args[1].startsWith("--")) {
				throw new IllegalArgumentException("no dataset given");
			}
			boolean dryRun = false;
			boolean bulk = false;
			boolean offline = false;
			List<String> spring = new ArrayList<>();
			for (int i = 2; i < args.length; i++) {
				String arg = args[i];
				switch (arg) {
					case "--dry-run" -> dryRun = true;
					case "--bulk" -> bulk = true;
					case "--offline" -> offline = true;
					default -> {
						// a Spring property is --name=value with a dotted name (--silvergraph.embedded.page-cache=1g)
						int eq = arg.indexOf('=');
						if (!arg.startsWith("--") || eq < 0 || arg.substring(2, eq).indexOf('.') < 0) {
							throw new IllegalArgumentException("unknown option " + arg);
						}
						spring.add(arg);
					}
				}
			}
			if (bulk && offline) {
				throw new IllegalArgumentException("--bulk and --offline are two ways to load; choose one");
			}
			return new Options(Path.of(args[1]), dryRun, bulk, offline, List.copyOf(spring));
		}

	}

	/** Runs the import and returns the process exit code. */
	public static int run(Class<?> application, String[] args) {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(USAGE);
			return USAGE_ERROR;
		}
		Path path = options.path();
		if (!Files.exists(path)) {
			System.err.println("No such dataset: " + path);
			return USAGE_ERROR;
		}
		if ((options.bulk() || options.offline()) && !Files.isDirectory(path)) {
			System.err.println((options.bulk() ? "--bulk" : "--offline")
					+ " reads a dataset directory (it reads each file twice); unpack " + path + " first");
			return USAGE_ERROR;
		}
		var progress = new TerminalProgress(System.err, 2_000);
		// checks that need the configuration run once it is read and before the database starts
		var change = new Change("cli:" + System.getProperty("user.name"), "import", path.toString());
		var offline = new OfflineLoad(path, options.dryRun(), change, progress);
		Check before = environment -> options.offline() ? offline.prepare(environment)
				: options.bulk() ? null : normal(path, environment);
		try (var context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.properties("silvergraph.seed.enabled=false", "spring.main.banner-mode=off",
					// a failed start is reported below in one line, not as Spring's stack trace
					"logging.level.org.springframework.boot.SpringApplication=off")
			.listeners(before)
			.run(options.springArgs().toArray(String[]::new))) {
			if (options.offline()) {
				return offline.finish(context);
			}
			if (options.bulk()) {
				return bulk(context, path, options.dryRun(), change, progress);
			}
			return normal(context, path, options.dryRun(), change, progress);
		}
		catch (Stop stop) {
			return stop.exitCode;
		}
		catch (RuntimeException ex) {
			Stop stop = stopIn(ex);
			if (stop != null) {
				return stop.exitCode;
			}
			System.err.println("FAILED: " + rootMessage(ex));
			return FAILED;
		}
	}

	/**
	 * Runs once the configuration is read, before the context (and the embedded database) starts;
	 * returns an exit code to stop there, or {@code null} to go on.
	 */
	@FunctionalInterface
	interface Check extends ApplicationListener<ApplicationEnvironmentPreparedEvent> {

		@Nullable Integer check(ConfigurableEnvironment environment);

		@Override
		default void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
			Integer code = check(event.getEnvironment());
			if (code != null) {
				throw new Stop(code);
			}
		}

	}

	/** Ends the command before the database starts, with an exit code (the message is printed). */
	static final class Stop extends RuntimeException {

		final int exitCode;

		Stop(int exitCode) {
			super(null, null, false, false);
			this.exitCode = exitCode;
		}

	}

	private static @Nullable Stop stopIn(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof Stop stop) {
				return stop;
			}
		}
		return null;
	}

	/** Before the database starts: a dataset too large for one transaction is sent elsewhere. */
	private static @Nullable Integer normal(Path path, ConfigurableEnvironment environment) {
		long rows;
		try {
			rows = rows(Files.isDirectory(path) ? DatasetFiles.inDirectory(path)
					: DatasetFiles.of(Dataset.fromZip(Files.newInputStream(path))));
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException ex) {
			System.err.println("Cannot read " + path + ": " + ex.getMessage());
			return USAGE_ERROR;
		}
		long limit = environment.getProperty("silvergraph.import.max-transaction-rows", Long.class,
				MAX_TRANSACTION_ROWS);
		if (rows > limit) {
			System.err.println(tooLarge(path, rows, limit, Files.isDirectory(path)));
			return USAGE_ERROR;
		}
		return null;
	}

	private static int normal(ConfigurableApplicationContext context, Path path, boolean dryRun, Change change,
			Progress progress) {
		Dataset dataset;
		try {
			dataset = Files.isDirectory(path) ? Dataset.fromDirectory(path) : Dataset.fromZip(Files.newInputStream(path));
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException ex) {
			System.err.println("Cannot read " + path + ": " + ex.getMessage());
			return USAGE_ERROR;
		}
		context.getBean(MigrationRunner.class).migrate();
		ImportReport report;
		try {
			report = context.getBean(DatasetImporter.class).importDataset(dataset, dryRun, change, progress);
		}
		catch (RuntimeException ex) {
			String message = rootMessage(ex);
			System.err.println("FAILED: " + message + "\nNothing was written: the import's single transaction was "
					+ "rolled back.");
			if (message.contains("dbms.memory.transaction")) {
				System.err.println("The dataset does not fit one transaction in this heap; " + alternatives(path, true));
			}
			return FAILED;
		}
		report.rows().forEach((file, n) -> System.out.printf("%-24s %9d rows%n", file, n));
		if (!report.accepted()) {
			return rejected(report.problems());
		}
		System.out.printf("%s: %d nodes and %d relationships created, %d properties set%n",
				dryRun ? "VALID (dry run, nothing written)" : "IMPORTED", report.nodesCreated(),
				report.relationshipsCreated(), report.propertiesSet());
		return OK;
	}

	/** The message for a dataset above the one-transaction bound. */
	static String tooLarge(Path path, long rows, long limit, boolean directory) {
		return String.format(Locale.ROOT, "%s has %,d rows, more than one transaction takes "
				+ "(silvergraph.import.max-transaction-rows = %,d); nothing was written.%n", path, rows, limit)
				+ alternatives(path, directory);
	}

	private static String alternatives(Path path, boolean directory) {
		String dir = directory ? path.toString() : "DIR (unpack " + path + " first)";
		return "Load it with\n  java -jar silver-graph.jar import " + dir + " --offline   (a first load into an "
				+ "empty store; fastest)\n  java -jar silver-graph.jar import " + dir + " --bulk      (many transactions "
				+ "of bounded size, into a store with data too; not all-or-nothing)";
	}

	/** Data rows over all files of a dataset, read as they come (a file need not fit in memory). */
	static long rows(DatasetFiles files) throws IOException {
		long n = 0;
		for (String name : files.names()) {
			try (Dataset.Rows rows = Dataset.rows(files.open(name))) {
				for (; rows.hasNext(); rows.next()) {
					n++;
				}
			}
		}
		return n;
	}

	private static int bulk(ConfigurableApplicationContext context, Path path, boolean dryRun, Change change,
			Progress progress) {
		context.getBean(MigrationRunner.class).migrate();
		BulkReport report;
		try {
			report = context.getBean(BulkImporter.class).importDirectory(path, dryRun, change, progress);
		}
		catch (BulkImportException ex) {
			System.out.println("STOPPED: " + ex.getMessage());
			return STOPPED;
		}
		report.rows().forEach((file, n) -> System.out.printf("%-24s %9d rows%n", file, n));
		if (!report.accepted()) {
			return rejected(report.problems());
		}
		var t = report.times();
		if (dryRun) {
			System.out.printf("VALID (dry run, nothing written): %d rows validated in %.1f s%n", report.totalRows(),
					t.validate() / 1e3);
			return OK;
		}
		double seconds = t.total() / 1e3;
		System.out.printf("IMPORTED (bulk, %d transactions): %d nodes and %d relationships created, %d properties set "
				+ "in %.1f s = %.0f nodes/s, %.0f nodes+relationships/s%n", report.transactions(), report.nodesCreated(),
				report.relationshipsCreated(), report.propertiesSet(), seconds, report.nodesCreated() / seconds,
				(report.nodesCreated() + report.relationshipsCreated()) / seconds);
		System.out.printf("  validate %.1f s, key check %.1f s, write %.1f s (reading %.1f s, statements %.1f s, "
				+ "commits %.1f s, waiting for rows %.1f s)%n", t.validate() / 1e3, t.keyCheck() / 1e3, t.write() / 1e3,
				t.read() / 1e3, t.statements() / 1e3, t.commit() / 1e3, t.waitForRows() / 1e3);
		return OK;
	}

	static int rejected(List<ImportProblem> problems) {
		System.out.println("REJECTED: " + problems.size() + " problem(s); nothing was written");
		problems.forEach(p -> System.out.println("  " + p));
		return REJECTED;
	}

	/** The innermost message of a failure: what a person can act on, without the layers around it. */
	static String rootMessage(Throwable ex) {
		Throwable t = ex;
		@Nullable String message = ex.getMessage();
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
			if (t.getMessage() != null) {
				message = t.getMessage();
			}
		}
		return message == null ? t.getClass().getSimpleName() : message;
	}

}
