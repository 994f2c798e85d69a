package cn.yongxing.silvergraph.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;

/**
 * An integration test against the real service on a real in-process Neo4j loaded with the seed.
 * Every test class with this annotation (and no other context customisation) shares one
 * application context and database, in a fresh directory under {@code target/}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "silvergraph.embedded.data-directory=target/it-neo4j/${random.uuid}",
				"silvergraph.embedded.bolt-port=0",
				// a loaded CI machine can take more than the default 5 s to plan a first analysis, or 30 s for
				// the seed (QueryLimitsIT's slow fixture still ends at the read timeout, well within its 30 s)
				"silvergraph.embedded.transaction-timeout=120s", "silvergraph.limits.cypher-timeout=15s", "spring.test.webtestclient.timeout=60s" })
@AutoConfigureHttpGraphQlTester
public @interface GraphIntegrationTest {
}
