package cn.yongxing.silvergraph.hardening;

import java.util.Map;

import cn.yongxing.silvergraph.graph.GraphReader;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Test-only field {@code slowCypherFixture}: a read through {@link GraphReader} that would run for
 * minutes (a cartesian count over a range), to prove the transaction timeout ends it in the database.
 * It exists only on the test class path of the shared integration-test context.
 */
@Controller
class SlowCypherFixture {

	/** The text the test looks for in {@code SHOW TRANSACTIONS}. */
	static final String MARKER = "slow-cypher-fixture";

	static final String CYPHER = "// " + MARKER + "\n"
			+ "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b WITH a, b WHERE a * b = -1 RETURN count(*) AS n";

	private final GraphReader reader;

	SlowCypherFixture(GraphReader reader) {
		this.reader = reader;
	}

	@QueryMapping
	Long slowCypherFixture() {
		return reader.one("slowCypherFixture", CYPHER, Map.of(), r -> r.get("n").asLong()).orElse(0L);
	}

	/** Holds its request for {@code ms} milliseconds without touching the database. */
	@QueryMapping
	Integer sleepFixture(@Argument int ms) throws InterruptedException {
		Thread.sleep(ms);
		return ms;
	}

	@QueryMapping
	Long slowAnalysisFixture() {
		return reader.analytics().one("slowAnalysisFixture", CYPHER, Map.of(), r -> r.get("n").asLong()).orElse(0L);
	}

	@Configuration(proxyBeanMethods = false)
	static class Schema {

		@Bean
		GraphQlSourceBuilderCustomizer slowCypherFixtureSchema() {
			return builder -> builder.schemaResources(new ByteArrayResource("""
					extend type Query {
					  "Test only: a read that runs until the transaction timeout stops it."
					  slowCypherFixture: Int
					  "Test only: the same read as an analysis (the analytics time budget)."
					  slowAnalysisFixture: Int
					  "Test only: answers `ms` after `ms` milliseconds (a request that stays in flight)."
					  sleepFixture(ms: Int!): Int
					}
					""".getBytes(), "slow-cypher-fixture.graphqls"));
		}

	}

}
