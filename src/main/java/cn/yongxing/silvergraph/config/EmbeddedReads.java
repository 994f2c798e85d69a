package cn.yongxing.silvergraph.config;

import java.lang.reflect.Array;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import cn.yongxing.silvergraph.graph.InProcessReads;
import cn.yongxing.silvergraph.graph.UnavailableException;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.driver.internal.InternalRelationship;
import org.neo4j.graphdb.DatabaseShutdownException;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.api.exceptions.Status;
import org.springframework.dao.QueryTimeoutException;

/**
 * {@link InProcessReads} on the embedded database: a statement costs a transaction in this JVM
 * instead of Bolt round trips (begin, run, pull, commit) through the loopback connector. Values are
 * copied into driver values while the transaction is open, nodes and relationships included.
 */
final class EmbeddedReads implements InProcessReads {

	private final Supplier<GraphDatabaseService> database;

	private volatile @Nullable GraphDatabaseService db;

	/** @param database the database, waited for at the first read (it may still be starting) */
	EmbeddedReads(Supplier<GraphDatabaseService> database) {
		this.database = database;
	}

	@Override
	public List<Record> read(String cypher, Map<String, Object> params, Duration timeout) {
		GraphDatabaseService db = this.db;
		if (db == null) {
			db = this.db = database.get();
		}
		try (Transaction tx = db.beginTx(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
				Result result = tx.execute(cypher, params)) {
			List<String> columns = result.columns();
			List<Record> records = new ArrayList<>();
			// a node that comes back many times (a parent in every row of its relations) is copied once
			Map<Long, Value> nodes = new HashMap<>();
			while (result.hasNext()) {
				Map<String, Object> row = result.next();
				List<Value> values = new ArrayList<>(columns.size());
				for (String column : columns) {
					values.add(value(row.get(column), nodes));
				}
				records.add(new InternalRecord(columns, values));
			}
			tx.commit();
			return records;
		}
		catch (RuntimeException ex) {
			throw translate(ex);
		}
	}

	static RuntimeException translate(RuntimeException ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			String code = t instanceof Status.HasStatus s ? s.status().code().serialize()
					: t instanceof QueryExecutionException q ? q.getStatusCode() : null;
			if (code != null && code.contains("TransactionTimedOut")) {
				return new QueryTimeoutException("Read transaction timed out: " + t.getMessage(), ex);
			}
			if (t instanceof DatabaseShutdownException) {
				return new UnavailableException("The graph database is shutting down", ex);
			}
		}
		return ex;
	}

	private static Value value(Object o, Map<Long, Value> nodes) {
		return switch (o) {
			case null -> Values.NULL;
			case Node node -> nodes.computeIfAbsent(node.getId(),
					id -> new InternalNode(id, node.getElementId(), labels(node), properties(node, nodes)).asValue());
			case Relationship rel -> new InternalRelationship(rel.getId(), rel.getElementId(),
					rel.getStartNodeId(), rel.getStartNode().getElementId(), rel.getEndNodeId(),
					rel.getEndNode().getElementId(), rel.getType().name(), properties(rel, nodes)).asValue();
			case List<?> list -> {
				List<Value> values = new ArrayList<>(list.size());
				for (Object item : list) {
					values.add(value(item, nodes));
				}
				yield Values.value((Object) values);
			}
			case Map<?, ?> map -> {
				Map<String, Value> values = new LinkedHashMap<>();
				map.forEach((k, v) -> values.put((String) k, value(v, nodes)));
				yield Values.value((Object) values);
			}
			case Object array when array.getClass().isArray() && !(array instanceof byte[]) -> {
				List<Value> values = new ArrayList<>(Array.getLength(array));
				for (int i = 0; i < Array.getLength(array); i++) {
					values.add(value(Array.get(array, i), nodes));
				}
				yield Values.value((Object) values);
			}
			default -> Values.value(o);
		};
	}

	private static List<String> labels(Node node) {
		List<String> labels = new ArrayList<>();
		for (Label label : node.getLabels()) {
			labels.add(label.name());
		}
		return labels;
	}

	private static Map<String, Value> properties(Entity entity, Map<Long, Value> nodes) {
		Map<String, Value> properties = new HashMap<>();
		entity.getAllProperties().forEach((k, v) -> properties.put(k, value(v, nodes)));
		return properties;
	}

}
