package cn.yongxing.silvergraph.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import cn.yongxing.silvergraph.support.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GraphiQL works offline (every asset local) and health reports the database. */
@GraphIntegrationTest
class WebEndpointsIT {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

	@Test
	void servesGraphiqlWithOnlyLocalAssets() throws Exception {
		var page = get("/graphiql");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("vendor/graphiql.min.js").doesNotContainPattern("(src|href)=\"https?://");
		for (String asset : new String[] { "graphiql.min.js", "graphiql.min.css", "react.production.min.js",
				"react-dom.production.min.js" }) {
			assertThat(get("/graphiql/vendor/" + asset).statusCode()).as(asset).isEqualTo(200);
		}
	}

	@Test
	void reportsHealthAndReadinessToAnonymousProbesWithoutDetails() throws Exception {
		var health = get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		// the details (disk path, database address) are ADMIN's: see security/ActuatorAccessIT
		assertThat(health.body()).contains("\"UP\"").doesNotContain("neo4j").doesNotContain("diskSpace")
			.doesNotContain("path");
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
