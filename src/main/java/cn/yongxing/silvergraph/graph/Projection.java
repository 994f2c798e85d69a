package cn.yongxing.silvergraph.graph;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;

/**
 * The properties a join reads of the nodes it returns: those of the selected scalar fields, and the
 * ones the node's record cannot do without (its components not marked {@code @Nullable}), instead of
 * the whole node with every property it stores (search text, collation keys, versions). A node record
 * maps its properties by its components' names; a selected scalar that is not a component (a field the
 * record computes) makes the join read the whole node, as does a node of any label.
 */
public final class Projection {

	private static final Map<Class<?>, Components> COMPONENTS = new ConcurrentHashMap<>();

	private Projection() {
	}

	/** A record's component names and those it requires. */
	private record Components(Set<String> all, Set<String> required) {

		static Components of(Class<?> type) {
			Set<String> all = new LinkedHashSet<>();
			Set<String> required = new LinkedHashSet<>(List.of("key"));
			for (RecordComponent component : type.getRecordComponents()) {
				all.add(component.getName());
				if (!component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
					required.add(component.getName());
				}
			}
			return new Components(Set.copyOf(all), Set.copyOf(required));
		}

	}

	/** The properties a record of {@code type} maps from: its components' names. */
	public static Set<String> components(Class<?> type) {
		return COMPONENTS.computeIfAbsent(type, Components::of).all();
	}

	/** The properties a record of {@code type} cannot do without: the key and its components not {@code @Nullable}. */
	public static Set<String> required(Class<?> type) {
		return COMPONENTS.computeIfAbsent(type, Components::of).required();
	}

	/**
	 * The node, or its map projection of the properties the selection needs ({@code t {.key, .name}}),
	 * for nodes mapped to {@code type}.
	 */
	public static Expression of(Node node, Class<?> type, List<SelectedField> selection) {
		List<String> properties = properties(type, selection);
		return properties == null ? node.getRequiredSymbolicName() : node.project(properties.toArray());
	}

	/** The properties to read of nodes mapped to {@code type} for this selection, null for the whole node. */
	public static @Nullable List<String> properties(Class<?> type, List<SelectedField> selection) {
		if (!type.isRecord() || type == GraphNode.class) {
			return null;
		}
		Components components = COMPONENTS.computeIfAbsent(type, Components::of);
		Set<String> properties = new LinkedHashSet<>(components.required());
		for (SelectedField field : selection) {
			// objects and lists of objects are read by key (relations, citations, analyses)
			if (!field.getSelectionSet().getImmediateFields().isEmpty()) {
				continue;
			}
			String name = field.getName();
			if (name.equals("id") || name.startsWith("__")) {
				continue;
			}
			if (!components.all().contains(name)) {
				return null;
			}
			properties.add(name);
		}
		return List.copyOf(properties);
	}

}
