package cn.yongxing.silvergraph.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import cn.yongxing.silvergraph.graph.GraphReader;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs GDS algorithms on in-memory projections. Every use projects its own graph under a fresh
 * name and drops it afterwards whatever happens, so concurrent uses never see each other's
 * projection. Whole-network results (centralities, communities) are kept by the callers for one
 * graph version ({@code AnalyticsCache}), not the projections.
 */
@Component
class GraphDataScience {

	private static final Logger log = LoggerFactory.getLogger(GraphDataScience.class);

	private final GraphReader reader;

	private final AtomicReference<Boolean> available = new AtomicReference<>();

	GraphDataScience(GraphReader reader) {
		// projections and algorithms run over the whole cluster: the analytics time budget
		this.reader = reader.analytics();
	}

	/** Whether the database has the GDS procedures this feature calls (asked once). */
	boolean available() {
		Boolean known = available.get();
		if (known == null) {
			known = reader.one("network.gds", """
					SHOW PROCEDURES YIELD name
					WHERE name IN ['gds.pageRank.stream', 'gds.louvain.stream', 'gds.graph.drop']
					RETURN count(*) = 3 AS present""", Map.of(), r -> r.get("present").asBoolean()).orElse(false);
			available.set(known);
		}
		return known;
	}

	/**
	 * Projects a graph with {@code projection} (a statement receiving {@code $graph}), runs
	 * {@code algorithm} (likewise) on it and drops it.
	 *
	 * @return the rows of the algorithm, mapped; empty when the projection has no nodes
	 */
	<T> List<T> run(String name, String projection, Map<String, Object> projectionParams, String algorithm,
			Map<String, Object> algorithmParams, Function<Record, T> mapper) {
		return run(name, projection, projectionParams, nodes -> algorithm, nodes -> algorithmParams, mapper);
	}

	/** Like {@link #run(String, String, Map, String, Map, Function)}, the algorithm chosen by node count. */
	<T> List<T> run(String name, String projection, Map<String, Object> projectionParams,
			Function<Long, String> algorithm, Function<Long, Map<String, Object>> algorithmParams,
			Function<Record, T> mapper) {
		if (!available()) {
			throw new GdsUnavailableException();
		}
		String graph = "silvergraph-" + name + "-" + UUID.randomUUID();
		try {
			Map<String, Object> p = new HashMap<>(projectionParams);
			p.put("graph", graph);
			long nodes = reader.one("network.project." + name, projection, p, r -> r.get("nodes").isNull() ? 0L : r.get("nodes").asLong()).orElse(0L);
			if (nodes == 0) {
				return List.of();
			}
			Map<String, Object> a = new HashMap<>(algorithmParams.apply(nodes));
			a.put("graph", graph);
			return reader.list("network.algo." + name, algorithm.apply(nodes), a, mapper);
		}
		finally {
			drop(graph);
		}
	}

	private void drop(String graph) {
		try {
			reader.list("network.drop", "CALL gds.graph.drop($graph, false) YIELD graphName RETURN graphName",
					Map.of("graph", graph), r -> r);
		}
		catch (RuntimeException ex) {
			log.warn("Could not drop GDS projection {}", graph, ex);
		}
	}

}
