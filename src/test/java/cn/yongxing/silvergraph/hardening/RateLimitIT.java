package cn.yongxing.silvergraph.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The limiter over real HTTP, where the hostile run got around it: an encoded path ({@code /%67raphql})
 * and a fresh random bearer token per request (no JWT secret configured, so nothing verifies it) both
 * count against the caller's address; HEAD on {@code /export} spends the export budget like GET.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "silvergraph.embedded.data-directory=target/it-neo4j/ratelimit-${random.uuid}",
				"silvergraph.embedded.bolt-port=0", "silvergraph.seed.enabled=false",
				"silvergraph.rate-limit.requests-per-period=20", "silvergraph.rate-limit.period=10m",
				"silvergraph.rate-limit.exports-per-period=2", "silvergraph.rate-limit.export-period=10m",
				"silvergraph.security.api-keys[0].name=test-analyst", "silvergraph.security.api-keys[0].role=ANALYST",
				"silvergraph.security.api-keys[0].sha256=265aeb5fecea980bd6435a0ba6d0de49ea471d4a9d7a23624579e59d7158aeec" })
class RateLimitIT {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void countsEncodedPathsAndUnverifiedTokensAgainstTheAddress() throws Exception {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + (i % 2 == 0 ? "/%67raphql" : "/graphql")))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer x" + UUID.randomUUID())
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}"))
				.build();
			statuses.add(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
		}
		assertThat(statuses.subList(0, 20)).containsOnly(200);
		assertThat(statuses.subList(20, 24)).containsOnly(429);
	}

	@Test
	void spendsTheExportBudgetOnHeadAsOnGet() throws Exception {
		List<Integer> statuses = new ArrayList<>();
		for (String method : List.of("HEAD", "GET", "HEAD")) {
			var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/export"))
				.header("X-API-Key", "test-analyst-key")
				.method(method, HttpRequest.BodyPublishers.noBody())
				.build();
			statuses.add(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
		}
		assertThat(statuses).containsExactly(200, 200, 429);
	}

}
