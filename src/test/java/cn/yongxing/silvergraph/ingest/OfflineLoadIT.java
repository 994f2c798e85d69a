package cn.yongxing.silvergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import cn.yongxing.silvergraph.SilverGraphApplication;
import cn.yongxing.silvergraph.synthetic.SyntheticCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * {@code import DIR --offline} as a user runs it: Neo4j's offline importer writes the same graph as
 * the transactional import (the export, and every node and relationship with all its properties,
 * derived ones included), and a store that holds data, or a dataset with problems, is refused with
 * nothing changed.
 */
class OfflineLoadIT {

	@TempDir
	static Path cluster;

	@TempDir
	static Path small;

	@BeforeAll
	static void generate() {
		SyntheticCluster.generate(1, 3, cluster);
		SyntheticCluster.generate(0.02, 5, small);
	}

	@Test
	void shouldLoadTheSameGraphAsTheTransactionalImportAtScaleOne(@TempDir Path transactional, @TempDir Path offline) {
		Run normal = run(cluster, transactional);
		assertThat(normal.exitCode()).as(normal.errors()).isZero();

		Run load = run(cluster, offline, "--offline");

		assertThat(load.exitCode()).as(load.errors()).isZero();
		assertThat(load.output()).contains("IMPORTED (offline): ", "nodes/s");
		assertThat(load.errors()).contains("running Neo4j's offline importer", "waiting for the indexes");
		Graph expected = inStore(transactional, Graph::of);
		Graph actual = inStore(offline, Graph::of);
		expected.export().files().forEach((file, text) -> assertThat(actual.export().files().get(file)).as(file)
			.isEqualTo(text));
		assertSame("nodes", actual.nodes(), expected.nodes());
		assertSame("relationships", actual.relationships(), expected.relationships());
		assertThat(actual.audit()).singleElement().asString().startsWith("offline import: ").endsWith(" rows");
	}

	@Test
	void shouldRefuseAStoreThatHoldsDataAndChangeNothing(@TempDir Path store) {
		assertThat(run(small, store).exitCode()).isZero();
		Graph before = inStore(store, Graph::of);

		Run load = run(small, store, "--offline");

		assertThat(load.exitCode()).isEqualTo(ImportCommand.USAGE_ERROR);
		assertThat(load.errors()).contains("holds data (", "--offline loads an empty store only, and nothing was "
				+ "changed").doesNotContain("\tat ");
		Graph after = inStore(store, Graph::of);
		assertThat(after.nodes()).isEqualTo(before.nodes());
		assertThat(after.relationships()).isEqualTo(before.relationships());
	}

	@Test
	void shouldRejectBadDataWithEveryProblemAndWriteNoStore(@TempDir Path bad, @TempDir Path store) throws Exception {
		try (var files = Files.newDirectoryStream(small)) {
			for (Path file : files) {
				Files.copy(file, bad.resolve(file.getFileName()));
			}
		}
		Files.writeString(bad.resolve("enterprises.csv"), Files.readString(small.resolve("enterprises.csv"))
			.replaceFirst(",(true|false),", ",maybe,"));

		Run load = run(bad, store, "--offline");

		assertThat(load.exitCode()).isEqualTo(ImportCommand.REJECTED);
		assertThat(load.output()).contains("problem(s); nothing was written", "enterprises.csv:2 [local] 'maybe'");
		assertThat(store.resolve("data/databases/neo4j")).doesNotExist();
	}

	private static void assertSame(String what, List<String> actual, List<String> expected) {
		Set<String> missing = new HashSet<>(expected);
		actual.forEach(missing::remove);
		Set<String> extra = new HashSet<>(actual);
		expected.forEach(extra::remove);
		assertThat(missing).as(what + " the offline load lacks").isEmpty();
		assertThat(extra).as(what + " only the offline load has").isEmpty();
		assertThat(actual).as(what).hasSameSizeAs(expected);
	}

	/**
	 * A graph compared whole: its export, every node (labels, all properties) and every relationship
	 * (type, ends, all properties) as sorted lines, leaving out the service's own records.
	 */
	private record Graph(Dataset export, List<String> nodes, List<String> relationships, List<String> audit) {

		private static final String OWN = "n:AuditEntry OR n:ApiKey OR n:__Migration OR n:__Seed";

		static Graph of(ConfigurableApplicationContext context) {
			Neo4jClient client = context.getBean(Neo4jClient.class);
			List<String> nodes = new ArrayList<>(client.query("MATCH (n) WHERE NOT (" + OWN + ") "
					+ "RETURN n AS line")
				.fetchAs(String.class)
				.mappedBy((types, r) -> line(r.get("line").asNode().labels(), r.get("line").asNode().asMap()))
				.all());
			List<String> relationships = new ArrayList<>(client.query("""
					MATCH (a)-[r]->(b) WHERE NOT (a:AuditEntry OR a:ApiKey) AND NOT (b:AuditEntry OR b:ApiKey)
					RETURN a.key AS a, [l IN labels(a) WHERE l <> 'Searchable'][0] AS al, type(r) AS type,
					       b.key AS b, [l IN labels(b) WHERE l <> 'Searchable'][0] AS bl, properties(r) AS props""")
				.fetchAs(String.class)
				.mappedBy((types, r) -> r.get("al").asString() + ":" + r.get("a").asString() + " -" + r.get("type")
						.asString() + "-> " + r.get("bl").asString() + ":" + r.get("b").asString() + " "
						+ new TreeMap<>(r.get("props").asMap()))
				.all());
			nodes.sort(null);
			relationships.sort(null);
			List<String> audit = List.copyOf(client.query("MATCH (a:AuditEntry) RETURN a.details AS d ORDER BY d")
				.fetchAs(String.class).all());
			return new Graph(context.getBean(DatasetExporter.class).export(), nodes, relationships, audit);
		}

		private static String line(Iterable<String> labels, Map<String, Object> props) {
			List<String> sorted = new ArrayList<>();
			labels.forEach(sorted::add);
			sorted.sort(null);
			Map<String, Object> values = new TreeMap<>();
			props.forEach((k, v) -> values.put(k, v instanceof List<?> list ? List.copyOf(list) : v));
			return sorted + " " + values;
		}

	}

	private static <T> T inStore(Path store, Function<ConfigurableApplicationContext, T> read) {
		try (var context = new SpringApplicationBuilder(SilverGraphApplication.class).web(WebApplicationType.NONE)
			.properties("silvergraph.seed.enabled=false", "spring.main.banner-mode=off",
					"silvergraph.embedded.data-directory=" + store, "silvergraph.embedded.bolt-port=0")
			.run()) {
			return read.apply(context);
		}
	}

	private record Run(int exitCode, String output, String errors) {
	}

	private static Run run(Path dataset, Path store, String... options) {
		List<String> args = new ArrayList<>(List.of("import", dataset.toString()));
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

}
