package cn.yongxing.silvergraph.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Fault run (not part of {@code mvn verify}; run with {@code mvn -B -Pload verify}): the service
 * runs against an external Neo4j in its own process, which is killed mid-traffic and started again
 * on the same store and port. While it is down every request must answer UNAVAILABLE quickly,
 * readiness must be DOWN and the service must not pile up platform threads; when it is back the
 * service must answer correctly and be ready again without a restart.
 * <p>
 * Threads are counted in this JVM, which holds the service and the test client only: the database
 * lives in another process, and the client sends through virtual threads. The baseline is taken
 * after the same traffic against the healthy database, so that pools the service fills lazily
 * (e.g. the driver's event loops) are at their working size.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "silvergraph.rate-limit.enabled=false")
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class Neo4jOutageRun {

	private static final Logger log = LoggerFactory.getLogger(Neo4jOutageRun.class);

	private static final int CLIENTS = 20;

	private static final Duration OUTAGE = Duration.ofSeconds(15);

	private static final int THREAD_BOUND = 25;

	private static Path home;

	private static Neo4jServerProcess database;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder()
		.executor(Executors.newVirtualThreadPerTaskExecutor())
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@DynamicPropertySource
	static void externalDatabase(DynamicPropertyRegistry registry) throws Exception {
		home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "outage-neo4j");
		database = Neo4jServerProcess.start(home, 0);
		registry.add("spring.neo4j.uri", () -> "bolt://127.0.0.1:" + database.port());
	}

	@AfterAll
	static void stopDatabase() throws Exception {
		database.close();
	}

	@Test
	void answersUnavailableQuicklyWhileTheDatabaseIsDownAndRecoversWhenItReturns() throws Exception {
		Traffic healthy = traffic(Duration.ofSeconds(5));
		assertThat(healthy.others()).as("answers with the database up").isEmpty();
		assertThat(healthy.unavailable()).isZero();
		assertThat(readiness()).isEqualTo(200);
		var threads = ManagementFactory.getThreadMXBean();
		int baseline = threads.getThreadCount();
		Map<String, Long> baselineGroups = threadGroups();

		threads.resetPeakThreadCount();
		database.kill();
		Traffic outage = traffic(OUTAGE);
		int readinessDuringOutage = readiness();
		int peakDuringOutage = threads.getPeakThreadCount();
		Map<String, Long> outageGroups = threadGroups();
		log.info("OUTAGE healthy: {} (load average {})", healthy, loadAverage());
		log.info("OUTAGE database down: {}, readiness {}", outage, readinessDuringOutage);
		log.info("OUTAGE platform threads: baseline {}, peak while down {}; groups that changed {}", baseline,
				peakDuringOutage, changed(baselineGroups, outageGroups));
		assertThat(outage.others()).as("answers other than UNAVAILABLE while down").isEmpty();
		assertThat(outage.correct()).isZero();
		assertThat(outage.maxMs()).isLessThan(6000);
		assertThat(readinessDuringOutage).isEqualTo(503);
		assertThat(peakDuringOutage - baseline).as("new platform threads while down").isLessThan(THREAD_BOUND);

		long restartAt = System.nanoTime();
		database = Neo4jServerProcess.start(home, database.port());
		long upAt = System.nanoTime();
		long answeringAt = awaitNanos("query", () -> query().body(), a -> a.contains("\"symbol\""));
		long readyAt = awaitNanos("readiness", () -> Integer.toString(readiness()), "200"::equals);
		Traffic after = traffic(Duration.ofSeconds(5));
		int threadsAfter = threads.getThreadCount();
		log.info("OUTAGE database restarted in {} ms; after Bolt was back: first correct answer {} ms, readiness UP {} ms",
				ms(upAt - restartAt), ms(answeringAt - upAt), ms(readyAt - upAt));
		log.info("OUTAGE after recovery: {}; platform threads {}; groups that changed {}", after, threadsAfter,
				changed(baselineGroups, threadGroups()));
		assertThat(after.others()).isEmpty();
		assertThat(after.unavailable()).isZero();
		assertThat(threadsAfter - baseline).as("platform threads after recovery").isLessThan(THREAD_BOUND);
	}

	/**
	 * Probes until the answer is the expected one (at most 60 s: the service must not need a restart)
	 * and returns when; logs every attempt, so that a slow first answer of a cold database is told
	 * apart from a service that keeps failing.
	 */
	private static long awaitNanos(String what, Probe probe, Predicate<String> expected) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		for (int attempt = 1;; attempt++) {
			long t0 = System.nanoTime();
			String answer = probe.answer();
			log.info("OUTAGE {} attempt {} took {} ms: {}", what, attempt, ms(System.nanoTime() - t0),
					answer.length() > 300 ? answer.substring(0, 300) + "…" : answer);
			if (expected.test(answer)) {
				return System.nanoTime();
			}
			assertThat(System.nanoTime()).as("%s within 60 s of the database's return", what).isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	private interface Probe {

		String answer() throws Exception;

	}

	/** {@link #CLIENTS} clients sending a seed query back to back for the given time. */
	private Traffic traffic(Duration duration) throws Exception {
		long start = System.nanoTime();
		var latencies = new ConcurrentLinkedQueue<Long>();
		var answers = new ConcurrentLinkedQueue<String>();
		try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int c = 0; c < CLIENTS; c++) {
				pool.submit(() -> {
					while (System.nanoTime() - start < duration.toNanos()) {
						long t0 = System.nanoTime();
						var response = query();
						latencies.add(System.nanoTime() - t0);
						answers.add(response.statusCode() + " " + response.body());
					}
					return null;
				});
			}
		}
		return Traffic.of(answers, latencies);
	}

	private HttpResponse<String> query() throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ metals { symbol } }\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private int readiness() throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
			.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/** Live platform threads by name with the numbers taken out ("Neo4jDriverIO-#-#" and so on). */
	private static Map<String, Long> threadGroups() {
		return Thread.getAllStackTraces().keySet().stream()
			.collect(Collectors.groupingBy(t -> t.getName().replaceAll("\\d+", "#"), TreeMap::new,
					Collectors.counting()));
	}

	private static Map<String, String> changed(Map<String, Long> before, Map<String, Long> now) {
		var names = new TreeSet<>(before.keySet());
		names.addAll(now.keySet());
		var changed = new TreeMap<String, String>();
		for (String name : names) {
			long was = before.getOrDefault(name, 0L);
			long is = now.getOrDefault(name, 0L);
			if (was != is) {
				changed.put(name, was + " -> " + is);
			}
		}
		return changed;
	}

	private static String loadAverage() throws Exception {
		Path loadavg = Path.of("/proc/loadavg");
		return Files.exists(loadavg) ? Files.readString(loadavg).trim() : "unknown";
	}

	private static long ms(long nanos) {
		return nanos / 1_000_000;
	}

	/** Outcome of a traffic phase: answers by kind and latencies. */
	private record Traffic(int requests, long correct, long unavailable, List<String> others, long p50Ms,
			long p99Ms, long maxMs) {

		static Traffic of(ConcurrentLinkedQueue<String> answers, ConcurrentLinkedQueue<Long> latencies) {
			long correct = answers.stream().filter(a -> a.startsWith("200 ") && a.contains("\"symbol\"")
					&& !a.contains("\"errors\"")).count();
			long unavailable = answers.stream().filter(a -> a.startsWith("200 ") && a.contains("\"UNAVAILABLE\""))
				.count();
			List<String> others = answers.stream()
				.filter(a -> !(a.startsWith("200 ") && (a.contains("\"UNAVAILABLE\"")
						|| a.contains("\"symbol\"") && !a.contains("\"errors\""))))
				.limit(5)
				.toList();
			long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
			return new Traffic(answers.size(), correct, unavailable, others, percentile(sorted, 0.50),
					percentile(sorted, 0.99), sorted.length == 0 ? 0 : ms(sorted[sorted.length - 1]));
		}

		private static long percentile(long[] sorted, double p) {
			return sorted.length == 0 ? 0 : ms(sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))]);
		}

		@Override
		public String toString() {
			return "%d requests (%d correct, %d UNAVAILABLE, other %s), latency p50 %d ms, p99 %d ms, max %d ms"
				.formatted(requests, correct, unavailable, others, p50Ms, p99Ms, maxMs);
		}

	}

}
