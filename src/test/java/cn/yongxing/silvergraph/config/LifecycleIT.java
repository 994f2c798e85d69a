package cn.yongxing.silvergraph.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * The packaged service as an operator runs it: {@code java -jar}, SIGTERM, start again on the same
 * data directory. Checks clean shutdown within 10 s, no store recovery, and no duplicated data.
 */
class LifecycleIT {

	private static final Pattern HTTP_PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private static final Pattern BOLT = Pattern.compile("Bolt connector listening on (bolt://\\S+)");

	@TempDir
	Path data;

	@Test
	void restartsOnTheSameDataWithoutDuplicatesAndStopsCleanlyOnSigterm() throws Exception {
		var first = Service.start(data);
		long[] counts = first.counts();
		assertThat(counts[0]).isGreaterThan(300);
		first.sigtermAndAwaitExit();

		Path debugLog = data.resolve("logs/debug.log");
		long logLength = Files.size(debugLog);
		var second = Service.start(data);
		assertThat(second.output()).anyMatch(l -> l.contains("Seed already loaded"));
		assertThat(second.counts()).as("nodes and relationships after restart").containsExactly(counts);
		second.sigtermAndAwaitExit();

		String secondRun = Files.readString(debugLog, StandardCharsets.UTF_8).substring((int) logLength);
		assertThat(secondRun).as("store recovery at the second start").doesNotContainIgnoringCase("recovery required")
			.doesNotContainIgnoringCase("recovery completed");
	}

	private record Service(Process process, List<String> output, int httpPort, String boltUri) {

		static Service start(Path data) throws Exception {
			String jar = System.getProperty("app.jar");
			assertThat(Path.of(jar)).as("packaged jar (run through mvn verify)").exists();
			long started = System.nanoTime();
			Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"--enable-native-access=ALL-UNNAMED", "-jar", jar, "--server.port=0",
					"--silvergraph.embedded.bolt-port=0", "--silvergraph.embedded.data-directory=" + data)
				.redirectErrorStream(true)
				.start();
			List<String> output = new CopyOnWriteArrayList<>();
			Thread.ofVirtual().start(() -> {
				try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
					String line;
					while ((line = reader.readLine()) != null) {
						output.add(line);
					}
				}
				catch (IOException ignored) {
					// process ended
				}
			});
			long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
			while (output.stream().noneMatch(l -> l.contains("Seed loaded") || l.contains("Seed already loaded"))) {
				assertThat(process.isAlive()).as("service alive; output:%n%s", String.join("\n", output)).isTrue();
				if (System.nanoTime() > deadline) {
					process.destroyForcibly();
					throw new AssertionError("service not ready within 300 s; output:\n" + String.join("\n", output));
				}
				Thread.sleep(200);
			}
			int port = Integer.parseInt(find(output, HTTP_PORT));
			var service = new Service(process, output, port, find(output, BOLT));
			// ready a moment after the seed's log line: until then the API answers 503 (starting)
			while (service.status("/actuator/health/readiness") != 200) {
				assertThat(System.nanoTime()).as("ready within 300 s; output:%n%s", String.join("\n", output)).isLessThan(deadline);
				Thread.sleep(100);
			}
			service.graphql("{ metals { symbol } }");
			System.out.printf("[lifecycle] start-up to first answer: %d ms%n", (System.nanoTime() - started) / 1_000_000);
			return service;
		}

		private static String find(List<String> output, Pattern pattern) {
			return output.stream().map(pattern::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst()
				.orElseThrow(() -> new AssertionError("no line matching " + pattern + " in\n" + String.join("\n", output)));
		}

		int status(String path) throws Exception {
			return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path)).build(),
					HttpResponse.BodyHandlers.discarding()).statusCode();
		}

		String graphql(String query) throws Exception {
			var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query.replace("\"", "\\\"") + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).doesNotContain("\"errors\"");
			return response.body();
		}

		long[] counts() {
			try (var driver = GraphDatabase.driver(boltUri, AuthTokens.none()); var session = driver.session()) {
				var row = session.run("RETURN COUNT { MATCH (n) RETURN n } AS nodes, COUNT { MATCH ()-[r]->() RETURN r } AS rels")
					.single();
				return new long[] { row.get("nodes").asLong(), row.get("rels").asLong() };
			}
		}

		void sigtermAndAwaitExit() throws InterruptedException {
			long t0 = System.nanoTime();
			process.destroy(); // SIGTERM on Unix, as systemd and Kubernetes send it
			boolean exited = process.waitFor(10, TimeUnit.SECONDS);
			long ms = (System.nanoTime() - t0) / 1_000_000;
			if (!exited) {
				process.destroyForcibly();
			}
			assertThat(exited).as("exited within 10 s of SIGTERM; output tail:%n%s",
					String.join("\n", output.subList(Math.max(0, output.size() - 30), output.size()))).isTrue();
			System.out.printf("[lifecycle] SIGTERM to exit: %d ms%n", ms);
		}

	}

}
