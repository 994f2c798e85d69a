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
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Thousands of random and hostile requests (seeded generators, {@link Gen}) against the running service: deep
 * nesting, huge and negative numbers, unicode, Cypher and Lucene injection, malformed ids and cursors,
 * wrong variable types, garbage documents, sent in part with hostile content types and path spellings.
 * None may produce an HTTP 5xx or an unhandled
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
		var requests = request();
		while (sent < tries && System.nanoTime() < deadline && failures.size() < 5) {
			Map<String, Object> body = requests.next(random);
			// one request in four goes with a hostile content type or a differently spelled path
			boolean hostileTransport = random.nextInt(4) == 0;
			var response = send(body, hostileTransport ? PATHS.next(random) : "/graphql",
					hostileTransport ? CONTENT_TYPES.next(random) : "application/json");
			sent++;
			if (response.statusCode() >= 500 || response.body().contains(UNHANDLED)) {
				failures.add(response.statusCode() + " for " + abbreviate(json.writeValueAsString(body)) + " -> "
						+ abbreviate(response.body()));
			}
		}
		log.info("Sent {} hostile requests, {} failures", sent, failures.size());
		assertThat(sent).isGreaterThan(Math.min(tries, 200));
		assertThat(failures).as("seed " + seed).isEmpty();
	}

	/** Spellings of the endpoint's path: each must reach the same rules (limiter, roles) or be refused, never a 5xx. */
	private static final Gen<String> PATHS = Gen.of("/graphql", "/%67raphql", "/graphql/", "//graphql", "/GRAPHQL",
			"/graphql;x=1", "/graphql%00", "/./graphql", "/x/../graphql", "/graphql%2F", "/%2e/graphql");

	/** Content types a client may send by mistake or on purpose. */
	private static final Gen<String> CONTENT_TYPES = Gen.of("*/*", "application/*", "text/plain", "application/graphql",
			"multipart/form-data", "application/x-www-form-urlencoded", "application/json; charset=latin1",
			"application/json; charset=x-unknown", "text/html", "application/xml", "image/png", ";;;", "a/b/c");

	private HttpResponse<String> send(Map<String, Object> body, String path, String contentType) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", contentType)
			.header("Accept", "application/graphql-response+json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A generator of random values from a seeded {@link Random}. Hand-written (a few lines) instead of
	 * a property-testing library: the one used before asks in every run that its results be ignored
	 * when tools like ours use it, and a fuzz loop needs no shrinking, only seeded, reproducible values.
	 */
	@FunctionalInterface
	interface Gen<T> {

		T next(Random random);

		default <R> Gen<R> map(java.util.function.Function<? super T, ? extends R> f) {
			return r -> f.apply(next(r));
		}

		@SafeVarargs
		static <T> Gen<T> of(T... values) {
			return r -> values[r.nextInt(values.length)];
		}

		static Gen<Integer> between(int min, int max) {
			return r -> min + r.nextInt(max - min + 1);
		}

		/** Strings of up to {@code max} characters from {@code chars} (null: any UTF-16 unit, surrogates and controls included). */
		static Gen<String> strings(@org.jspecify.annotations.Nullable String chars, int max) {
			return r -> {
				int length = r.nextInt(max + 1);
				var out = new StringBuilder(length);
				for (int i = 0; i < length; i++) {
					out.append(chars == null ? (char) r.nextInt(Character.MAX_VALUE + 1) : chars.charAt(r.nextInt(chars.length())));
				}
				return out.toString();
			};
		}

		@SafeVarargs
		static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
			return r -> gens[r.nextInt(gens.length)].next(r);
		}

		/** One of the generators, each chosen with the given weight (weight, generator, weight, generator…). */
		@SuppressWarnings("unchecked")
		static <T> Gen<T> weighted(Object... weightsAndGens) {
			int total = 0;
			for (int i = 0; i < weightsAndGens.length; i += 2) {
				total += (Integer) weightsAndGens[i];
			}
			int sum = total;
			return r -> {
				int pick = r.nextInt(sum);
				for (int i = 0;; i += 2) {
					pick -= (Integer) weightsAndGens[i];
					if (pick < 0) {
						return ((Gen<T>) weightsAndGens[i + 1]).next(r);
					}
				}
			};
		}

	}

	/** A request body: a template with hostile variables, or a hostile document. */
	private static Gen<Map<String, Object>> request() {
		Gen<String> queries = Gen.of(TEMPLATES.toArray(String[]::new));
		Gen<Object> values = hostileValue();
		Gen<Map<String, Object>> templated = r -> {
			Map<String, Object> variables = new HashMap<>();
			variables.put("v", values.next(r));
			variables.put("n", values.next(r));
			Map<String, Object> body = new HashMap<>();
			body.put("query", queries.next(r));
			body.put("variables", variables);
			return body;
		};
		Gen<Map<String, Object>> documents = hostileDocument().map(d -> Map.of("query", d));
		return Gen.weighted(4, templated, 1, documents);
	}

	private static Gen<Object> hostileValue() {
		Gen<String> injections = Gen.of("' OR 1=1 //", "\") MATCH (n) DETACH DELETE n //",
				"}) RETURN n UNION MATCH (n) RETURN n //", "$keys", "Enterprise:tengchi' OR '1'='1",
				"Enterprise:", ":", "Enterprise:tengchi:extra", "Label:key", "`Enterprise`:x", "\u0000", "*:*",
				"title:(a OR b)~2^9", "\\", "\"", "AND OR NOT", "银", "腾驰", "yínjí", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\uD800",
				"eyJrIjoiYSJ9", "bm90LWEtY3Vyc29y", "!!not-a-cursor", "=".repeat(300), "Ag", "Metal:Ag");
		Gen<String> strings = Gen.strings(null, 300);
		Gen<String> base64ish = Gen.strings("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-", 80);
		BigInteger bound = BigInteger.TWO.pow(70);
		Gen<Object> numbers = Gen.oneOf(r -> (Object) r.nextInt(),
				Gen.of(Integer.MAX_VALUE, Integer.MIN_VALUE, -1, 0, 101, 1_000_000).map(i -> (Object) i),
				r -> (Object) new BigInteger(71, r).mod(bound.shiftLeft(1)).subtract(bound),
				Gen.of(1e308, -1e-308, 0.5).map(d -> (Object) d));
		Gen<Object> shapes = Gen.of(List.of(), List.of(1, 2), Map.of("a", 1), true).map(o -> (Object) o);
		Gen<Object> none = r -> null;
		return Gen.weighted(3, injections, 3, strings, 2, base64ish, 3, numbers, 1, shapes, 1, none);
	}

	private static Gen<String> hostileDocument() {
		Gen<String> deep = Gen.between(1, 3000)
			.map(depth -> "{ metals " + "{ symbol ".repeat(depth) + "}".repeat(depth + 1));
		Gen<String> deepParks = Gen.between(1, 60)
			.map(depth -> "{ parks { " + "parent { ".repeat(depth) + "key" + " }".repeat(depth + 2));
		Gen<String> garbage = Gen.strings(null, 500);
		Gen<String> grammar = Gen.strings("{}()[]:$@!.,\"'#\n query mutation fragment on ...", 200);
		Gen<String> fragments = Gen.between(1, 40)
			.map(n -> "{ ...F0 } " + java.util.stream.IntStream.range(0, n)
				.mapToObj(i -> "fragment F" + i + " on Query { metals { symbol } ...F" + ((i + 1) % n) + " }")
				.reduce("", String::concat));
		Gen<String> wide = Gen.between(1, 200)
			.map(n -> "{ " + java.util.stream.IntStream.range(0, n).mapToObj(i -> "a" + i + ": enterprises(first: 100) { edges { node { key } } }")
				.reduce("", (a, b) -> a + " " + b) + " }");
		return Gen.oneOf(deep, deepParks, garbage, grammar, fragments, wide);
	}

	private static String abbreviate(String s) {
		return s.length() > 300 ? s.substring(0, 300) + "..." : s;
	}

}
