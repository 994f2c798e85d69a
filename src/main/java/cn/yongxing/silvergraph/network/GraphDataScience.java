package cn.yongxing.silvergraph.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;

import cn.yongxing.silvergraph.graph.AnalyticsCache;
import cn.yongxing.silvergraph.graph.GraphReader;
import jakarta.annotation.PreDestroy;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs GDS algorithms on in-memory projections. A projection of part of the graph is made for one
 * use under a fresh name and dropped afterwards ({@link #run}). The projection of the whole partner
 * network is made once per graph version and shared by the algorithms run on it ({@link #shared}:
 * PageRank, betweenness, degree, Louvain), which only stream from it; it is dropped when a later
 * version's projection replaces it and no algorithm uses it any more, or after the analytics cache's
 * time-to-live (writes of other programs). Whole-network results are kept by the callers for one
 * graph version ({@code AnalyticsCache}).
 */
@Component
class GraphDataScience {

	private static final Logger log = LoggerFactory.getLogger(GraphDataScience.class);

	private final GraphReader reader;

	private final AnalyticsCache cache;

	private final Duration timeToLive;

	private final AtomicReference<Boolean> available = new AtomicReference<>();

	/** The shared projection of each name, for the graph version it was made at. */
	private final Map<String, Shared> shared = new HashMap<>();

	private final AtomicLong projections = new AtomicLong();

	GraphDataScience(GraphReader reader, AnalyticsCache cache,
			@Value("${silvergraph.analytics.cache.time-to-live:5m}") Duration timeToLive) {
		// projections and algorithms run over the whole cluster: the analytics time budget
		this.reader = reader.analytics();
		this.cache = cache;
		this.timeToLive = timeToLive;
	}

	/** A projection shared by the algorithms of one graph version; {@code users} guarded by the lock. */
	private static final class Shared {

		final String graph;

		final long version;

		final long createdAt;

		final long nodes;

		int users;

		boolean replaced;

		Shared(String graph, long version, long createdAt, long nodes) {
			this.graph = graph;
			this.version = version;
			this.createdAt = createdAt;
			this.nodes = nodes;
		}

	}

	/**
	 * Runs {@code use} on the projection {@code name} of the current graph version, made by
	 * {@code projection} (a statement receiving {@code $graph}) if there is none yet; concurrent first
	 * users wait for the one projection. {@code use} gets the graph's name and its node count, and must
	 * only read from it (stream modes).
	 */
	<T> T shared(String name, String projection, Map<String, Object> projectionParams, BiFunction<String, Long, T> use) {
		if (!available()) {
			throw new GdsUnavailableException();
		}
		Shared s = acquire(name, projection, projectionParams);
		try {
			return use.apply(s.graph, s.nodes);
		}
		finally {
			release(s);
		}
	}

	/** Rows of an algorithm statement on a projection (the analytics time budget). */
	<T> List<T> stream(String name, String statement, Map<String, Object> params, Function<Record, T> mapper) {
		return reader.list("network.algo." + name, statement, params, mapper);
	}

	/** Projections made so far (a shared one counts once however often it is used). */
	long projectionsMade() {
		return projections.get();
	}

	private synchronized Shared acquire(String name, String projection, Map<String, Object> projectionParams) {
		long version = cache.version();
		long now = System.nanoTime();
		Shared current = shared.get(name);
		if (current != null && current.version == version && now - current.createdAt < timeToLive.toNanos()) {
			current.users++;
			return current;
		}
		String graph = "silvergraph-" + name + "-v" + version + "-" + UUID.randomUUID();
		Map<String, Object> p = new HashMap<>(projectionParams);
		p.put("graph", graph);
		long nodes;
		try {
			nodes = project(name, projection, p);
		}
		catch (RuntimeException ex) {
			drop(graph);
			throw ex;
		}
		var made = new Shared(graph, version, now, nodes);
		made.users = 1;
		shared.put(name, made);
		if (current != null) {
			current.replaced = true;
			if (current.users == 0) {
				drop(current.graph);
			}
		}
		log.debug("Projected {} ({} nodes) for graph version {}", graph, nodes, version);
		return made;
	}

	private synchronized void release(Shared s) {
		s.users--;
		if (s.replaced && s.users == 0) {
			drop(s.graph);
		}
	}

	private long project(String name, String projection, Map<String, Object> params) {
		projections.incrementAndGet();
		return reader.one("network.project." + name, projection, params,
				r -> r.get("nodes").isNull() ? 0L : r.get("nodes").asLong()).orElse(0L);
	}

	@PreDestroy
	synchronized void dropShared() {
		shared.values().forEach(s -> drop(s.graph));
		shared.clear();
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
			long nodes = project(name, projection, p);
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
