package cn.yongxing.silvergraph.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;

/**
 * Read statements run inside the database's own process, without Bolt: present only when the
 * database is embedded. Each call is one read transaction bounded by {@code timeout}; rows come back
 * as driver records, so mappers do not care which way a statement went. A timeout surfaces as
 * Spring's {@code QueryTimeoutException}, a database that is shutting down as
 * {@link UnavailableException}.
 */
public interface InProcessReads {

	List<Record> read(String cypher, Map<String, Object> params, Duration timeout);

}
