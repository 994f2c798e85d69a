package cn.yongxing.silvergraph.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import cn.yongxing.silvergraph.search.SearchText;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Gives named nodes that lack it their {@code nameSort}, the pinyin collation key that lists sorted by
 * name read their order from (the service's importers write it with every node; pinyin needs Java, so
 * migration V018 can only add the index). At start-up, once per store, for the nodes written before the
 * keys existed (the record of that migration notes that it ran, {@code keysWrittenAt}); then every
 * {@code silvergraph.sort-keys.sweep-interval} (5 min, {@code 0} turns it off) for nodes that other
 * programs write into the same database without the key: until a sweep reaches them, such nodes are
 * counted in a list's {@code totalCount} but not on its pages sorted by name.
 */
@Component
class SortKeys {

	private static final Logger log = LoggerFactory.getLogger(SortKeys.class);

	private static final int BATCH = 5_000;

	private final Neo4jClient client;

	private final Duration sweepInterval;

	private final ScheduledExecutorService sweeper = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("sort-keys-sweep").daemon().factory());

	SortKeys(Neo4jClient client, @Value("${silvergraph.sort-keys.sweep-interval:5m}") Duration sweepInterval) {
		this.client = client;
		this.sweepInterval = sweepInterval;
	}

	/**
	 * Writes the missing collation keys of the nodes written before they existed, unless that was done
	 * before, and starts the periodic sweep; how many were written.
	 */
	int backfill() {
		boolean done = client.query("MATCH (m:__Migration {version: 18}) RETURN m.keysWrittenAt IS NOT NULL")
			.fetchAs(Boolean.class).one().orElse(false);
		int total = done ? 0 : sweep();
		if (!done) {
			client.query("MATCH (m:__Migration {version: 18}) SET m.keysWrittenAt = datetime()").run();
		}
		if (total > 0) {
			log.info("Wrote the pinyin collation keys of {} names written before they existed", total);
		}
		if (sweepInterval.isPositive()) {
			long every = sweepInterval.toMillis();
			sweeper.scheduleWithFixedDelay(this::sweepQuietly, every, every, TimeUnit.MILLISECONDS);
		}
		return total;
	}

	private void sweepQuietly() {
		try {
			int written = sweep();
			if (written > 0) {
				log.info("Wrote the pinyin collation keys of {} names written without them (by another program)", written);
			}
		}
		catch (RuntimeException ex) {
			// the database may be down for a moment: the next sweep tries again
			log.warn("Sweep of missing collation keys failed: {}", ex.toString());
		}
	}

	@PreDestroy
	void stop() {
		sweeper.shutdownNow();
	}

	/** Writes the collation key of every named node without one; how many were written. */
	int sweep() {
		int total = 0;
		while (true) {
			List<Map<String, Object>> rows = client.query("""
					MATCH (n) WHERE n.name IS NOT NULL AND n.nameSort IS NULL
					RETURN elementId(n) AS id, n.name AS name LIMIT $batch""").bind(BATCH).to("batch")
				.fetchAs(Map.class).mappedBy((t, r) -> Map.of("id", r.get("id").asString(), "key",
						SearchText.sortKey(String.valueOf(r.get("name").asObject()))))
				.all().stream().map(m -> (Map<String, Object>) m).toList();
			if (rows.isEmpty()) {
				break;
			}
			client.query("UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.id SET n.nameSort = row.key")
				.bind(rows).to("rows").run();
			total += rows.size();
		}
		return total;
	}

}
