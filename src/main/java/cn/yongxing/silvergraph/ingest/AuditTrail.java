package cn.yongxing.silvergraph.ingest;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import cn.yongxing.silvergraph.graph.GraphChanged;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The audit trail: one {@code :AuditEntry} node per write (import, upsert, unlink, delete), created
 * inside the write's own transaction, so an entry exists exactly when its change does. A bulk import,
 * written in many transactions, has one entry created by its first and brought up to date by each
 * of the others, so the entry always tells how much of it is committed. Being the one step every
 * write goes through, it also announces each change ({@link GraphChanged}) to listeners, which see
 * it once the transaction has committed.
 */
@Component
public class AuditTrail {

	/** One recorded write. */
	record Entry(String id, String at, String actor, String action, String target, @Nullable String details,
			int rows, int nodesCreated, int relationshipsCreated, int propertiesSet, int nodesDeleted,
			int relationshipsDeleted, State state) {

		static Entry from(Value a) {
			return new Entry(a.get("id").asString(), a.get("at").asZonedDateTime().toOffsetDateTime().toString(),
					a.get("actor").asString(), a.get("action").asString(), a.get("target").asString(),
					a.get("details").asString(null), a.get("rows").asInt(0), a.get("nodesCreated").asInt(0),
					a.get("relationshipsCreated").asInt(0), a.get("propertiesSet").asInt(0),
					a.get("nodesDeleted").asInt(0), a.get("relationshipsDeleted").asInt(0),
					State.valueOf(a.get("state").asString(State.COMPLETE.name())));
		}
	}

	/** How far a write got. */
	enum State {
		/** Committed whole (every write of one transaction). */
		COMPLETE,
		/** A bulk import still being written by a running process. */
		IN_PROGRESS,
		/** A bulk import that stopped on an error; what is committed stays, running it again finishes it. */
		FAILED,
		/** A bulk import whose process was killed or stopped before it finished, found at a later start. */
		INTERRUPTED
	}

	/**
	 * This process, on the entries it has in progress: a later start tells its own running imports from
	 * those of a process that is gone.
	 */
	static final String PROCESS = UUID.randomUUID().toString();

	/** How often this process marks its imports in progress as alive ({@link #heartbeat}). */
	static final Duration HEARTBEAT = Duration.ofMinutes(1);

	private final Neo4jClient client;

	private final ApplicationEventPublisher events;

