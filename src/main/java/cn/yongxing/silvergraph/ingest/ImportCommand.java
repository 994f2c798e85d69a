package cn.yongxing.silvergraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import cn.yongxing.silvergraph.migrations.MigrationRunner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Command line import: {@code java -jar silver-graph.jar import DIR [--dry-run] [--bulk]} loads a
 * dataset directory (or zip) through the same importer as the seed and {@code POST /import}, or with
 * {@code --bulk} a large dataset directory through {@link BulkImporter}, prints the report and exits
 * with 0 (imported or valid), 1 (rejected: nothing written), 2 (usage) or 3 (a bulk import stopped
 * midway: run it again to finish).
 */
public final class ImportCommand {

	private static final String USAGE = "usage: java -jar silver-graph.jar import DIR|FILE.zip [--dry-run] [--bulk] "
			+ "[--spring.property=value ...]";

	private ImportCommand() {
	}

	/** Whether the arguments ask for an import rather than the server. */
	public static boolean isImportInvocation(String[] args) {
		return args.length > 0 && args[0].equals("import");
	}

	/** Runs the import and returns the process exit code. */
	public static int run(Class<?> application, String[] args) {
		if (args.length < 2) {
			System.err.println(USAGE);
			return 2;
		}
		Path path = Path.of(args[1]);
		if (!Files.exists(path)) {
			System.err.println("No such dataset: " + path);
			return 2;
		}
		List<String> options = Arrays.asList(args);
		boolean dryRun = options.contains("--dry-run");
		boolean bulk = options.contains("--bulk");
		if (bulk && !Files.isDirectory(path)) {
			System.err.println("--bulk reads a dataset directory (it reads each file twice); unpack " + path + " first");
			return 2;
		}
		String[] springArgs = options.stream().skip(2).filter(a -> !a.equals("--dry-run") && !a.equals("--bulk"))
			.toArray(String[]::new);
		try (var context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.properties("silvergraph.seed.enabled=false", "spring.main.banner-mode=off")
			.run(springArgs)) {
			context.getBean(MigrationRunner.class).migrate();
			var change = new Change("cli:" + System.getProperty("user.name"), "import", path.toString());
			return bulk ? bulk(context.getBean(BulkImporter.class), path, dryRun, change)
					: normal(context.getBean(DatasetImporter.class), path, dryRun, change);
		}
	}

	private static int normal(DatasetImporter importer, Path path, boolean dryRun, Change change) {
		Dataset dataset;
		try {
			dataset = Files.isDirectory(path) ? Dataset.fromDirectory(path) : Dataset.fromZip(Files.newInputStream(path));
		}
		catch (IOException | IllegalArgumentException ex) {
			System.err.println("Cannot read " + path + ": " + ex.getMessage());
			return 2;
		}
		ImportReport report = importer.importDataset(dataset, dryRun, change);
		report.rows().forEach((file, n) -> System.out.printf("%-24s %9d rows%n", file, n));
		if (!report.accepted()) {
			return rejected(report.problems());
		}
		System.out.printf("%s: %d nodes and %d relationships created, %d properties set%n",
				dryRun ? "VALID (dry run, nothing written)" : "IMPORTED", report.nodesCreated(),
				report.relationshipsCreated(), report.propertiesSet());
		return 0;
	}

	private static int bulk(BulkImporter importer, Path path, boolean dryRun, Change change) {
		BulkReport report;
		try {
			report = importer.importDirectory(path, dryRun, change);
		}
		catch (BulkImportException ex) {
			System.out.println("STOPPED: " + ex.getMessage());
			return 3;
		}
		report.rows().forEach((file, n) -> System.out.printf("%-24s %9d rows%n", file, n));
		if (!report.accepted()) {
			return rejected(report.problems());
		}
		var t = report.times();
		if (dryRun) {
			System.out.printf("VALID (dry run, nothing written): %d rows validated in %.1f s%n", report.totalRows(),
					t.validate() / 1e3);
			return 0;
		}
		double seconds = t.total() / 1e3;
		System.out.printf("IMPORTED (bulk, %d transactions): %d nodes and %d relationships created, %d properties set "
				+ "in %.1f s = %.0f nodes/s, %.0f nodes+relationships/s%n", report.transactions(), report.nodesCreated(),
				report.relationshipsCreated(), report.propertiesSet(), seconds, report.nodesCreated() / seconds,
				(report.nodesCreated() + report.relationshipsCreated()) / seconds);
		System.out.printf("  validate %.1f s, key check %.1f s, write %.1f s (reading %.1f s, statements %.1f s, "
				+ "commits %.1f s, waiting for rows %.1f s)%n", t.validate() / 1e3, t.keyCheck() / 1e3, t.write() / 1e3,
				t.read() / 1e3, t.statements() / 1e3, t.commit() / 1e3, t.waitForRows() / 1e3);
		return 0;
	}

	private static int rejected(List<ImportProblem> problems) {
		System.out.println("REJECTED: " + problems.size() + " problem(s); nothing was written");
		problems.forEach(p -> System.out.println("  " + p));
		return 1;
	}

}
