package cn.yongxing.silvergraph.chain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * An integration test on an empty in-process Neo4j (no seed) into which the test imports synthetic
 * fixture graphs. Every class with this annotation shares one context; fixtures use their own metals,
 * so they never see each other.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "silvergraph.embedded.data-directory=target/it-neo4j/${random.uuid}",
				"silvergraph.embedded.bolt-port=0", "silvergraph.seed.enabled=false",
				// the 10,000-enterprise benchmark graph is imported in large transactions on a shared machine
				"silvergraph.embedded.transaction-timeout=300s", "spring.mvc.async.request-timeout=300s" })
@AutoConfigureHttpGraphQlTester
@interface ChainFixtureTest {
}
