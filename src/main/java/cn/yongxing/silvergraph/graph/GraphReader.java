package cn.yongxing.silvergraph.graph;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs read queries in read transactions (routed to secondaries in a cluster; in this process, without
 * Bolt, when the database is embedded — see {@link InProcessReads}) and times each one by
 * name ({@code silvergraph.cypher} timer), which is also how tests count the statements a request
 * sends. {@link #many} is the batching primitive behind every nested list field.
 */
@Component
public class GraphReader {

	/**
	 * Cypher prefix for {@link #many} over nodes of any label: unwinds {@code $keys} (global ids,
	 * {@code Label:key}) and binds each node to {@code h}, keeping its id as {@code key}.
	 */
	public static final String UNWIND_IDS_AS_H = """
			UNWIND $keys AS key
			WITH key, split(key, ':')[0] AS label, substring(key, size(split(key, ':')[0]) + 1) AS nodeKey
			MATCH (h:$(label) {key: nodeKey})
			""";

	private final Neo4jClient client;

	private final TransactionTemplate readTx;

	private final MeterRegistry meters;

	private final GraphReader analytics;

	private final @Nullable InProcessReads inProcess;

	private final Duration timeout;

	private final PlatformTransactionManager transactionManager;

	/** Whether this is the {@link #analytics()} reader (its statements raise the request budget). */
	private final boolean analysis;

	@Autowired
	GraphReader(Neo4jClient client, PlatformTransactionManager transactionManager, MeterRegistry meters,
			ObjectProvider<InProcessReads> inProcess,
			@Value("${silvergraph.limits.cypher-timeout:5s}") Duration timeout,
			@Value("${silvergraph.limits.analytics-timeout:60s}") Duration analyticsTimeout) {
		this.client = client;
		this.readTx = readOnly(transactionManager, timeout);
		this.meters = meters;
		this.inProcess = inProcess.getIfAvailable();
		this.timeout = timeout;
		this.transactionManager = transactionManager;
		this.analysis = false;
		this.analytics = new GraphReader(client, transactionManager, meters, this.inProcess, analyticsTimeout);
	}

	private GraphReader(Neo4jClient client, PlatformTransactionManager transactionManager, MeterRegistry meters,
			@Nullable InProcessReads inProcess, Duration timeout) {
		this.client = client;
		this.readTx = readOnly(transactionManager, timeout);
		this.meters = meters;
		this.inProcess = inProcess;
		this.timeout = timeout;
		this.transactionManager = transactionManager;
		this.analysis = true;
		this.analytics = this;
	}

	private static TransactionTemplate readOnly(PlatformTransactionManager transactionManager, Duration timeout) {
		TransactionTemplate tx = new TransactionTemplate(transactionManager);
		tx.setReadOnly(true);
		// the database terminates a read running longer than this (Spring counts whole seconds: over
		// Bolt the bound is rounded up to a second; in process it is kept to the millisecond)
		tx.setTimeout((int) Math.max(1, (timeout.toMillis() + 999) / 1000));
		return tx;
	}

	/**
	 * The same reader with the longer analytics budget ({@code silvergraph.limits.analytics-timeout}),
	 * for graph algorithms over a whole cluster rather than lookups.
	 */
	public GraphReader analytics() {
		return analytics;
	}

	/** All rows of a query, mapped. */
	public <T> List<T> list(String name, String cypher, Map<String, Object> params, Function<Record, T> mapper) {
		// inside a write transaction a read must see its uncommitted writes, so it joins it over Bolt
		boolean inWrite = TransactionSynchronizationManager.isActualTransactionActive();
		// a read of a request gets what is left of the request's budget, not a fresh timeout
		Duration budget = inWrite ? timeout : RequestBudget.forStatement(timeout, analysis);
		if (inProcess != null && !inWrite) {
			return timed(name, () -> inProcess.read(cypher, params, budget).stream().map(mapper).toList());
		}
		TransactionTemplate tx = budget.equals(timeout) ? readTx : readOnly(transactionManager, budget);
		return timed(name, () -> tx.execute(status -> List.copyOf(client.query(cypher)
			.bindAll(params)
			.fetchAs(Record.class)
			.mappedBy((types, record) -> record)
			.all()
			.stream()
			.map(mapper)
			.toList())));
	}

	/** The first row of a query, if any. */
	public <T> Optional<T> one(String name, String cypher, Map<String, Object> params, Function<Record, T> mapper) {
		return list(name, cypher, params, mapper).stream().findFirst();
	}

	/**
	 * One query for many parents: the query receives {@code $keys} and must return a column
	 * {@code key} naming the parent of each row. Parents without rows get an empty list.
	 */
	public <P, T> Map<P, List<T>> many(String name, Collection<P> parents, Function<P, String> keyOf, String cypher,
			Function<Record, T> mapper) {
		Map<String, List<T>> byKey = new LinkedHashMap<>();
		List<String> keys = parents.stream().map(keyOf).distinct().toList();
		for (Record r : list(name, cypher, Map.of("keys", keys), Function.identity())) {
			byKey.computeIfAbsent(r.get("key").asString(), k -> new java.util.ArrayList<>()).add(mapper.apply(r));
		}
		Map<P, List<T>> result = new LinkedHashMap<>();
		for (P parent : parents) {
			result.put(parent, byKey.getOrDefault(keyOf.apply(parent), List.of()));
		}
		return result;
	}

	/** Like {@link #many} for at most one related row per parent (absent parents map to nothing). */
	public <P, T> Map<P, T> single(String name, Collection<P> parents, Function<P, String> keyOf, String cypher,
			Function<Record, T> mapper) {
		Map<P, T> result = new LinkedHashMap<>();
		many(name, parents, keyOf, cypher, mapper).forEach((p, rows) -> {
			if (!rows.isEmpty()) {
				result.put(p, rows.getFirst());
			}
		});
		return result;
	}

	private <T> T timed(String name, java.util.function.Supplier<T> work) {
		return Timer.builder("silvergraph.cypher").tag("query", name).register(meters).record(work);
	}

}
