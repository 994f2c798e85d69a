package cn.yongxing.silvergraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import cn.yongxing.silvergraph.ingest.Dataset;
import cn.yongxing.silvergraph.ingest.DatasetImporter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * After a write, analyses answer at once from the graph version computed last, say so
 * ({@code extensions.stale}, {@code extensions.graphVersion}), and the current version is computed in the
 * background; a request asking for fresh data ({@code Cache-Control: no-cache}, {@code @fresh}) waits for
 * it instead.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "silvergraph.embedded.data-directory=target/it-neo4j/${random.uuid}",
				"silvergraph.embedded.bolt-port=0", "silvergraph.rate-limit.enabled=false",
				// only the stale-while-revalidate path computes again after a write
				"silvergraph.analytics.cache.refresh-after-write=0" })
class StaleWhileRevalidateIT {

	private static final String GAPS = "{ chainGaps(metal: \"Ag\") { id severity } }";

	@LocalServerPort
	int port;

	@Autowired
	DatasetImporter importer;

	@Autowired
	AnalyticsCache cache;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aWriteIsFollowedByStaleAnswersUntilTheBackgroundComputationIsDone() throws Exception {
		JsonNode first = post(GAPS, null);
		assertThat(first.path("extensions").path("stale").isMissingNode()).isTrue();
		assertThat(first.path("data").path("chainGaps").size()).isPositive();

		write("swr-probe-1");
		long version = cache.version();
		JsonNode second = post(GAPS, null);
		assertThat(second.path("extensions").path("stale").asBoolean()).isTrue();
		assertThat(second.path("extensions").path("graphVersion").asLong()).isEqualTo(version);
		assertThat(second.path("data").path("chainGaps")).isEqualTo(first.path("data").path("chainGaps"));
		assertThat(second.path("errors").isMissingNode()).isTrue();

		// the background computation lands: later answers are current again
		long deadline = System.nanoTime() + 60_000_000_000L;
		JsonNode later = post(GAPS, null);
		while (later.path("extensions").path("stale").asBoolean() && System.nanoTime() < deadline) {
			Thread.sleep(100);
			later = post(GAPS, null);
		}
		assertThat(later.path("extensions").path("stale").isMissingNode()).isTrue();
	}

	@Test
	void aRequestAskingForFreshDataWaitsForTheCurrentVersion() throws Exception {
		post(GAPS, null);
		write("swr-probe-2");
		JsonNode byHeader = post(GAPS, "no-cache");
		assertThat(byHeader.path("extensions").path("stale").isMissingNode()).isTrue();
		assertThat(byHeader.path("extensions").path("graphVersion").asLong()).isEqualTo(cache.version());

		write("swr-probe-3");
		JsonNode byDirective = post("query @fresh " + GAPS, null);
		assertThat(byDirective.path("extensions").path("stale").isMissingNode()).isTrue();
		assertThat(byDirective.path("data").path("chainGaps").size()).isPositive();
	}

	private void write(String key) {
		// an audited write that changes no analysis: the graph version moves on all the same
		assertThat(importer.importDataset(new Dataset(Map.of("sources.csv", "key,title,publisher,date,url,kind,note\n"
				+ key + ",Stale-while-revalidate probe,tests,,,SYNTHETIC,a write\n")), false).problems()).isEmpty();
	}

	private JsonNode post(String query, String cacheControl) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", query))));
		if (cacheControl != null) {
			request.header("Cache-Control", cacheControl);
		}
		return json.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
	}

}
