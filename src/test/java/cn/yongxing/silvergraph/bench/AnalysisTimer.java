package cn.yongxing.silvergraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times one GraphQL document (varied by request number) against the running service, one request at
 * a time: p50, p99 and mean after warm-up, the statements each request sent (by name, from the
 * {@code silvergraph.cypher} timers), the first request after a write, and the load average.
 */
final class AnalysisTimer {

	static final List<String> HEADER = List.of(
			"| analysis | p50 ms | p99 ms | mean ms | statements/request | first after a write ms | load before → after |",
			"|---|---|---|---|---|---|---|");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI endpoint;

	private final MeterRegistry meters;

	private final Runnable write;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10)).build();

	/** @param write a write through the service, made before the "first request after a write" */
	AnalysisTimer(int port, MeterRegistry meters, Runnable write) {
		this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
		this.meters = meters;
		this.write = write;
	}

	/** Measures and returns the table line (also printed, with every time and the statements by name). */
	String measure(String name, IntFunction<String> document, int warmup, int requests) throws Exception {
		return measure(name, document, warmup, requests, true);
	}

	/** Like {@link #measure(String, IntFunction, int, int)}; without the request after a write when {@code afterWrite} is false. */
	String measure(String name, IntFunction<String> document, int warmup, int requests, boolean afterWrite)
			throws Exception {
		String before = Machine.uptime();
		for (int i = 0; i < warmup; i++) {
			post(document.apply(i));
		}
		List<Long> millis = new ArrayList<>();
		Map<String, double[]> was = statementTimes();
		int failed = 0;
		for (int i = 0; i < requests; i++) {
			long t = System.nanoTime();
			failed += answered(document.apply(i + warmup)) ? 0 : 1;
			millis.add((System.nanoTime() - t) / 1_000_000);
		}
		StringBuilder breakdown = new StringBuilder();
		double[] sent = new double[1];
		statementTimes().forEach((query, now) -> {
			double[] then = was.getOrDefault(query, new double[2]);
			if (now[0] > then[0]) {
				sent[0] += now[0] - then[0];
				breakdown.append(" %s %.1f/request mean %.0f ms;".formatted(query, (now[0] - then[0]) / requests,
						(now[1] - then[1]) / (now[0] - then[0])));
			}
		});
		long firstAfterWrite = -1;
		if (afterWrite) {
			write.run();
			long t = System.nanoTime();
			post(document.apply(0));
			firstAfterWrite = (System.nanoTime() - t) / 1_000_000;
		}
		List<Long> sorted = millis.stream().sorted().toList();
		long p50 = sorted.get(sorted.size() / 2);
		long p99 = sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
		double mean = millis.stream().mapToLong(Long::longValue).average().orElse(0);
		String line = "| %s | %d | %d | %.0f | %.1f | %s | %s → %s |".formatted(name + (failed == 0 ? ""
				: " (" + failed + " of " + requests + " cut off by the 30 s HTTP wait, counted at their time)"), p50, p99, mean,
				sent[0] / requests, firstAfterWrite < 0 ? "–" : String.valueOf(firstAfterWrite),
				before.replace("load average ", ""), Machine.uptime().replace("load average ", ""));
		System.out.println("SCALE " + line + " all=" + millis + " statements:" + breakdown);
		return line;
	}

	/** Whether a document was answered without errors; a request the container gave up on is not. */
	private boolean answered(String query) throws Exception {
		HttpResponse<String> response = send(query);
		if (response.statusCode() == 503 && response.body().isEmpty()) {
			return false;
		}
		check(response);
		return true;
	}

	/** Posts a document; fails on any GraphQL error. */
	JsonNode post(String query) throws Exception {
		return check(send(query));
	}

	private JsonNode check(HttpResponse<String> response) {
		// a request the servlet container gave up on (its 30 s async timeout) is a failure, not a time
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.path("errors").isEmpty()).as(response.body()).isTrue();
		return body;
	}

	private HttpResponse<String> send(String query) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(endpoint)
			.timeout(Duration.ofMinutes(30))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** Per statement name: how many were sent and their total milliseconds. */
	private Map<String, double[]> statementTimes() {
		Map<String, double[]> times = new TreeMap<>();
		meters.find("silvergraph.cypher").timers().forEach(t -> times.put(t.getId().getTag("query"),
				new double[] { t.count(), t.totalTime(TimeUnit.MILLISECONDS) }));
		return times;
	}

}
