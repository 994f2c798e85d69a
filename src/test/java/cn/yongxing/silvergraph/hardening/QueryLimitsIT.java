package cn.yongxing.silvergraph.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import cn.yongxing.silvergraph.support.GraphIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Every limit answers with LIMIT_EXCEEDED, the limit and the actual value, before any Cypher runs;
 * a read over the transaction timeout answers TIMEOUT and is gone from the database.
 */
@GraphIntegrationTest
class QueryLimitsIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	MeterRegistry meters;

	@Autowired
	Driver driver;

	@Autowired
	QueryLimits limits;

	@Test
	void rejectsADeeplyNestedQueryWithItsDepth() {
		String deep = "{ enterprises(first: 1) { edges { node { park { parent { parent { parent { parent { parent "
				+ "{ parent { parent { parent { parent { parent { parent { parent { key } } } } } } } } } } } } } } } } }";
		var error = limitError(deep);
		assertThat(error.getExtensions()).containsEntry("limit", "maxDepth")
			.containsEntry("maximum", limits.maxDepth())
			.containsEntry("actual", 17);
	}

	@Test
	void rejectsAQueryWhoseNestedPagesMultiplyBeyondTheComplexityLimit() {
		var error = limitError("{ enterprises(first: 100) { edges { node { key patents(first: 100) "
				+ "{ edges { node { number title } } } } } } }");
		assertThat(error.getExtensions()).containsEntry("limit", "maxComplexity")
			.containsEntry("maximum", limits.maxComplexity());
		// 1 (enterprises) + 4 x 100 (edges, node, key, patents) + 4 x 100 x 100 (edges, node, number, title)
		assertThat(((Number) error.getExtensions().get("actual")).longValue()).isEqualTo(40401);
	}

	@Test
	void acceptsTheSameShapeWithSmallPages() {
		graphQl.document("{ enterprises(first: 5) { edges { node { key patents(first: 5) { edges { node { number } } } } } } }")
			.execute()
			.path("enterprises.edges").entityList(Object.class).hasSize(5);
	}

	@Test
	void checksTheComplexityOfAReusedDocumentWithEachRequestsVariables() {
		String document = "query($n: Int!) { enterprises(first: $n) { edges { node { key patents(first: $n) "
				+ "{ edges { node { number title } } } } } } }";
		graphQl.document(document).variable("n", 5).execute().path("enterprises.edges").entityList(Object.class).hasSize(5);
		// the same text again, now parsed once already: the limit still sees this request's pages
		var holder = new ResponseError[1];
		graphQl.document(document).variable("n", 100).execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			holder[0] = errors.getFirst();
		});
		assertThat(holder[0].getExtensions()).containsEntry("code", "LIMIT_EXCEEDED").containsEntry("limit", "maxComplexity");
	}

	@Test
	void rejectsTooManyAliases() {
		var query = new StringBuilder("{");
		for (int i = 0; i < 31; i++) {
			query.append(" m").append(i).append(": metals { symbol }");
		}
		var error = limitError(query.append(" }").toString());
		assertThat(error.getExtensions()).containsEntry("limit", "maxAliases").containsEntry("actual", 31);
	}

	@Test
	void rejectsADocumentWithTooManyTokens() {
		var error = limitError("{ metals { " + "symbol ".repeat(6000) + "} }");
		assertThat(error.getExtensions()).containsEntry("limit", "maxTokens")
			.containsEntry("maximum", limits.maxTokens());
		assertThat(((Number) error.getExtensions().get("actual")).intValue()).isGreaterThan(6000);
	}

	@Test
	void rejectsAnOversizedPageAsALimit() {
		var error = limitError("{ enterprises(first: 100000) { edges { cursor } } }");
		assertThat(error.getExtensions()).containsEntry("limit", "maxPageSize").containsEntry("actual", 100000);
		assertThat(error.getMessage()).contains("maximum");
	}

	@Test
	void stopsASlowReadAtTheTransactionTimeoutAndTheDatabaseForgetsIt() {
		long started = System.nanoTime();
		graphQl.mutate()
			.responseTimeout(Duration.ofSeconds(60))
			.webTestClient(client -> client.responseTimeout(Duration.ofSeconds(60)))
			.build()
			.document("{ slowCypherFixture }")
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.getFirst().getExtensions()).containsEntry("code", "TIMEOUT");
				assertThat(errors.getFirst().getMessage()).doesNotContain("Exception");
			});
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
		assertThat(runningFixtureTransactions()).isZero();
	}

	/** The one error of a rejected document, after checking that no Cypher ran for it. */
	private ResponseError limitError(String document) {
		long before = cypherCount();
		var holder = new ResponseError[1];
		graphQl.document(document).execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			holder[0] = errors.getFirst();
		});
		assertThat(holder[0].getExtensions()).containsEntry("code", "LIMIT_EXCEEDED");
		assertThat(cypherCount()).as("Cypher statements run for a rejected document").isEqualTo(before);
		return holder[0];
	}

	private long cypherCount() {
		return meters.find("silvergraph.cypher").timers().stream().mapToLong(Timer::count).sum();
	}

	private long runningFixtureTransactions() {
		try (var session = driver.session()) {
			return session.run("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN count(*) AS n",
					Map.of("marker", SlowCypherFixture.MARKER)).single().get("n").asLong();
		}
	}

}
