package cn.yongxing.silvergraph.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import cn.yongxing.silvergraph.migrations.MigrationRunner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Command line import: {@code java -jar silver-graph.jar import DIR [--dry-run]} loads a dataset
 * directory (or zip) through the same importer as the seed and {@code POST /import}, prints the
 * report and exits non-zero when the dataset is rejected.
 */
public final class ImportCommand {

	private ImportCommand() {
	}

	/** Whether the arguments ask for an import rather than the server. */
	public static boolean isImportInvocation(String[] args) {
		return args.length > 0 && args[0].equals("import");
	}

	/** Runs the import and returns the process exit code. */
	public static int run(Class<?> application, String[] args) {
		if (args.length < 2) {
			System.err.println("usage: java -jar silver-graph.jar import DIR|FILE.zip [--dry-run]");
			return 2;
		}
		Path path = Path.of(args[1]);
		if (!Files.exists(path)) {
			System.err.println("No such dataset: " + path);
			return 2;
		}
		boolean dryRun = Arrays.asList(args).contains("--dry-run");
		String[] springArgs = Arrays.stream(args).skip(2).filter(a -> !a.equals("--dry-run")).toArray(String[]::new);
		try (var context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.properties("silvergraph.seed.enabled=false", "spring.main.banner-mode=off")
			.run(springArgs)) {
			context.getBean(MigrationRunner.class).migrate();
			Dataset dataset;
			try {
				dataset = Files.isDirectory(path) ? Dataset.fromDirectory(path)
						: Dataset.fromZip(Files.newInputStream(path));
			}
			catch (java.io.IOException ex) {
				System.err.println("Cannot read " + path + ": " + ex.getMessage());
				return 2;
			}
			ImportReport report = context.getBean(DatasetImporter.class)
				.importDataset(dataset, dryRun, new Change("cli:" + System.getProperty("user.name"), "import", path.toString()));
			report.rows().forEach((file, n) -> System.out.printf("%-24s %6d rows%n", file, n));
			if (!report.accepted()) {
				System.out.println("REJECTED: " + report.problems().size() + " problem(s); nothing was written");
				report.problems().forEach(p -> System.out.println("  " + p));
				return 1;
			}
			System.out.printf("%s: %d nodes and %d relationships created, %d properties set%n",
					dryRun ? "VALID (dry run, nothing written)" : "IMPORTED", report.nodesCreated(),
					report.relationshipsCreated(), report.propertiesSet());
			return 0;
		}
	}

}