	/** Element ids of the entries this process has in progress. */
	private final Set<String> running = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService beats = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("audit-heartbeat").daemon().factory());

	AuditTrail(Neo4jClient client, ApplicationEventPublisher events) {
		this.client = client;
		this.events = events;
		beats.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(),
				TimeUnit.SECONDS);
	}

	@PreDestroy
	void stopBeating() {
		beats.shutdownNow();
	}

	/**
	 * Marks this process's imports in progress as alive, in a transaction of its own, so that another
	 * instance sharing the database does not take a long transaction of theirs for a killed process.
	 */
	void heartbeat() {
		if (running.isEmpty()) {
			return;
		}
		try {
			client.query("""
					MATCH (a:AuditEntry) WHERE elementId(a) IN $ids AND a.state = 'IN_PROGRESS'
					SET a.heartbeat = datetime()""")
				.bind(List.copyOf(running)).to("ids")
				.run();
		}
		catch (RuntimeException ex) {
			// the next beat tries again; an import that cannot beat for long is at worst marked interrupted
		}
	}

	/** Records a write; must be called inside the write's transaction (the shortlist's writes come here too). */
	public void record(Change change, @Nullable String details, int rows, int nodesCreated, int relationshipsCreated,
			int propertiesSet, int nodesDeleted, int relationshipsDeleted) {
		open(change, details, rows, nodesCreated, relationshipsCreated, propertiesSet, nodesDeleted,
				relationshipsDeleted, State.COMPLETE);
	}

	/**
	 * Records the first part of a write committed in several transactions, inside the transaction of
	 * that part; returns the entry's element id for {@link #progress}.
	 */
	String open(Change change, @Nullable String details, long rows, long nodesCreated, long relationshipsCreated,
			long propertiesSet, long nodesDeleted, long relationshipsDeleted, State state) {
		Map<String, Object> entry = new HashMap<>();
		entry.put("state", state.name());
		entry.put("process", PROCESS);
		entry.put("actor", change.actor());
		entry.put("action", change.action());
		entry.put("target", change.target());
		entry.put("details", details);
		entry.put("rows", rows);
		entry.put("nodesCreated", nodesCreated);
		entry.put("relationshipsCreated", relationshipsCreated);
		entry.put("propertiesSet", propertiesSet);
		entry.put("nodesDeleted", nodesDeleted);
		entry.put("relationshipsDeleted", relationshipsDeleted);
		String id = client.query("CREATE (a:AuditEntry) SET a = $entry, a.id = randomUUID(), a.at = datetime(), "
				+ "a.updated = a.at RETURN elementId(a)")
			.bind(entry).to("entry")
			.fetchAs(String.class)
			.one()
			.orElseThrow();
		if (state == State.IN_PROGRESS) {
			running.add(id);
		}
		events.publishEvent(new GraphChanged(change.action() + " " + change.target()));
		return id;
	}

	/**
	 * Adds a later part of a write to its entry, inside the transaction of that part.
	 *
	 * @param state the entry's state once this part commits ({@code COMPLETE} for the last)
	 */
	void progress(String entry, String details, long rows, long nodesCreated, long relationshipsCreated,
			long propertiesSet, State state) {
		client.query("""
				MATCH (a:AuditEntry) WHERE elementId(a) = $entry
				SET a.details = $details, a.rows = a.rows + $rows, a.nodesCreated = a.nodesCreated + $nodes,
				    a.relationshipsCreated = a.relationshipsCreated + $relationships,
				    a.propertiesSet = a.propertiesSet + $properties, a.state = $state, a.updated = datetime()""")
			.bindAll(Map.of("entry", entry, "details", details, "rows", rows, "nodes", nodesCreated,
					"relationships", relationshipsCreated, "properties", propertiesSet, "state", state.name()))
			.run();
		if (state != State.IN_PROGRESS) {
			running.remove(entry);
		}
		events.publishEvent(new GraphChanged("bulk import, part: " + details));
	}

	/** Marks an entry in progress as failed, with the reason (in a transaction of its own). */
	void failed(String entry, String reason) {
		running.remove(entry);
		client.query("""
				MATCH (a:AuditEntry) WHERE elementId(a) = $entry AND a.state = 'IN_PROGRESS'
				SET a.state = 'FAILED', a.updated = datetime(),
				    a.details = a.details + ' — failed: ' + $reason + '; run the same import again to finish it'""")
			.bindAll(Map.of("entry", entry, "reason", reason))
			.run();
	}

	/**
	 * Marks as interrupted the entries left in progress by another process that has not updated them, nor
	 * beaten their {@link #heartbeat}, for {@code quiet} (its import was killed, or the service stopped,
	 * before the import finished). Entries from before audit states (no {@code state}) that still say
	 * "in progress" count as left in progress.
	 *
	 * @return how many were marked
	 */
	long markInterrupted(Duration quiet) {
		return client.query("""
				MATCH (a:AuditEntry)
				WHERE (a.state = 'IN_PROGRESS' OR a.state IS NULL AND a.details STARTS WITH 'bulk import in progress')
				  AND coalesce(a.process, '') <> $process
				  AND coalesce(a.heartbeat, a.updated, a.at) <= datetime() - duration({milliseconds: $quiet})
				SET a.state = 'INTERRUPTED',
				    a.details = a.details + ' — interrupted: its process stopped before it finished (found '
				        + toString(datetime()) + '); run the same import again to finish it'
				RETURN count(a) AS n""")
			.bindAll(Map.of("process", PROCESS, "quiet", quiet.toMillis()))
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

}
