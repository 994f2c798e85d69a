package cn.yongxing.silvergraph.graph;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Root lists of a node type as Relay connections, filtered ({@code where}) and sorted ({@code orderBy})
 * by the type's declared scalars with keyset cursors ({@link ListQuery}): one statement for a page and
 * the relations its selection joins ({@link Joins}), and a count only when {@code totalCount} is
 * selected.
 */
@Component
public class NodeLists {

	private final GraphReader reader;

	private final Joins joins;

	private final PageLimits limits;

	private final Filters filters;

	NodeLists(GraphReader reader, Joins joins, PageLimits limits, Filters filters) {
		this.reader = reader;
		this.joins = joins;
		this.limits = limits;
		this.filters = filters;
	}

	/** A page of the nodes of {@code label} matching the {@code where} and in the {@code orderBy} of {@code env}. */
	public <T extends GraphNode> Connection<T> page(DataFetchingEnvironment env, String label,
			Function<Value, T> mapper, @Nullable Integer first, @Nullable String after) {
		int size = limits.pageSize(first);
		Map<String, Object> where = env.getArgument("where");
		List<Map<String, Object>> orderBy = env.getArgument("orderBy");
		ListQuery query = ListQuery.build(filters, new ListQuery.Request(label, Cypher.node(label).named("n"), null,
				where, Set.of(), orderBy, after, false, size, Map.of()));
		Joins.Plan plan = joins.plan(env, label, "n", env.getSelectionSet().getFields("edges/node/*"));
		List<Record> rows = reader.list(label + "List", query.cypher() + plan.returnItems(), query.params(),
				Function.identity());
		return Connection.page(rows, size, false, after != null, r -> Cursor.encode(r.get("sortValues").asList()),
				() -> reader.one(label + "Count", query.countCypher(), query.countParams(), r -> r.get("total").asInt())
					.orElse(0))
			.map(r -> plan.register(mapper.apply(r.get("n")), r));
	}

}
