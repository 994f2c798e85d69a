package cn.yongxing.silvergraph.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import cn.yongxing.silvergraph.ingest.BulkImporter;
import cn.yongxing.silvergraph.ingest.Change;
import cn.yongxing.silvergraph.synthetic.SyntheticCluster;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Load on loopback (not part of {@code mvn verify}; run with {@code mvn -B -Pload verify}): 50
 * concurrent clients send a mix of read queries for a fixed time, lookups and analyses (partner
 * networks, chain gaps, little-giant candidates) over the seed plus a generated cluster
 * ({@code -Dload.scale}, default 1 = 1,000 firms); per 5-second window it reports throughput,
 * p50/p99/max latency, then the whole run's p50/p99/max per query against the server's own slowest
 * request ({@code http.server.requests}: a client waiting much longer than the server worked is time
 * spent queued), and heap after GC. Asserts no errors, a maximum under 5 s, stable latency and flat
 * heap. {@code -Dload.clients}, {@code -Dload.seconds} change the shape.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "silvergraph.embedded.data-directory=target/it-neo4j/${random.uuid}",
				"silvergraph.embedded.bolt-port=0", "silvergraph.rate-limit.enabled=false",
				"silvergraph.embedded.transaction-timeout=600s" })
class GraphQlLoadRun {

	private static final Logger log = LoggerFactory.getLogger(GraphQlLoadRun.class);

	private static final List<String> LOOKUPS = List.of(
			"{\"query\":\"{ enterprises(first: 20) { edges { node { key name park { key } products { product { key } } } } } }\"}",
			"{\"query\":\"{ enterprise(id: \\\"Enterprise:tengchi\\\") { key name patents(first: 5) { edges { node { number } } } sources { title } } }\"}",
			"{\"query\":\"{ search(text: \\\"银\\\", first: 10) { __typename } }\"}",
			"{\"query\":\"{ industryChain(metal: \\\"Ag\\\") { key } metals { symbol nameZh } }\"}");

	private static final List<String> ANALYSES = List.of(
			"{\"query\":\"{ chainGaps(metal: \\\"Ag\\\") { id kind severity } }\"}",
			"{\"query\":\"{ littleGiantCandidates(first: 10) { edges { node { enterprise { key } } } } }\"}");

	/** The mix: lookups, analyses, and partner networks of depth 2 around generated firms (set up below). */
	private final List<String> queries = new ArrayList<>();

	@Autowired
	BulkImporter bulk;

	@Autowired
	MeterRegistry meters;

	@LocalServerPort
	int port;

