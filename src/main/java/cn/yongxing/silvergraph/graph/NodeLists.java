package cn.yongxing.silvergraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.renderer.Renderer;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Root lists of a node type as Relay connections, ordered by key with keyset cursors: one statement
 * for a page and the relations its selection joins ({@link Joins}), and a count only when
 * {@code totalCount} is selected. Built with Cypher-DSL; the cursor is a parameter.
 */
@Component
public class NodeLists {

	private static final Renderer RENDERER = Renderer.getDefaultRenderer();

	private final GraphReader reader;

	private final Joins joins;

	private final PageLimits limits;

	NodeLists(GraphReader reader, Joins joins, PageLimits limits) {
		this.reader = reader;
		this.joins = joins;
		this.limits = limits;
	}

	/** A page of the nodes of {@code label} after the {@code after} cursor. */
	public <T extends GraphNode> Connection<T> page(DataFetchingEnvironment env, String label,
			Function<Value, T> mapper, @Nullable Integer first, @Nullable String after) {
		int size = limits.pageSize(first);
		Node n = Cypher.node(label).named("n");
		Map<String, Object> params = new HashMap<>();
		Condition keyset = Cypher.noCondition();
		if (after != null) {
			Object key = Cursor.decode(after, 1).getFirst();
			if (!(key instanceof String)) {
				throw new BadInputException("'" + after + "' is not a cursor of this list");
			}
			params.put("after", key);
			keyset = n.property("key").gt(Cypher.parameter("after"));
		}
		params.put("limit", size + 1);
		// the page is cut before RETURN, so the joined columns are computed for its rows only
		String cypher = RENDERER.render(Cypher.match(n)
			.where(keyset)
			.with(n)
			.orderBy(n.property("key").ascending())
			.limit(Cypher.parameter("limit"))
			.returning(n)
			.build());
		Joins.Plan plan = joins.plan(env, label, "n", env.getSelectionSet().getFields("edges/node/*"));
		List<Record> rows = reader.list(label + "List", cypher + plan.returnItems(), params, Function.identity());
		String count = RENDERER.render(Cypher.match(n).returning(Cypher.count(n).as("total")).build());
		return Connection.page(rows, size, false, after != null,
				r -> Cursor.encode(List.of(r.get("n").get("key").asString())),
				() -> reader.one(label + "Count", count, Map.of(), r -> r.get("total").asInt()).orElse(0))
			.map(r -> plan.register(mapper.apply(r.get("n")), r));
	}

}
