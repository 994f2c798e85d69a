package cn.yongxing.silvergraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import cn.yongxing.silvergraph.support.WritableGraphTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The management endpoints: probes read health (status only) and info anonymously; health details
 * (disk path, database address), metrics and the Prometheus scrape are ADMIN's, by every method and
 * every spelling of the path.
 */
@WritableGraphTest
class ActuatorAccessIT {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anonymousProbesSeeTheStatusAndNoDetails() throws Exception {
		var health = send("GET", "/actuator/health", null);
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"UP\"").doesNotContain("neo4j").doesNotContain("path");
		assertThat(send("GET", "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
		assertThat(send("GET", "/actuator/health/liveness", null).statusCode()).isEqualTo(200);
		// an analyst is not an administrator: no details either
		assertThat(send("GET", "/actuator/health", WritableGraphTest.ANALYST_KEY).body()).doesNotContain("neo4j");
	}

	@Test
	void anAdministratorSeesHealthDetails() throws Exception {
		var health = send("GET", "/actuator/health", WritableGraphTest.ADMIN_KEY);
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"neo4j\"").contains("\"diskSpace\"");
	}

	@Test
	void metricsAndThePrometheusScrapeAreRefusedBelowAdminByEveryMethodAndSpelling() throws Exception {
		for (String path : new String[] { "/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/jvm.memory.used",
				"/actuator/%70rometheus", "/actuator//prometheus", "/actuator/./metrics", "/actuator/prometheus/" }) {
			for (String method : new String[] { "GET", "HEAD", "POST", "OPTIONS" }) {
				int anonymous = send(method, path, null).statusCode();
				assertThat(anonymous).as("anonymous %s %s", method, path).isIn(400, 401, 404, 405);
				int analyst = send(method, path, WritableGraphTest.ANALYST_KEY).statusCode();
				assertThat(analyst).as("analyst %s %s", method, path).isIn(400, 403, 404, 405);
			}
		}
	}

	@Test
	void anAdministratorScrapesGraphqlAndCypherMetrics() throws Exception {
		send("POST", "/graphql", null, "{\"query\":\"query MetalsForMetrics { metals { symbol } }\"}");
		var scrape = send("GET", "/actuator/prometheus", WritableGraphTest.ADMIN_KEY);
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).contains("graphql_request_seconds_count")
			.contains("graphql_datafetcher_seconds_count")
			.contains("silvergraph_cypher_seconds_count");
		assertThat(send("GET", "/actuator/metrics", WritableGraphTest.ADMIN_KEY).statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> send(String method, String path, @Nullable String key) throws Exception {
		return send(method, path, key, null);
	}

	private HttpResponse<String> send(String method, String path, @Nullable String key, @Nullable String body)
			throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (key != null) {
			request.header(ApiKeys.HEADER, key);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
