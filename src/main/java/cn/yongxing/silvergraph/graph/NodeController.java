package cn.yongxing.silvergraph.graph;

import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code node(id)}: Relay global object identification over every label. */
@Controller
class NodeController {

	private final GraphReader reader;

	private final NodeMapper mapper;

	private final Joins joins;

	NodeController(GraphReader reader, NodeMapper mapper, Joins joins) {
		this.reader = reader;
		this.mapper = mapper;
		this.joins = joins;
	}

	@QueryMapping
	@Nullable GraphNode node(@Argument String id, DataFetchingEnvironment env) {
		GlobalId gid = GlobalId.parse(id);
		Joins.Plan plan = joins.plan(env, gid.label(), "n", env.getSelectionSet().getImmediateFields());
		return reader.one("node", "MATCH (n:$($label) {key: $key}) RETURN n" + plan.returnItems(),
				Map.of("label", gid.label(), "key", gid.key()), r -> plan.register(mapper.map(r.get("n")), r))
			.orElse(null);
	}

}
