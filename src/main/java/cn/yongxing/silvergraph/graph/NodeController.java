package cn.yongxing.silvergraph.graph;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code node(id)}: Relay global object identification over every label. */
@Controller
class NodeController {

	private final GraphReader reader;

	private final NodeMapper mapper;

	NodeController(GraphReader reader, NodeMapper mapper) {
		this.reader = reader;
		this.mapper = mapper;
	}

	@QueryMapping
	@Nullable GraphNode node(@Argument String id) {
		GlobalId gid = GlobalId.parse(id);
		return reader.one("node", "MATCH (n:$($label) {key: $key}) RETURN n", Map.of("label", gid.label(), "key", gid.key()),
				r -> mapper.map(r.get("n"))).orElse(null);
	}

}
