package cn.yongxing.silvergraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A GraphQL-over-HTTP endpoint (ours or the peer's), sent the document a query case has for it. */
final class GraphQlTarget implements Target {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String name;

	private final URI endpoint;

	private final Function<QueryCase, String> document;

	private final HttpClient http;

	GraphQlTarget(String name, URI endpoint, Function<QueryCase, String> document) {
		this.name = name;
		this.endpoint = endpoint;
		this.document = document;
		this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.connectTimeout(Duration.ofSeconds(10)).build();
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public boolean supports(QueryCase query) {
		return document.apply(query) != null;
	}

	@Override
	public void execute(QueryCase query, Map<String, Object> params) throws Exception {
		JsonNode body = post(document.apply(query), params);
		if (body.has("errors") && !body.get("errors").isEmpty()) {
			throw new IllegalStateException(name + " " + query.name() + ": " + body.get("errors"));
		}
	}

	/** Posts a document and returns the parsed response. */
	JsonNode post(String query, Map<String, Object> variables) throws Exception {
		String payload = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
		HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json").header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(payload)).build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(name + " answered HTTP " + response.statusCode() + ": "
					+ response.body().substring(0, Math.min(300, response.body().length())));
		}
		return JSON.readTree(response.body());
	}

	@Override
	public void close() {
		http.close();
	}

}
