package cn.yongxing.silvergraph.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * An integration test that writes: its own application context and database (seed loaded), shared
 * by every test class with this annotation and never by the read-only {@link GraphIntegrationTest}s.
 * Configures an HS256 JWT secret ({@link #JWT_SECRET}) and three API keys, {@link #ANALYST_KEY},
 * {@link #EDITOR_KEY} and {@link #ADMIN_KEY}. Tests write synthetic data only, under their own keys.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "silvergraph.embedded.data-directory=target/it-neo4j/writes-${random.uuid}",
				"silvergraph.embedded.bolt-port=0", "spring.test.webtestclient.timeout=60s",
				"silvergraph.limits.cypher-timeout=15s",
				// AnalyticsCacheIT counts the statements a request sends: no background refresh after
				// writes may add to them (the refresh itself is covered by AnalyticsCacheTests)
				"silvergraph.analytics.cache.refresh-after-write=0",
				// tests that write and then read an analysis expect it at once (stale-while-revalidate has its own test)
				"silvergraph.analytics.cache.stale-while-revalidate=false",
				"silvergraph.security.jwt.secret=" + WritableGraphTest.JWT_SECRET,
				"silvergraph.security.api-keys[0].name=test-analyst",
				"silvergraph.security.api-keys[0].role=ANALYST",
				"silvergraph.security.api-keys[0].sha256=265aeb5fecea980bd6435a0ba6d0de49ea471d4a9d7a23624579e59d7158aeec",
				"silvergraph.security.api-keys[1].name=test-editor",
				"silvergraph.security.api-keys[1].role=EDITOR",
				"silvergraph.security.api-keys[1].sha256=c775c8bb6fb82a3d621a65317d75f9336adfb3d7f86b39d3af67dd176e8a5889",
				"silvergraph.security.api-keys[2].name=test-admin",
				"silvergraph.security.api-keys[2].role=ADMIN",
				"silvergraph.security.api-keys[2].sha256=944650a7cd0f9e14d5c4fb15edbffb7fa45fb9ed36a4fa9be3d7e5476ae51bd9" })
@AutoConfigureHttpGraphQlTester
public @interface WritableGraphTest {

	/** HMAC secret of test JWTs (test only). */
	String JWT_SECRET = "test-only-hmac-secret-of-at-least-32-bytes!";

	/** API key with role ANALYST (its SHA-256 is configured above). */
	String ANALYST_KEY = "test-analyst-key";

	/** API key with role EDITOR. */
	String EDITOR_KEY = "test-editor-key";

	/** API key with role ADMIN. */
	String ADMIN_KEY = "test-admin-key";

}
