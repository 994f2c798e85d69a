package cn.yongxing.silvergraph.bench;

import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/** The floor: the hand-written Cypher of a query case through the Java driver, in a read transaction. */
final class CypherTarget implements Target {

	private final Driver driver;

	CypherTarget(Driver driver) {
		this.driver = driver;
	}

	@Override
	public String name() {
		return "raw";
	}

	@Override
	public boolean supports(QueryCase query) {
		return query.cypher() != null;
	}

	@Override
	public void execute(QueryCase query, Map<String, Object> params) {
		try (var session = driver.session(SessionConfig.defaultConfig())) {
			session.executeRead(tx -> tx.run(query.cypher(), params).list());
		}
	}

}
