package cn.yongxing.silvergraph.graph;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/** Maps any node to its API record by label, using the {@link NodeType}s the features declare. */
@Component
public class NodeMapper {

	private final Map<String, Function<Value, ? extends GraphNode>> mappers;

	NodeMapper(List<NodeType> types) {
		this.mappers = types.stream().collect(Collectors.toMap(NodeType::label, NodeType::mapper));
	}

	/** The API record of a node; the first label with a registered type decides. */
	public GraphNode map(Value node) {
		for (String label : node.asNode().labels()) {
			var mapper = mappers.get(label);
			if (mapper != null) {
				return mapper.apply(node);
			}
		}
		throw new IllegalStateException("No API type for a node with labels " + node.asNode().labels());
	}

	/** The label that decides a node's API type (as {@link #map} picks it), null when none has one. */
	public @Nullable String labelOf(Value node) {
		for (String label : node.asNode().labels()) {
			if (mappers.containsKey(label)) {
				return label;
			}
		}
		return null;
	}

	/** The mapper of nodes of one label. */
	public Function<Value, ? extends GraphNode> mapperOf(String label) {
		var mapper = mappers.get(label);
		if (mapper == null) {
			throw new IllegalStateException("No API type for label " + label);
		}
		return mapper;
	}

	/** Whether a label can be mapped. */
	public boolean knows(String label) {
		return mappers.containsKey(label);
	}

}
