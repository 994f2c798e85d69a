package cn.yongxing.silvergraph.enterprise;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The whole read-API suite against an external Neo4j 5.26 LTS server (the line most production
 * users run), over Bolt, with no embedded server. Needs Docker; skipped cleanly without it.
 */
@Testcontainers(disabledWithoutDocker = true)
class Neo4jLtsCompatibilityIT extends ReadApiIT {

	@Container
	static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26").withAdminPassword("silvergraph-test");

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", NEO4J::getBoltUrl);
		registry.add("spring.neo4j.authentication.username", () -> "neo4j");
		registry.add("spring.neo4j.authentication.password", NEO4J::getAdminPassword);
	}

}
