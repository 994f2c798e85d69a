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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Fault run (not part of {@code mvn verify}; run with {@code mvn -B -Pload verify}): the service
 * runs against an "external" Neo4j (a separate server reached through a TCP proxy), the proxy is cut
 * mid-traffic and restored. During the outage every request must answer UNAVAILABLE quickly,
 * readiness must be DOWN and threads must not pile up; afterwards the service must recover alone.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "silvergraph.rate-limit.enabled=false")
class Neo4jOutageRun {

	private static final Logger log = LoggerFactory.getLogger(Neo4jOutageRun.class);

	private static DatabaseManagementService database;

	private static TcpProxy proxy;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@DynamicPropertySource
	static void externalDatabase(DynamicPropertyRegistry registry) throws Exception {
		Path dir = Files.createTempDirectory(Path.of("target"), "outage-neo4j");
		database = new DatabaseManagementServiceBuilder(dir.toAbsolutePath())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
			.setConfig(HttpConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.build();
		int bolt = ((GraphDatabaseAPI) database.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME))
			.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT).getPort();
		proxy = new TcpProxy(bolt);
		registry.add("spring.neo4j.uri", () -> "bolt://127.0.0.1:" + proxy.port());
	}

	@AfterAll
	static void stopDatabase() throws Exception {
		proxy.close();
		database.shutdown();
	}

	@Test
	void answersUnavailableQuicklyDuringAnOutageAndRecoversWhenTheDatabaseReturns() throws Exception {
		assertThat(query().body()).contains("\"symbol\"");
		assertThat(readiness()).isEqualTo(200);
		var threads = ManagementFactory.getThreadMXBean();
		int threadsBefore = threads.getThreadCount();

		proxy.cut();
		long cutAt = System.nanoTime();
		var latencies = new ConcurrentLinkedQueue<Long>();
		var bodies = new ConcurrentLinkedQueue<String>();
		try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int c = 0; c < 20; c++) {
				pool.submit(() -> {
					while (System.nanoTime() - cutAt < Duration.ofSeconds(15).toNanos()) {
						long t0 = System.nanoTime();
						var response = query();
						latencies.add(System.nanoTime() - t0);
						bodies.add(response.statusCode() + " " + response.body());
					}
					return null;
				});
			}
		}
		int readinessDuringOutage = readiness();
		int threadsDuring = threads.getThreadCount();
		long maxMs = latencies.stream().mapToLong(Long::longValue).max().orElseThrow() / 1_000_000;
		long unavailable = bodies.stream().filter(b -> b.contains("UNAVAILABLE")).count();
		log.info("OUTAGE {} requests in 15 s, {} UNAVAILABLE, max latency {} ms, readiness {}, threads {} -> {}",
				bodies.size(), unavailable, maxMs, readinessDuringOutage, threadsBefore, threadsDuring);
		assertThat(bodies).allSatisfy(b -> assertThat(b).startsWith("200").contains("UNAVAILABLE"));
		assertThat(maxMs).isLessThan(6000);
		assertThat(readinessDuringOutage).isEqualTo(503);
		assertThat(threadsDuring - threadsBefore).as("new platform threads").isLessThan(25);

		proxy.restore();
		long restoredAt = System.nanoTime();
		boolean recovered = false;
		while (!recovered && System.nanoTime() - restoredAt < Duration.ofSeconds(60).toNanos()) {
			recovered = query().body().contains("\"symbol\"") && readiness() == 200;
			if (!recovered) {
				Thread.sleep(250);
			}
		}
		log.info("OUTAGE recovered after {} ms", (System.nanoTime() - restoredAt) / 1_000_000);
		assertThat(recovered).isTrue();
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

}
