package cn.yongxing.silvergraph.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import java.util.function.LongSupplier;

import cn.yongxing.silvergraph.SilverGraphApplication;
import cn.yongxing.silvergraph.ingest.BulkImporter;
import cn.yongxing.silvergraph.ingest.BulkReport;
import cn.yongxing.silvergraph.ingest.Change;
import cn.yongxing.silvergraph.synthetic.SyntheticCluster;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The side-by-side benchmark. Generates a synthetic cluster, starts the service embedded on a fresh
 * store (timing start-up to the first answer on the seed), imports the cluster through the bulk
 * importer (timing nodes/s), starts the peer (the Neo4j GraphQL Library on Apollo Server, under
 * {@code bench/peer}) on the same Neo4j over Bolt, and runs the query mix at each concurrency,
 * interleaving the targets round by round so that load changes hit all of them alike. Prints one
 * table and writes it as JSON and Markdown.
 *
 * <p>Run with {@code mvn -Pbench verify -Dbench.args="--scale 1"}; options: {@code --scale N --seed S
 * --seconds T (per cell and round) --warmup T --rounds R --concurrency 1,8,32 --no-peer --out DIR}.
 */
public final class Benchmark {

	record Options(double scale, long seed, double seconds, double warmup, int rounds, List<Integer> concurrency,
			boolean peer, Path out) {

		static Options parse(String[] args) {
			double scale = 1;
			long seed = 1;
			double seconds = 5;
			double warmup = 3;
			int rounds = 2;
			List<Integer> concurrency = List.of(1, 8, 32);
			boolean peer = true;
			Path out = Path.of("target/bench");
			for (int i = 0; i < args.length; i++) {
				switch (args[i]) {
					case "--scale" -> scale = Double.parseDouble(args[++i]);
					case "--seed" -> seed = Long.parseLong(args[++i]);
					case "--seconds" -> seconds = Double.parseDouble(args[++i]);
					case "--warmup" -> warmup = Double.parseDouble(args[++i]);
					case "--rounds" -> rounds = Integer.parseInt(args[++i]);
					case "--concurrency" -> concurrency = java.util.Arrays.stream(args[++i].split(","))
						.map(String::trim).map(Integer::parseInt).toList();
					case "--no-peer" -> peer = false;
					case "--out" -> out = Path.of(args[++i]);
					case "" -> {
					}
					default -> throw new IllegalArgumentException("unknown benchmark option " + args[i]);
				}
			}
			return new Options(scale, seed, seconds, warmup, rounds, concurrency, peer, out);
		}
	}

	private Benchmark() {
	}

	public static void main(String[] args) throws Exception {
		String[] split = args.length == 1 ? args[0].trim().split("\\s+") : args;
		Report report = run(Options.parse(split));
		System.out.println(report.markdown());
		System.exit(0);
	}

