package cn.yongxing.silvergraph.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A request ends within its time budget plus a small margin, however many statements it runs: the read
 * timeout for a lookup, the analytics timeout once it runs an analysis. Each statement used to get a
 * fresh timeout of its own (and the database checked timeouts every 2 s), so five slow fields took five
 * timeouts and more.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "silvergraph.embedded.data-directory=target/it-neo4j/${random.uuid}",
				"silvergraph.embedded.bolt-port=0", "silvergraph.limits.cypher-timeout=300ms",
				"silvergraph.limits.analytics-timeout=1s", "silvergraph.rate-limit.enabled=false",
				"spring.test.webtestclient.timeout=60s" })
@AutoConfigureHttpGraphQlTester
class TimeBudgetIT {

	/** What a request may take beyond its budget: the database's reaction and the HTTP round trip. */
	private static final Duration MARGIN = Duration.ofMillis(1500);

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void fiveSlowReadsInOneRequestEndWithinTheReadBudget() {
		Duration took = timeOfFiveAliases("slowCypherFixture");
		assertThat(took).isLessThan(Duration.ofMillis(300).plus(MARGIN));
	}

	@Test
	void fiveSlowAnalysesInOneRequestEndWithinTheAnalyticsBudget() {
		Duration took = timeOfFiveAliases("slowAnalysisFixture");
		assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(900)).isLessThan(Duration.ofSeconds(1).plus(MARGIN));
	}

	private Duration timeOfFiveAliases(String field) {
		// warm: the plan of the statement is cached, so the time measured is the budget's, not the planner's
		graphQl.document("{ " + field + " }").execute();
		long started = System.nanoTime();
		List<ResponseError> errors = graphQl.document("{ a: %1$s b: %1$s c: %1$s d: %1$s e: %1$s }".formatted(field))
			.execute()
			.returnResponse()
			.getErrors();
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(errors).hasSize(5).allSatisfy(e -> assertThat(e.getExtensions()).containsEntry("code", "TIMEOUT"));
		return took;
	}

}
