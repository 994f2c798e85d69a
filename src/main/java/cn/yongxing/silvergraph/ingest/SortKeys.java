package cn.yongxing.silvergraph.ingest;

import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.search.SearchText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Gives the nodes written before collation keys existed their {@code nameSort} (the importer writes it
 * with every node since), once per store: pinyin needs Java, so migration V018 can only add the index.
 * The record of that migration notes that it ran ({@code keysWrittenAt}).
 */
@Component
class SortKeys {

	private static final Logger log = LoggerFactory.getLogger(SortKeys.class);

	private static final int BATCH = 5_000;

	private final Neo4jClient client;

	SortKeys(Neo4jClient client) {
		this.client = client;
	}

	/** Writes the missing collation keys, unless that was done before; how many were written. */
	int backfill() {
		boolean done = client.query("MATCH (m:__Migration {version: 18}) RETURN m.keysWrittenAt IS NOT NULL")
			.fetchAs(Boolean.class).one().orElse(false);
		if (done) {
			return 0;
		}
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
		client.query("MATCH (m:__Migration {version: 18}) SET m.keysWrittenAt = datetime()").run();
		if (total > 0) {
			log.info("Wrote the pinyin collation keys of {} names written before they existed", total);
		}
		return total;
	}

}