	/** Runs the whole benchmark and writes its report under {@code options.out()}. */
	static Report run(Options options) throws Exception {
		Files.createDirectories(options.out());
		Report report = new Report(options);
		report.fact("load (uptime) at start", Machine.uptime());
		report.fact("cpus", String.valueOf(Runtime.getRuntime().availableProcessors()));

		Path dataset = options.out().resolve("dataset-scale" + options.scale() + "-seed" + options.seed());
		long t0 = System.nanoTime();
		var generated = SyntheticCluster.generate(options.scale(), options.seed(), dataset);
		report.fact("generated", "%d enterprises, %d rows in %.1f s".formatted(generated.enterprises(),
				generated.totalRows(), seconds(t0)));

		Path store = options.out().resolve("neo4j-" + Instant.now().toEpochMilli());
		long started = System.nanoTime();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SilverGraphApplication.class)
			.properties("silvergraph.embedded.data-directory=" + store.toAbsolutePath(), "silvergraph.embedded.bolt-port=0",
					"server.port=0", "silvergraph.embedded.transaction-timeout=30m", "spring.main.banner-mode=off",
					// the load generator is one client: the per-client rate limit (500/s) would answer 429
					// instead of measuring, and neither the peer nor raw Cypher has one
					"silvergraph.rate-limit.requests-per-period=1000000000")
			.run()) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			URI ours = URI.create("http://127.0.0.1:" + port + "/graphql");
			try (GraphQlTarget oursTarget = new GraphQlTarget("ours", ours, QueryCase::ours)) {
				JsonNode first = oursTarget.post("{ metals { symbol } }", Map.of());
				report.fact("start-up to first answer on the seed", "%.1f s (in-process, fresh store; %d metals)"
					.formatted(seconds(started), first.path("data").path("metals").size()));

				BulkReport imported = app.getBean(BulkImporter.class)
					.importDirectory(dataset, false, new Change("benchmark", "import", dataset.toString()));
				if (!imported.accepted()) {
					throw new IllegalStateException("synthetic dataset rejected: " + imported.problems().subList(0,
							Math.min(5, imported.problems().size())));
				}
				report.importFigures(imported);
				report.fact("RSS after the import", Machine.rssOfSelf());

				String bolt = System.getProperty("silvergraph.embedded.bolt-uri");
				// the floor goes through the service's own driver bean: same pool, same settings
				Driver driver = app.getBean(Driver.class);
				QueryMix.Keys keys = keys(driver);
				List<String> skipped = new ArrayList<>();
				List<QueryCase> cases = QueryMix.cases(keys, queryFields(oursTarget), skipped);
				skipped.forEach(s -> report.note("skipped " + s));
				List<String> someIds = keys.enterprises().stream().limit(50).map(k -> "Enterprise:" + k).toList();
				report.profiles(Profiler.profile(driver, Profiler.statements(cases), Map.of("key",
						keys.enterprises().getFirst(), "metal", keys.metals().getFirst(), "text", "银粉", "keys", someIds),
						Profiler.parameters(cases)));
				List<Target> targets = new ArrayList<>(List.of(oursTarget, new CypherTarget(driver)));
				Peer peer = null;
				if (options.peer()) {
					peer = Peer.start(bolt, report);
					targets.add(new GraphQlTarget("peer", peer.endpoint(), QueryCase::peer));
				}
				else {
					report.note("peer not run (--no-peer)");
				}
				try {
					MeterRegistry meters = app.getBean(MeterRegistry.class);
					// every statement our read kernel sends is timed by name: the sum counts round trips
					LongSupplier statements = () -> meters.find("silvergraph.cypher").timers().stream()
						.mapToLong(Timer::count).sum();
					measure(options, cases, targets, report, statements);
					report.fact("service RSS after the run (JVM of service + load generator)", Machine.rssOfSelf());
					if (peer != null) {
						report.fact("peer RSS after the run (node)", Machine.rss(peer.pid()));
					}
				}
				finally {
					if (peer != null) {
						peer.close();
					}
				}
			}
		}
		report.fact("load (uptime) at end", Machine.uptime());
		report.write();
		return report;
	}

	private static void measure(Options options, List<QueryCase> cases, List<Target> targets, Report report,
			LongSupplier ourStatements) throws InterruptedException {
		// warm up every case on every target (JIT, page cache, query plans) before any measurement
		for (QueryCase q : cases) {
			for (Target t : targets) {
				if (t.supports(q)) {
					drive(q, t, 4, options.warmup(), new Cell(), 0);
				}
			}
		}
		for (int c : options.concurrency()) {
			for (int round = 0; round < options.rounds(); round++) {
				for (QueryCase q : cases) {
					for (int i = 0; i < targets.size(); i++) {
						// rotate the order each round: no target always runs first or last
						Target t = targets.get((i + round) % targets.size());
						if (t.supports(q)) {
							Cell cell = report.cell(q, t.name(), c);
							long before = ourStatements.getAsLong();
							drive(q, t, c, options.seconds(), cell, round * 7919L + c);
							if (t.name().equals("ours")) {
								cell.addStatements(ourStatements.getAsLong() - before);
							}
						}
					}
				}
			}
			System.out.printf("concurrency %d done (%s)%n", c, Machine.uptime());
		}
		report.cases(cases);
	}

	/** Sends requests of a case from {@code concurrency} workers for {@code seconds}, recording into a cell. */
	private static void drive(QueryCase q, Target target, int concurrency, double seconds, Cell cell, long seed)
			throws InterruptedException {
		long deadline = System.nanoTime() + (long) (seconds * 1e9);
		AtomicLong stream = new AtomicLong(seed);
		List<Thread> workers = new ArrayList<>();
		long start = System.nanoTime();
		for (int w = 0; w < concurrency; w++) {
			SplittableRandom random = new SplittableRandom(stream.getAndIncrement() * 31 + q.name().hashCode());
			workers.add(Thread.ofPlatform().start(() -> {
				while (System.nanoTime() < deadline) {
					Map<String, Object> params = q.params().apply(random);
					long t0 = System.nanoTime();
					try {
						target.execute(q, params);
						cell.record(System.nanoTime() - t0);
					}
					catch (Exception ex) {
						cell.error(ex);
					}
				}
			}));
		}
		for (Thread w : workers) {
			w.join();
		}
		cell.addWallTime(System.nanoTime() - start);
	}

	/** The values the shapes rooted at the other node types draw from: a node's key, or an enumerated value. */
	private static final List<String[]> VALUES = List.of(
			new String[] { "Park", "MATCH (n:Park) WHERE EXISTS { (n)<-[:LOCATED_IN]-(:Enterprise) } RETURN n.key AS v ORDER BY v" },
			new String[] { "Material", "MATCH (n:Material) WHERE EXISTS { (n)-[:FEEDS]->(:Product) } RETURN n.key AS v ORDER BY v" },
			new String[] { "Project", "MATCH (n:Project) WHERE EXISTS { (n)<-[:PARTICIPATES_IN]-() } RETURN n.key AS v ORDER BY v" },
			new String[] { "Cluster", "MATCH (n:Cluster) RETURN n.key AS v ORDER BY v" },
			new String[] { "IndustryChain", "MATCH (n:IndustryChain) RETURN n.key AS v ORDER BY v" },
			new String[] { "Standard.level", "MATCH (n:Standard) WHERE n.level IS NOT NULL RETURN DISTINCT n.level AS v ORDER BY v" },
			new String[] { "Designation.kind",
					"MATCH (n:Designation) WHERE EXISTS { (n)<-[:HAS_DESIGNATION]-() } RETURN DISTINCT n.kind AS v ORDER BY v" },
			new String[] { "Platform.kind", "MATCH (n:Platform) RETURN DISTINCT n.kind AS v ORDER BY v" },
			new String[] { "Region.level", "MATCH (n:Region) RETURN DISTINCT n.level AS v ORDER BY v" },
			new String[] { "ChainStage.kind", "MATCH (n:ChainStage) RETURN DISTINCT n.kind AS v ORDER BY v" },
			new String[] { "Source.kind", "MATCH (n:Source) RETURN DISTINCT n.kind AS v ORDER BY v" });

	private static QueryMix.Keys keys(Driver driver) {
		try (var session = driver.session()) {
			List<String> enterprises = session.executeRead(tx -> tx.run(
					"MATCH (e:Enterprise) WHERE e.key STARTS WITH 'syn-' RETURN e.key AS k ORDER BY k LIMIT 5000")
				.list(r -> r.get("k").asString()));
			List<String> metals = session.executeRead(tx -> tx.run("""
					MATCH (m:Metal)<-[:OF_METAL]-(:Product)<-[:PRODUCES]-(:Enterprise)
					RETURN DISTINCT m.key AS k ORDER BY k""").list(r -> r.get("k").asString()));
			List<String> institutions = session.executeRead(tx -> tx.run("""
					MATCH (i:Institution) WHERE EXISTS { (i)<-[:COLLABORATES_WITH]-(:Enterprise) }
					RETURN i.key AS k ORDER BY k LIMIT 5000""").list(r -> r.get("k").asString()));
			Map<String, List<String>> values = new LinkedHashMap<>();
			for (String[] read : VALUES) {
				values.put(read[0], session.executeRead(tx -> tx.run(read[1]).list(r -> r.get("v").asString())));
			}
			return new QueryMix.Keys(enterprises, metals, institutions,
					List.of("银粉", "金源", "Silver", "铋", "恒昌", "paste", "电解银", "Tellurium", "合成大学", "环保科技"), values);
		}
	}

	private static Set<String> queryFields(GraphQlTarget ours) throws Exception {
		JsonNode fields = ours.post("{ __schema { queryType { fields { name } } } }", Map.of())
			.path("data").path("__schema").path("queryType").path("fields");
		Set<String> names = new java.util.TreeSet<>();
		fields.forEach(f -> names.add(f.path("name").asString()));
		return names;
	}

	static double seconds(long sinceNanos) {
		return (System.nanoTime() - sinceNanos) / 1e9;
	}

	static Map<String, Object> map(Object... kv) {
		Map<String, Object> m = new LinkedHashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			m.put((String) kv[i], kv[i + 1]);
		}
		return m;
	}

}
