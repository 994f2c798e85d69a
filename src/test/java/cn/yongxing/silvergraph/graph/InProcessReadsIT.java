package cn.yongxing.silvergraph.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.support.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.QueryTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reads in this process give exactly the records Bolt gives (nodes, relationships, lists, maps,
 * arrays, temporal values, nulls), and a read over its timeout is terminated in the database.
 */
@GraphIntegrationTest
class InProcessReadsIT {

	@Autowired
	InProcessReads inProcess;

	@Autowired
	Driver driver;

	@Test
	void givesTheSameRecordsAsBolt() {
		String cypher = """
				MATCH (e:Enterprise)-[r:LOCATED_IN]->(p:Park)
				WITH e, r, p ORDER BY e.key LIMIT 3
				RETURN e, r, p.key AS park, [p.name, null, 1, 2.5, true] AS list, {park: p, n: 1} AS map,
				       date('2024-02-29') AS day, datetime('2024-02-29T12:00:00Z') AS instant, null AS nothing,
				       [x IN range(1, 3) | x * $factor] AS scaled""";
		Map<String, Object> params = Map.of("factor", 2);
		List<Record> bolt;
		try (var session = driver.session()) {
			bolt = session.run(cypher, params).list();
		}
		List<Record> local = inProcess.read(cypher, params, Duration.ofSeconds(30));
		assertThat(bolt).isNotEmpty();
		assertThat(local).hasSameSizeAs(bolt);
		for (int i = 0; i < bolt.size(); i++) {
			Record b = bolt.get(i);
			Record l = local.get(i);
			assertThat(l.keys()).isEqualTo(b.keys());
			assertThat(l.get("e").asNode().labels()).containsExactlyInAnyOrderElementsOf(b.get("e").asNode().labels());
			assertThat(l.get("e").asNode().elementId()).isEqualTo(b.get("e").asNode().elementId());
			assertThat(l.get("e").asMap()).isEqualTo(b.get("e").asMap());
			assertThat(l.get("r").asRelationship().type()).isEqualTo("LOCATED_IN");
			assertThat(l.get("r").asRelationship().startNodeElementId())
				.isEqualTo(b.get("r").asRelationship().startNodeElementId());
			assertThat(l.get("r").asMap()).isEqualTo(b.get("r").asMap());
			for (String column : List.of("park", "list", "day", "instant", "nothing", "scaled")) {
				assertThat(l.get(column)).as(column).isEqualTo(b.get(column));
			}
			assertThat(l.get("map").get("park").asNode().get("key")).isEqualTo(b.get("map").get("park").asNode().get("key"));
		}
	}

	@Test
	void aReadOverItsTimeoutIsTerminated() {
		String marker = "in-process-timeout-" + System.nanoTime();
		String slow = "// " + marker + "\nUNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b "
				+ "WITH a, b WHERE a * b = -1 RETURN count(*) AS n";
		assertThatThrownBy(() -> inProcess.read(slow, Map.of(), Duration.ofSeconds(1)))
			.isInstanceOf(QueryTimeoutException.class);
		try (var session = driver.session()) {
			assertThat(session.run("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker "
					+ "RETURN count(*) AS n", Map.of("marker", marker)).single().get("n").asLong()).isZero();
		}
	}

}
