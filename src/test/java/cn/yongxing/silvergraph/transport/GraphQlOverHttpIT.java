package cn.yongxing.silvergraph.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import cn.yongxing.silvergraph.support.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP contract: both response media types with the spec's status codes, GET for queries only,
 * automatic persisted queries over GET (cacheable), request ids, and the Prometheus endpoint.
 */
@GraphIntegrationTest
class GraphQlOverHttpIT {

	private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void answersAQueryOverGetAsCacheableGraphqlResponseJson() throws Exception {
		var response = get("query=" + encode("{ metal(symbol: \"Ag\") { nameZh } }"), GRAPHQL_RESPONSE);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				t -> assertThat(t).startsWith(GRAPHQL_RESPONSE));
		assertThat(response.body()).contains("\"nameZh\":\"银\"");
		assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
				c -> assertThat(c).contains("max-age=30").contains("public"));
	}

	@Test
	void refusesAMutationOverGetWithMethodNotAllowed() throws Exception {
		var response = get("query=" + encode("mutation { importDataset { ok } }"), GRAPHQL_RESPONSE);
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
	}

	@Test
	void usesBadRequestForUnparsableDocumentsOnlyWithTheGraphqlResponseMediaType() throws Exception {
		assertThat(post(Map.of("query", "{ metals { "), GRAPHQL_RESPONSE).statusCode()).isEqualTo(400);
		var legacy = post(Map.of("query", "{ metals { "), "application/json");
		assertThat(legacy.statusCode()).isEqualTo(200);
		assertThat(legacy.body()).contains("InvalidSyntax");
	}

	@Test
	void rejectsABodyThatIsNotJsonWithBadRequest() throws Exception {
		var response = http.send(HttpRequest.newBuilder(uri(""))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{not json"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
	}

	@Test
	void servesAPersistedQueryByHashOverGetOnceItWasSentWithItsDocument() throws Exception {
		String document = "{ metals { symbol } }";
		String hash = PersistedQueries.sha256(document);
		String extensions = "extensions=" + encode("{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}");
		var unknown = get(extensions, "application/json");
		assertThat(unknown.statusCode()).isEqualTo(200);
		assertThat(unknown.body()).contains("PERSISTED_QUERY_NOT_FOUND");
		var registered = post(Map.of("query", document, "extensions",
				Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash))), GRAPHQL_RESPONSE);
		assertThat(registered.statusCode()).isEqualTo(200);
		var byHash = get(extensions, GRAPHQL_RESPONSE);
		assertThat(byHash.statusCode()).isEqualTo(200);
		assertThat(byHash.body()).contains("\"symbol\":\"Ag\"");
		assertThat(byHash.headers().firstValue("Cache-Control")).isPresent();
	}

	@Test
	void echoesTheCallersRequestIdOrMakesOne() throws Exception {
		var given = http.send(HttpRequest.newBuilder(uri("?query=" + encode("{ metals { symbol } }")))
			.header("X-Request-Id", "trace-123").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(given.headers().firstValue("X-Request-Id")).hasValue("trace-123");
		var hostile = http.send(HttpRequest.newBuilder(uri("?query=" + encode("{ metals { symbol } }")))
			.header("X-Request-Id", "bad id <script>alert(1)</script>").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(hostile.headers().firstValue("X-Request-Id")).hasValueSatisfying(
				id -> assertThat(id).matches("[0-9a-f-]{36}"));
	}

	@Test
	void errorMessagesQuoteABoundedPartOfTheDocument() throws Exception {
		var response = post(Map.of("query", "{ enterprises(first: \"" + "9".repeat(400_000) + "\") { totalCount } }"),
				GRAPHQL_RESPONSE);
		assertThat(response.statusCode()).isLessThan(500);
		assertThat(response.body()).contains("errors").hasSizeLessThan(5_000);
	}

	private HttpResponse<String> get(String query, String accept) throws Exception {
		return http.send(HttpRequest.newBuilder(uri("?" + query)).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(Map<String, Object> body, String accept) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(""))
			.header("Content-Type", "application/json")
			.header("Accept", accept)
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String suffix) {
		return URI.create("http://127.0.0.1:" + port + "/graphql" + suffix);
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
