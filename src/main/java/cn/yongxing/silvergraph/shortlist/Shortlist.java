package cn.yongxing.silvergraph.shortlist;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.graph.CypherFiles;
import cn.yongxing.silvergraph.graph.GlobalId;
import cn.yongxing.silvergraph.graph.GraphReader;
import cn.yongxing.silvergraph.ingest.AuditTrail;
import cn.yongxing.silvergraph.ingest.Change;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shortlist service. Writes go the way of every write of the service: one write transaction that
 * also records the change in the audit trail (which announces it, so cached analyses are recomputed);
 * a rejected write changes nothing. Reads go through the shared reader.
 */
@Service
public class Shortlist {

	/** Longest notes kept on one entry. */
	static final int MAX_NOTES = 4000;

	/** Most entries one list or export holds. */
	static final int MAX_ENTRIES = 5000;

	private final Neo4jClient client;

	private final TransactionTemplate writeTx;

	private final AuditTrail audit;

	private final GraphReader reader;

	private final String check = CypherFiles.load("shortlist", "check");

	private final String save = CypherFiles.load("shortlist", "save");

	private final String remove = CypherFiles.load("shortlist", "remove");

	private final String list = CypherFiles.load("shortlist", "list");

	Shortlist(Neo4jClient client, PlatformTransactionManager transactionManager, AuditTrail audit, GraphReader reader) {
		this.client = client;
		this.writeTx = new TransactionTemplate(transactionManager);
		this.audit = audit;
		this.reader = reader;
	}

	/** A problem with a shortlist write. */
	public record Problem(@Nullable String field, Code code, String message) {

		/** The kind of problem. */
		public enum Code {
			/** No such enterprise, product or entry. */
			NOT_FOUND,
			/** A value the shortlist does not take. */
			INVALID_VALUE
		}

	}

	/** What a write did: the entry as it is now (null when removed or rejected), or its problems. */
	public record Result(@Nullable ShortlistEntry entry, boolean removed, List<Problem> problems) {
	}

	/**
	 * Adds an enterprise (as a target for a product, or none) to the shortlist, or updates the status
	 * and notes of the entry already there for the same enterprise and product.
	 */
	public Result save(String enterpriseId, @Nullable String productKey, ShortlistStatus status, @Nullable String notes,
			String actor) {
		GlobalId id;
		try {
			id = GlobalId.parse(enterpriseId);
		}
		catch (RuntimeException ex) {
			return rejected("enterpriseId", Problem.Code.INVALID_VALUE, "'" + enterpriseId + "' is not a global id");
		}
		if (!id.label().equals("Enterprise")) {
			return rejected("enterpriseId", Problem.Code.INVALID_VALUE,
					"'" + enterpriseId + "' is not an enterprise; only enterprises are shortlisted");
		}
		String product = productKey == null || productKey.isBlank() ? null : productKey.trim();
		String text = notes == null || notes.isBlank() ? null : notes.strip();
		if (text != null && text.length() > MAX_NOTES) {
			return rejected("notes", Problem.Code.INVALID_VALUE,
					"notes are " + text.length() + " characters long; at most " + MAX_NOTES + " are kept");
		}
		String key = ShortlistEntry.key(id.key(), product);
		Map<String, Object> params = new HashMap<>();
		params.put("enterprise", id.key());
		params.put("product", product);
		params.put("key", key);
		params.put("status", status.name());
		params.put("notes", text);
		params.put("actor", actor);
		Problem problem = writeTx.execute(tx -> {
			var found = client.query(check).bindAll(params).fetch().one().orElseThrow();
			if (!Boolean.TRUE.equals(found.get("enterprise"))) {
				return new Problem("enterpriseId", Problem.Code.NOT_FOUND, "No enterprise has the id " + enterpriseId);
			}
			if (!Boolean.TRUE.equals(found.get("product"))) {
				return new Problem("productKey", Problem.Code.NOT_FOUND, "No product has the key " + product);
			}
			boolean existed = Boolean.TRUE.equals(found.get("entry"));
			ResultSummary summary = client.query(save).bindAll(params).run();
			var c = summary.counters();
			audit.record(new Change(actor, existed ? "shortlistUpdate" : "shortlistAdd", GlobalId.of("ShortlistEntry", key)),
					status.name() + (text == null ? "" : ": " + text), 1, c.nodesCreated(), c.relationshipsCreated(),
					c.propertiesSet(), 0, 0);
			return null;
		});
		if (problem != null) {
			return new Result(null, false, List.of(problem));
		}
		return new Result(entry(key), false, List.of());
	}

	/** Removes an entry (by its global id, {@code ShortlistEntry:<key>}). */
	public Result remove(String entryId, String actor) {
		String prefix = "ShortlistEntry:";
		if (!entryId.startsWith(prefix) || entryId.length() == prefix.length()) {
			return rejected("id", Problem.Code.INVALID_VALUE,
					"'" + entryId + "' is not a shortlist entry id; they look like ShortlistEntry:tengchi/ag-paste");
		}
		String key = entryId.substring(prefix.length());
		Boolean removed = writeTx.execute(tx -> {
			ResultSummary summary = client.query(remove).bind(key).to("key").run();
			var c = summary.counters();
			if (c.nodesDeleted() == 0) {
				return false;
			}
			audit.record(new Change(actor, "shortlistRemove", entryId), null, 1, 0, 0, 0, c.nodesDeleted(),
					c.relationshipsDeleted());
			return true;
		});
		return Boolean.TRUE.equals(removed) ? new Result(null, true, List.of())
				: rejected("id", Problem.Code.NOT_FOUND, "No shortlist entry has the id " + entryId);
	}

	/** The entries, last changed first, optionally only some statuses or one metal's products. */
	public List<ShortlistEntry> entries(@Nullable Collection<ShortlistStatus> statuses, @Nullable String metal,
			@Nullable Integer first) {
		Map<String, Object> params = new HashMap<>();
		params.put("statuses", statuses == null || statuses.isEmpty() ? null : statuses.stream().map(Enum::name).toList());
		params.put("metal", metal);
		params.put("key", null);
		params.put("first", Math.clamp(first == null ? MAX_ENTRIES : first, 1, MAX_ENTRIES));
		return reader.list("shortlist.list", list, params, ShortlistEntry::from);
	}

	private @Nullable ShortlistEntry entry(String key) {
		Map<String, Object> params = new HashMap<>();
		params.put("statuses", null);
		params.put("metal", null);
		params.put("key", key);
		params.put("first", 1);
		return reader.list("shortlist.entry", list, params, ShortlistEntry::from).stream().findFirst().orElse(null);
	}

	private static Result rejected(String field, Problem.Code code, String message) {
		return new Result(null, false, List.of(new Problem(field, code, message)));
	}

}
