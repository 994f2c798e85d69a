package cn.yongxing.silvergraph.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.driver.Value;

/**
 * How the nodes of one label become API objects, and what they are filtered and sorted by. Each
 * feature declares its node types as beans, so the shared resolver ({@code node(id)}, polymorphic
 * fields) maps any node without knowing features, and {@link Filters} builds every {@code where} and
 * {@code orderBy} from the declared scalars.
 *
 * @param label node label and GraphQL type name
 * @param type the API record (its {@code @Node} label is the label)
 * @param mapper from a Neo4j node value to the API record
 * @param scalars the scalar properties filtered with operators and sorted by
 * @param shortcuts hand-written filter fields of the type's {@code where} (declared in its schema file)
 */
public record NodeType(String label, Class<? extends GraphNode> type, Function<Value, ? extends GraphNode> mapper,
		List<Scalar> scalars, Map<String, Shortcut> shortcuts) {

	/** A hand-written filter field: the condition a value puts on the node, values as parameters. */
	@FunctionalInterface
	public interface Shortcut {

		Condition condition(Node node, Object value, Function<Object, Expression> parameter);

	}

	/** A node type without filters, labelled as its record's {@code @Node}. */
	public <T extends GraphNode> NodeType(Class<T> type, Function<Value, T> mapper) {
		this(Relation.labelOf(type), type, mapper, List.of(), Map.of());
	}

	/** With these scalar properties (the key is always one). */
	public NodeType scalars(Scalar... scalars) {
		return new NodeType(label, type, mapper, List.of(scalars), shortcuts);
	}

	/** With a hand-written filter field. */
	public NodeType shortcut(String field, Shortcut shortcut) {
		Map<String, Shortcut> all = new LinkedHashMap<>(shortcuts);
		all.put(field, shortcut);
		return new NodeType(label, type, mapper, scalars, Map.copyOf(all));
	}

}
