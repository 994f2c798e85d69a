package cn.yongxing.silvergraph.ingest;

import java.util.ArrayList;
import java.util.List;

import cn.yongxing.silvergraph.graph.CypherFiles;
import cn.yongxing.silvergraph.graph.Relations;
import org.neo4j.driver.summary.SummaryCounters;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The properties kept on nodes for sorting, computed over the whole graph: the hand-written ones of
 * {@code ingest/_derive.cypher} (an enterprise's latest output) and the least-of sort keys of the
 * declared relations ({@link Relations#derivations()}: a product's earliest chain stage). Every write
 * runs them inside its own transaction after its rows (imports, upserts, unlinks, deletes), and the
 * start-up runs them once, so a sort never reads a value the graph no longer holds.
 */
@Component
public class DerivedProperties {

	private final List<String> statements;

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DerivedProperties.class);

	DerivedProperties(Relations relations) {
		List<String> all = new ArrayList<>();
		all.add(CypherFiles.load("ingest", "_derive"));
		all.addAll(relations.derivations());
		this.statements = List.copyOf(all);
	}

	/**
	 * Runs every derivation in the caller's write transaction; the counters of each statement. First
	 * takes the derivations' lock (held to the commit): a derivation reads the graph as committed, so
	 * two writes deriving at once could each miss the other's change (a stage moved by one, a link to it
	 * added by the other) and keep a stale value; after the lock, each reads what the one before wrote.
	 */
	public List<SummaryCounters> apply(Neo4jClient client) {
		lock(client);
		return derive(client);
	}

	/**
	 * Takes the derivations' lock in the caller's write transaction, to its commit. Every write takes
	 * it first, before its rows: a write that took it only to derive would hold its rows' locks while
	 * waiting for it, and the write deriving would wait for those rows (a deadlock Neo4j breaks by
	 * failing one). Taking it again in the same transaction is free.
	 */
	public void lock(Neo4jClient client) {
		// setting a property to the value it has still takes the node's write lock (and changes nothing)
		client.query("MERGE (l:__Derivations {id: 'lock'}) SET l.id = 'lock'").run();
	}

	private List<SummaryCounters> derive(Neo4jClient client) {
		return statements.stream().map(s -> client.query(s).run().counters()).toList();
	}

	/**
	 * At start-up: brings the kept values of a store written before a derivation existed (or by an
	 * older version) up to date, in one write transaction; writes only the nodes whose value differs.
	 */
	int backfill(Neo4jClient client, org.springframework.transaction.PlatformTransactionManager transactions) {
		int written = new org.springframework.transaction.support.TransactionTemplate(transactions)
			// before the service takes requests: no write runs beside it, so no lock (and no node) is needed
			.execute(status -> derive(client).stream().mapToInt(SummaryCounters::propertiesSet).sum());
		if (written > 0) {
			log.info("Brought {} kept sort value(s) up to date", written);
		}
		return written;
	}

	/** The statements, in the order they run. */
	List<String> statements() {
		return statements;
	}

}
