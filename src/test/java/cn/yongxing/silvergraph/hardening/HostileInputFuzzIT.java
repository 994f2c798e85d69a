package cn.yongxing.silvergraph.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.yongxing.silvergraph.support.GraphIntegrationTest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Thousands of random and hostile requests (jqwik generators) against the running service: deep
 * nesting, huge and negative numbers, unicode, Cypher and Lucene injection, malformed ids and cursors,
 * wrong variable types, garbage documents. None may produce an HTTP 5xx or an unhandled
 * exception (Spring's generic {@code INTERNAL_ERROR for <id>} error). Bounded by count and by time so it fits in CI; the seed is logged
 * and can be fixed with {@code -Dfuzz.seed=...}, the count with {@code -Dfuzz.tries=...}.
 */
@GraphIntegrationTest
class HostileInputFuzzIT {

	private static final Logger log = LoggerFactory.getLogger(HostileInputFuzzIT.class);

	private static final List<String> TEMPLATES = List.of(
			"query($v: ID!) { node(id: $v) { id } }",
			"query($v: String, $n: Int) { enterprises(first: $n, after: $v) { edges { cursor node { key } } pageInfo { endCursor } } }",
			"query($v: String, $n: Int) { enterprises(last: $n, before: $v) { edges { cursor } } }",
			"query($v: String!, $n: Int) { search(text: $v, first: $n) { __typename } }",
			"query($v: String!) { metal(symbol: $v) { name } }",
			"query($v: String!) { industryChain(metal: $v) { key } }",
			"query($v: String) { enterprise(creditCode: $v) { key } }",
			"query($v: String) { enterprise(name: $v) { key } }",
			"query($v: ID) { enterprise(id: $v) { key } }",
			"query($v: String) { enterprises(where: {nameContains: $v, metal: $v}) { totalCount } }",
			"query($v: ID) { enterprises(where: {park: $v, designation: $v, product: $v, stage: $v}) { totalCount } }",
			"query($v: ID!) { park(id: $v) { key } }",
			"query($v: String, $n: Int) { enterprises(first: 2) { edges { node { patents(first: $n, after: $v) { edges { cursor } } } } } }",
			"query($v: String) { clusterStats(cluster: $v) { __typename } }");

	/** The message Spring for GraphQL gives an exception no resolver handled. */
	private static final String UNHANDLED = "\"INTERNAL_ERROR for ";

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void survivesHostileInputsWithoutServerErrors() throws Exception {
		long seed = Long.getLong("fuzz.seed", System.nanoTime());
		int tries = Integer.getInteger("fuzz.tries", 2000);
		Duration budget = Duration.ofSeconds(Long.getLong("fuzz.seconds", 75));
		log.info("Fuzzing with seed {} ({} tries, at most {})", seed, tries, budget);
		var random = new Random(seed);
		var failures = new ArrayList<String>();
		long deadline = System.nanoTime() + budget.toNanos();
		int sent = 0;
		// generators outside a jqwik property need a session (this test runs on JUnit Jupiter for Spring)
		JqwikSession.start();
		try {
			var requests = request().generator(100);
			while (sent < tries && System.nanoTime() < deadline && failures.size() < 5) {
				Map<String, Object> body = requests.next(random).value();
				var response = send(body);
				sent++;
				if (response.statusCode() >= 500 || response.body().contains(UNHANDLED)) {
					failures.add(response.statusCode() + " for " + abbreviate(json.writeValueAsString(body)) + " -> "
							+ abbreviate(response.body()));
				}
			}
		}
		finally {
			JqwikSession.finish();
		}
		log.info("Sent {} hostile requests, {} failures", sent, failures.size());
		assertThat(sent).isGreaterThan(Math.min(tries, 200));
		assertThat(failures).as("seed " + seed).isEmpty();
	}

	private HttpResponse<String> send(Map<String, Object> body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A request body: a template with hostile variables, or a hostile document. */
	private static Arbitrary<Map<String, Object>> request() {
		Arbitrary<Map<String, Object>> templated = Combinators
			.combine(Arbitraries.of(TEMPLATES), hostileValue(), hostileValue())
			.as((query, v, n) -> {
				Map<String, Object> variables = new HashMap<>();
				variables.put("v", v);
				variables.put("n", n);
				Map<String, Object> body = new HashMap<>();
				body.put("query", query);
				body.put("variables", variables);
				return body;
			});
		Arbitrary<Map<String, Object>> documents = hostileDocument().map(d -> Map.of("query", d));
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, templated), net.jqwik.api.Tuple.of(1, documents));
	}

	private static Arbitrary<Object> hostileValue() {
		Arbitrary<String> injections = Arbitraries.of("' OR 1=1 //", "\") MATCH (n) DETACH DELETE n //",
				"}) RETURN n UNION MATCH (n) RETURN n //", "$keys", "Enterprise:tengchi' OR '1'='1",
				"Enterprise:", ":", "Enterprise:tengchi:extra", "Label:key", "`Enterprise`:x", "\u0000", "*:*",
				"title:(a OR b)~2^9", "\\", "\"", "AND OR NOT", "银", "腾驰", "yínjí", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\uD800",
				"eyJrIjoiYSJ9", "bm90LWEtY3Vyc29y", "!!not-a-cursor", "=".repeat(300), "Ag", "Metal:Ag");
		Arbitrary<String> strings = Arbitraries.strings().all().ofMaxLength(300);
		Arbitrary<String> base64ish = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-")
			.ofMaxLength(80);
		Arbitrary<Object> numbers = Arbitraries.oneOf(Arbitraries.integers().map(i -> (Object) i),
				Arbitraries.of(Integer.MAX_VALUE, Integer.MIN_VALUE, -1, 0, 101, 1_000_000).map(i -> (Object) i),
				Arbitraries.bigIntegers().between(BigInteger.TWO.pow(70).negate(), BigInteger.TWO.pow(70))
					.map(i -> (Object) i),
				Arbitraries.of(1e308, -1e-308, 0.5).map(d -> (Object) d));
		Arbitrary<Object> shapes = Arbitraries.of(List.of(), List.of(1, 2), Map.of("a", 1), true).map(o -> (Object) o);
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, injections.map(s -> (Object) s)),
				net.jqwik.api.Tuple.of(3, strings.map(s -> (Object) s)),
				net.jqwik.api.Tuple.of(2, base64ish.map(s -> (Object) s)), net.jqwik.api.Tuple.of(3, numbers),
				net.jqwik.api.Tuple.of(1, shapes), net.jqwik.api.Tuple.of(1, Arbitraries.just(null)));
	}

	private static Arbitrary<String> hostileDocument() {
		Arbitrary<String> deep = Arbitraries.integers().between(1, 3000)
			.map(depth -> "{ metals " + "{ symbol ".repeat(depth) + "}".repeat(depth + 1));
		Arbitrary<String> deepParks = Arbitraries.integers().between(1, 60)
			.map(depth -> "{ parks { " + "parent { ".repeat(depth) + "key" + " }".repeat(depth + 2));
		Arbitrary<String> garbage = Arbitraries.strings().all().ofMaxLength(500);
		Arbitrary<String> grammar = Arbitraries.strings().withChars("{}()[]:$@!.,\"'#\n query mutation fragment on ...")
			.ofMaxLength(200);
		Arbitrary<String> fragments = Arbitraries.integers().between(1, 40)
			.map(n -> "{ ...F0 } " + java.util.stream.IntStream.range(0, n)
				.mapToObj(i -> "fragment F" + i + " on Query { metals { symbol } ...F" + ((i + 1) % n) + " }")
				.reduce("", String::concat));
		Arbitrary<String> wide = Arbitraries.integers().between(1, 200)
			.map(n -> "{ " + java.util.stream.IntStream.range(0, n).mapToObj(i -> "a" + i + ": enterprises(first: 100) { edges { node { key } } }")
				.reduce("", (a, b) -> a + " " + b) + " }");
		return Arbitraries.oneOf(deep, deepParks, garbage, grammar, fragments, wide);
	}

	private static String abbreviate(String s) {
		return s.length() > 300 ? s.substring(0, 300) + "..." : s;
	}

}
