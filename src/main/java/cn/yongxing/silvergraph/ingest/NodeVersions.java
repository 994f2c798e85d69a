package cn.yongxing.silvergraph.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.renderer.Renderer;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Node versions: every write that writes a node's record (an import, a bulk-import transaction, an
 * upsert, a typed mutation) increments its {@code version} once, however many rows of the write give
 * the node (one per source citing it). The file statements keep the version when they replace a node's
 * properties; this step, run after a node file's rows in the same transaction, counts the write. A node
 * without the property (written before versions existed) is at version 0. Relationships carry none.
 */
final class NodeVersions {

	private static final Renderer RENDERER = Renderer.getDefaultRenderer();

	private static final Map<String, String> STATEMENTS = new ConcurrentHashMap<>();

	private NodeVersions() {
	}

	/** Increments the version of the nodes of a node file's rows, each once; inside the write's transaction. */
	static void count(Neo4jClient client, FileSpec spec, List<Map<String, Object>> rows) {
		Set<Object> keys = new LinkedHashSet<>();
		rows.forEach(row -> keys.add(row.get("key")));
		client.query(STATEMENTS.computeIfAbsent(spec.label(), NodeVersions::statement))
			.bind(List.copyOf(keys)).to("keys").run();
	}

	/** The statement for one label, spelled out so that every Neo4j version finds the node by its index. */
	static String statement(String label) {
		Node n = Cypher.node(label).named("n").withProperties("key", Cypher.name("key"));
		return RENDERER.render(Cypher.unwind(Cypher.parameter("keys")).as("key")
			.match(n)
			.set(n.property("version").to(Cypher.coalesce(n.property("version"), Cypher.literalOf(0)).add(Cypher.literalOf(1))))
			.build());
	}

}