	@Test
	void keepsLatencyStableAndHeapFlatUnderFiftyConcurrentClients() throws Exception {
		int clients = Integer.getInteger("load.clients", 50);
		Duration duration = Duration.ofSeconds(Long.getLong("load.seconds", 60));
		Duration window = Duration.ofSeconds(5);
		double scale = Double.parseDouble(System.getProperty("load.scale", "1"));
		if (scale > 0) {
			Path dir = Path.of("target/load/dataset-" + scale);
			SyntheticCluster.generate(scale, 1, dir);
			assertThat(bulk.importDirectory(dir, false, new Change("tests", "import", "load run")).accepted()).isTrue();
		}
		queries.addAll(LOOKUPS);
		queries.addAll(ANALYSES);
		for (int i = 1; i <= 6 && scale > 0; i++) {
			queries.add("{\"query\":\"{ partnerNetwork(id: \\\"Enterprise:syn-e-" + "%06d".formatted(i * 137 % Math.max(1, (int) (scale * 1000)))
					+ "\\\", depth: 2) { truncated nodes { id } edges { from to } } }\"}");
		}
		var http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
		var uri = URI.create("http://127.0.0.1:" + port + "/graphql");
		// warm-up: JIT, plan cache, page cache, the analyses' caches
		for (int i = 0; i < 200; i++) {
			String q = queries.get(i % queries.size());
			if (!send(http, uri, q)) {
				throw new IllegalStateException("warm-up query failed: " + q);
			}
		}
		Map<String, ConcurrentLinkedQueue<Long>> byQuery = new ConcurrentHashMap<>();
		long heapBefore = heapAfterGc();
		int windows = (int) (duration.toMillis() / window.toMillis());
		List<ConcurrentLinkedQueue<Long>> latencies = new ArrayList<>();
		for (int w = 0; w < windows; w++) {
			latencies.add(new ConcurrentLinkedQueue<>());
		}
		var errors = new AtomicLong();
		long start = System.nanoTime();
		long end = start + duration.toNanos();
		try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int c = 0; c < clients; c++) {
				int client = c;
				pool.submit(() -> {
					int i = client;
					while (System.nanoTime() < end) {
						long t0 = System.nanoTime();
						String query = queries.get(i++ % queries.size());
						boolean ok = send(http, uri, query);
						long t1 = System.nanoTime();
						byQuery.computeIfAbsent(query, q -> new ConcurrentLinkedQueue<>()).add(t1 - t0);
						int w = (int) ((t0 - start) / window.toNanos());
						if (w < windows) {
							latencies.get(w).add(t1 - t0);
						}
						if (!ok) {
							errors.incrementAndGet();
						}
					}
					return null;
				});
			}
		}
		long heapAfter = heapAfterGc();
		var p99s = new ArrayList<Long>();
		log.info("LOAD {} clients, {} s, windows of {} s", clients, duration.toSeconds(), window.toSeconds());
		for (int w = 0; w < windows; w++) {
			long[] sorted = latencies.get(w).stream().mapToLong(Long::longValue).sorted().toArray();
			if (sorted.length == 0) {
				continue;
			}
			long p50 = sorted[sorted.length / 2] / 1_000_000;
			long p99 = sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))] / 1_000_000;
			p99s.add(p99);
			log.info("LOAD window {}: {} req ({} req/s) p50 {} ms p99 {} ms max {} ms", w, sorted.length,
					sorted.length / window.toSeconds(), p50, p99, sorted[sorted.length - 1] / 1_000_000);
		}
		log.info("LOAD heap after GC: before {} MB, after {} MB; errors {}", heapBefore >> 20, heapAfter >> 20,
				errors.get());
		long[] all = byQuery.values().stream().flatMap(ConcurrentLinkedQueue::stream).mapToLong(Long::longValue)
			.sorted().toArray();
		log.info("LOAD whole run: {} requests, p50 {} ms, p99 {} ms, max {} ms; slowest request the server timed {} ms; "
				+ "load average {}", all.length, all[all.length / 2] / 1_000_000,
				all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1_000_000, all[all.length - 1] / 1_000_000,
				(long) meters.find("http.server.requests").timers().stream().mapToDouble(t -> t.max(TimeUnit.MILLISECONDS))
					.max().orElse(0), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		byQuery.forEach((query, times) -> {
			long[] t = times.stream().mapToLong(Long::longValue).sorted().toArray();
			log.info("LOAD   {} × p50 {} ms p99 {} ms max {} ms  {}", t.length, t[t.length / 2] / 1_000_000,
					t[Math.min(t.length - 1, (int) (t.length * 0.99))] / 1_000_000, t[t.length - 1] / 1_000_000,
					query.length() > 110 ? query.substring(0, 110) + "…" : query);
		});
		assertThat(errors.get()).isZero();
		assertThat(Duration.ofNanos(all[all.length - 1])).as("slowest request").isLessThan(Duration.ofSeconds(5));
		long firstHalf = median(p99s.subList(0, p99s.size() / 2));
		long secondHalf = median(p99s.subList(p99s.size() / 2, p99s.size()));
		assertThat(secondHalf).as("p99 of the second half vs the first (ms)").isLessThanOrEqualTo(firstHalf * 2 + 50);
		assertThat(heapAfter).as("heap after GC").isLessThan(heapBefore + 64L * 1024 * 1024);
	}

	private static boolean send(HttpClient http, URI uri, String body) {
		try {
			var response = http.send(HttpRequest.newBuilder(uri)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && !response.body().contains("\"errors\"");
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static long heapAfterGc() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(200);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static long median(List<Long> values) {
		long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
		return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
	}


}
