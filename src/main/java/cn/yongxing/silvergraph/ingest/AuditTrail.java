package cn.yongxing.silvergraph.ingest;

import java.util.HashMap;
import java.util.Map;

import cn.yongxing.silvergraph.graph.GraphChanged;
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
			int relationshipsDeleted) {

		static Entry from(Value a) {
			return new Entry(a.get("id").asString(), a.get("at").asZonedDateTime().toOffsetDateTime().toString(),
					a.get("actor").asString(), a.get("action").asString(), a.get("target").asString(),
					a.get("details").asString(null), a.get("rows").asInt(0), a.get("nodesCreated").asInt(0),
					a.get("relationshipsCreated").asInt(0), a.get("propertiesSet").asInt(0),
					a.get("nodesDeleted").asInt(0), a.get("relationshipsDeleted").asInt(0));
		}
	}

	private final Neo4jClient client;

	private final ApplicationEventPublisher events;

	AuditTrail(Neo4jClient client, ApplicationEventPublisher events) {
		this.client = client;
		this.events = events;
	}

	/** Records a write; must be called inside the write's transaction (the shortlist's writes come here too). */
	public void record(Change change, @Nullable String details, int rows, int nodesCreated, int relationshipsCreated,
			int propertiesSet, int nodesDeleted, int relationshipsDeleted) {
		open(change, details, rows, nodesCreated, relationshipsCreated, propertiesSet, nodesDeleted,
				relationshipsDeleted);
	}

	/**
	 * Records the first part of a write committed in several transactions, inside the transaction of
	 * that part; returns the entry's element id for {@link #progress}.
	 */
	String open(Change change, @Nullable String details, long rows, long nodesCreated, long relationshipsCreated,
			long propertiesSet, long nodesDeleted, long relationshipsDeleted) {
		Map<String, Object> entry = new HashMap<>();
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
		String id = client.query("CREATE (a:AuditEntry) SET a = $entry, a.id = randomUUID(), a.at = datetime() "
				+ "RETURN elementId(a)")
			.bind(entry).to("entry")
			.fetchAs(String.class)
			.one()
			.orElseThrow();
		events.publishEvent(new GraphChanged(change.action() + " " + change.target()));
		return id;
	}

	/** Adds a later part of a write to its entry, inside the transaction of that part. */
	void progress(String entry, String details, long rows, long nodesCreated, long relationshipsCreated,
			long propertiesSet) {
		client.query("""
				MATCH (a:AuditEntry) WHERE elementId(a) = $entry
				SET a.details = $details, a.rows = a.rows + $rows, a.nodesCreated = a.nodesCreated + $nodes,
				    a.relationshipsCreated = a.relationshipsCreated + $relationships,
				    a.propertiesSet = a.propertiesSet + $properties""")
			.bindAll(Map.of("entry", entry, "details", details, "rows", rows, "nodes", nodesCreated,
					"relationships", relationshipsCreated, "properties", propertiesSet))
			.run();
		events.publishEvent(new GraphChanged("bulk import, part: " + details));
	}

}
