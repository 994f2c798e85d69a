package cn.yongxing.silvergraph.config;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * The embedded store seen from outside a running database: what it holds, and a first load of it
 * with Neo4j's own offline importer ({@code neo4j-admin database import full}, run in this process
 * on the store the embedded database opens: home {@code silvergraph.embedded.data-directory}, database
 * {@code neo4j}). Only for a stopped store: the importer writes store files directly.
 */
public final class OfflineStore {

	private OfflineStore() {
	}

	/**
	 * Nodes in the store by label, leaving out the migration records ({@code __Migration}, re-applied
	 * after a load) and the derivations' lock ({@code __Derivations}); empty when the store holds no data or does not exist yet. Opens the store for a
	 * moment (no connector) when it exists.
	 */
	public static Map<String, Long> contents(Path dataDirectory) {
		Path database = dataDirectory.toAbsolutePath().resolve("data/databases")
			.resolve(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		if (!Files.isDirectory(database)) {
			return Map.of();
		}
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDirectory.toAbsolutePath())
			.setConfig(BoltConnector.enabled, false)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			.build();
		try {
			Map<String, Long> counts = new LinkedHashMap<>();
			dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("""
					MATCH (n) WHERE NOT n:__Migration AND NOT n:__Derivations
					UNWIND labels(n) AS label
					RETURN label, count(*) AS n ORDER BY n DESC, label""", Map.of(), result -> {
				result.forEachRemaining(r -> counts.put((String) r.get("label"), (Long) r.get("n")));
				return counts;
			});
			return counts;
		}
		finally {
			dbms.shutdown();
		}
	}

	/**
	 * Runs Neo4j's offline importer into the store's {@code neo4j} database, replacing what is there
	 * (the caller has checked that it holds no data). Throws {@link IllegalStateException} with the
	 * importer's own message when it fails.
	 *
	 * @param input the importer's {@code --nodes}/{@code --relationships} arguments
	 * @param work a directory for the importer's report and temporary files
	 * @param maxOffHeap the importer's off-heap memory, e.g. {@code 1g} (its default, 90 % of free
	 * memory, is not for a shared machine)
	 * @param out where the importer's progress goes
	 */
	public static void importInto(Path dataDirectory, List<String> input, Path work, String maxOffHeap,
			PrintStream out) {
		if (!java.nio.ByteBuffer.class.getModule().isOpen("java.nio", OfflineStore.class.getModule())) {
			throw new IllegalStateException("Neo4j's offline importer needs java.nio opened to it: run java with "
					+ "--add-opens=java.base/java.nio=ALL-UNNAMED (java -jar silver-graph.jar does this by itself)");
		}
		Path home = dataDirectory.toAbsolutePath();
		List<String> args = new ArrayList<>(input);
		args.addAll(List.of("--id-type=string", "--overwrite-destination=true", "--array-delimiter=;",
				"--report-file=" + work.resolve("import.report"), "--temp-path=" + work.resolve("tmp"),
				"--max-off-heap-memory=" + maxOffHeap, GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
		var context = new ExecutionContext(home, home.resolve("conf"), out, out, new DefaultFileSystemAbstraction());
		Throwable[] failure = new Throwable[1];
		int code = new CommandLine(new ImportCommand.Full(context)).setExecutionExceptionHandler((ex, line, parsed) -> {
			failure[0] = ex;
			return 1;
		}).setParameterExceptionHandler((ex, line) -> {
			failure[0] = ex;
			return 2;
		}).execute(args.toArray(String[]::new));
		if (code != 0) {
			Throwable cause = failure[0];
			while (cause != null && cause.getCause() != null && cause.getMessage() == null) {
				cause = cause.getCause();
			}
			throw new IllegalStateException("Neo4j's importer failed (exit " + code + "): "
					+ (cause == null ? "see its output above" : cause.getMessage()), failure[0]);
		}
	}

}
