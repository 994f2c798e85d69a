package cn.yongxing.silvergraph.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.yongxing.silvergraph.support.WritableGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the hostile run got as HTML 500s, or past a rule, now over real HTTP: every refusal is a 4xx
 * with a JSON body and an {@code extensions.code}; path rules hold for every method; answers to
 * credentials are never publicly cacheable.
 */
@WritableGraphTest
class HttpErrorsIT {

	static final String QUERY = "{\"query\":\"{ __typename }\"}";

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	static void assertJsonError(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
		assertThat(response.body()).contains("\"code\":\"" + code + "\"").doesNotContain("<html", "Exception");
	}

	@Test
	void refusesWildcardAndMalformedContentTypesWith415() throws Exception {
		for (String type : List.of("*/*", "application/*", "not a type")) {
			assertJsonError(send(request("/graphql").header("Content-Type", type)
				.POST(HttpRequest.BodyPublishers.ofString(QUERY))), 415, "UNSUPPORTED_MEDIA_TYPE");
		}
	}

	@Test
	void answersAnAcceptOfHtmlOnlyWith406() throws Exception {
		assertJsonError(send(request("/graphql").header("Content-Type", "application/json").header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(QUERY))), 406, "NOT_ACCEPTABLE");
		assertJsonError(send(request("/graphql?query=%7B__typename%7D").header("Accept", "text/html")), 406,
				"NOT_ACCEPTABLE");
		var browser = send(request("/graphql?query=%7B__typename%7D").header("Accept", "text/html,*/*;q=0.8"));
		assertThat(browser.statusCode()).isEqualTo(200);
	}

	@Test
	void answersTheErrorPathAndUnknownPathsWithJson404sEvenToBrowsers() throws Exception {
		assertJsonError(send(request("/error")), 404, "NOT_FOUND");
		assertJsonError(send(request("/no-such-page").header("Accept", "text/html")), 404, "NOT_FOUND");
	}

	@Test
	void refusesAMultipartFileNameWithANulWith400() throws Exception {
		byte[] body = ("--XX\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a\u0000b.csv\"\r\n"
				+ "Content-Type: text/plain\r\n\r\nkey,title\n\r\n--XX--\r\n").getBytes(StandardCharsets.UTF_8);
		assertJsonError(send(request("/import?dryRun=true").header("Content-Type", "multipart/form-data; boundary=XX")
			.header("X-API-Key", WritableGraphTest.ADMIN_KEY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))), 400, "BAD_USER_INPUT");
	}

	@Test
	void refusesBodiesOverTheLimitWith413WhetherDeclaredOrChunked() throws Exception {
		String big = "{\"query\":\"{ __typename }\",\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
		assertJsonError(send(request("/graphql").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(big))), 413, "LIMIT_EXCEEDED");
		var chunked = HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
				big.getBytes(StandardCharsets.UTF_8)));
		assertJsonError(send(request("/graphql").header("Content-Type", "application/json").POST(chunked)), 413,
				"LIMIT_EXCEEDED");
	}

	@Test
	void refusesATokenWithoutExpiryOrLivingLongerThanTheMaximumWith401() throws Exception {
		for (String token : List.of(cn.yongxing.silvergraph.security.Tokens.hs256WithoutExpiry(WritableGraphTest.JWT_SECRET, "ADMIN"),
				cn.yongxing.silvergraph.security.Tokens.hs256(WritableGraphTest.JWT_SECRET, "ADMIN", 30L * 24 * 3600))) {
			var response = send(request("/graphql").header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(QUERY)));
			assertThat(response.statusCode()).isEqualTo(401);
		}
	}

	@Test
	void refusesAnEmptyApiKeyWith401() throws Exception {
		var response = send(request("/graphql").header("Content-Type", "application/json").header("X-API-Key", " ")
			.POST(HttpRequest.BodyPublishers.ofString(QUERY)));
		assertJsonError(response, 401, "UNAUTHENTICATED");
	}

	@Test
	void guardsTheDatasetExportForEveryMethod() throws Exception {
		for (String method : List.of("GET", "HEAD", "POST", "OPTIONS")) {
			var response = send(request("/export").method(method, HttpRequest.BodyPublishers.noBody()));
			assertThat(response.statusCode()).as(method).isEqualTo(401);
			var viewer = send(request("/%65xport").method(method, HttpRequest.BodyPublishers.noBody()));
			assertThat(viewer.statusCode()).as(method + " encoded").isIn(400, 401);
		}
		var analyst = send(request("/export").header("X-API-Key", WritableGraphTest.ANALYST_KEY)
			.method("HEAD", HttpRequest.BodyPublishers.noBody()));
		assertThat(analyst.statusCode()).isEqualTo(200);
	}

	@Test
	void makesAnswersToCredentialsPrivateAndVaryOnThem() throws Exception {
		String get = "/graphql?query=%7B__typename%7D";
		var anonymous = send(request(get));
		assertThat(anonymous.headers().firstValue("Cache-Control")).get().asString().contains("public");
		assertThat(anonymous.headers().allValues("Vary")).contains("Authorization", "X-API-Key");

		var keyed = send(request(get).header("X-API-Key", WritableGraphTest.ANALYST_KEY));
		assertThat(keyed.statusCode()).isEqualTo(200);
		assertThat(keyed.headers().firstValue("Cache-Control")).get().asString().contains("no-store", "private")
			.doesNotContain("public");
		assertThat(keyed.headers().allValues("Vary")).contains("Authorization", "X-API-Key");

		var token = send(request(get).header("Authorization", "Bearer "
				+ cn.yongxing.silvergraph.security.Tokens.hs256(WritableGraphTest.JWT_SECRET, "ANALYST", 600)));
		assertThat(token.statusCode()).isEqualTo(200);
		assertThat(token.headers().firstValue("Cache-Control")).get().asString().contains("no-store")
			.doesNotContain("public");
	}

}
