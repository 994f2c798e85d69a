package cn.yongxing.silvergraph.graph;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * Root lists of a node type as Relay connections, filtered ({@code where}) and sorted ({@code orderBy})
 * by the type's declared scalars with keyset cursors ({@link ListQuery}), forward ({@code first/after})
 * or backward ({@code last/before}): one statement for a page and the relations its selection joins
 * ({@link Joins}), none when neither {@code edges} nor {@code pageInfo} is selected (a request for
 * {@code totalCount} or {@code aggregate} only), and a count only when {@code totalCount} is selected.
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

	/** The page of nodes of {@code type} that the arguments of {@code env} ask for. */
	Connection<GraphNode> page(DataFetchingEnvironment env, NodeType type) {
		Integer first = env.getArgument("first");
		Integer last = env.getArgument("last");
		String after = env.getArgument("after");
		String before = env.getArgument("before");
		if ((first != null || after != null) && (last != null || before != null)) {
			throw new BadInputException("Page forward (first/after) or backward (last/before), not both");
		}
		boolean backward = last != null || before != null;
		int size = limits.pageSize(backward ? last : first);
		String cursor = backward ? before : after;
		String label = type.label();
		Map<String, Object> where = env.getArgument("where");
		List<Map<String, Object>> orderBy = env.getArgument("orderBy");
		List<SelectedField> selection = env.getSelectionSet().getFields("edges/node/*");
		ListQuery query = ListQuery.build(filters, new ListQuery.Request(label, Cypher.node(label).named("n"), null,
				where, Set.of(), orderBy, cursor, backward, size, Map.of(), Projection.properties(type.type(), selection)));
		boolean paged = env.getSelectionSet().contains("edges") || env.getSelectionSet().contains("pageInfo");
		Joins.Plan plan = paged ? joins.plan(env, label, "n", selection) : Joins.Plan.NONE;
		List<Record> rows = paged
				? reader.list(label + "List", query.cypher() + plan.returnItems(), query.params(), Function.identity())
				: List.of();
		return Connection.page(rows, size, backward, cursor != null, r -> Cursor.encode(r.get("sortValues").asList()),
				() -> reader.one(label + "Count", query.countCypher(), query.countParams(), r -> r.get("total").asInt())
					.orElse(0))
			.map(r -> plan.register(type.mapper().apply(r.get("n")), r));
	}

}
