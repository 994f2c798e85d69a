package cn.yongxing.silvergraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * The one declaration of a relation field: the GraphQL type and field, the path from the parent node
 * to the related nodes (relationship types, directions, labels), a condition on the related node, its
 * cardinality and order. {@link Relations} derives from it, and from nothing else, the field's batch
 * loader (one statement per field and level) and its in-statement join (a {@code COLLECT} subquery of
 * the parent's statement), both rendered with Cypher-DSL; the two read the same rows in the same order.
 * Features declare their relations as beans; see {@code docs/relations.md}.
 *
 * @param parent the record of the parent type (its {@code @Node} label is the GraphQL type name)
 * @param field the GraphQL field
 * @param hops the path, from the parent to the related node (the last hop's label is the target's)
 * @param target the record of the related nodes, {@link GraphNode} for nodes of any label
 * @param where property equalities the related node must satisfy
 * @param single at most one related node (the first in order), null when there is none
 * @param distinct each related node once, however many paths lead to it
 * @param order sort keys, applied in this order
 * @param edge for a field whose values are the relationships themselves (with their properties and
 *        citations) rather than the related nodes: how each becomes its record; null otherwise
 * @param properties the relationship's scalar properties, filtered in {@code some}/{@code none}/{@code all}
 * @param nodes for a field of related nodes: what their records read besides their properties, and a
 *        step over each parent's whole list
 */
public record Relation(Class<? extends GraphNode> parent, String field, List<Hop> hops,
		Class<? extends GraphNode> target, List<Equals> where, boolean single, boolean distinct, List<Sort> order,
		@Nullable EdgeSpec edge, List<Scalar> properties, NodeSpec nodes) {

	/** A relation of {@code parent}'s field, to be completed by the hops. */
	public static Relation of(Class<? extends GraphNode> parent, String field) {
		return new Relation(parent, field, List.of(), GraphNode.class, List.of(), false, false, List.of(), null, List.of(), NodeSpec.NONE);
	}

	/**
	 * One relationship of an edge field as read: its start and end nodes (in the relationship's own
	 * direction), its properties, the node a property of it names ({@link EdgeSpec#lookup}, null when
	 * not read or not found), the source it cites, and the mappers of each end's node to its record
	 * (for an end whose GraphQL type is {@code Node}; a typed end may be read as a map of its properties).
	 */
	public record Edge(Value start, Value relationship, Value end, @Nullable Value looked, List<Source> sources,
			Function<Value, ? extends GraphNode> startNodes, Function<Value, ? extends GraphNode> endNodes) {

		/** The start node as its record, whatever its label. */
		public GraphNode startNode() {
			return startNodes.apply(start);
		}

		/** The end node as its record, whatever its label. */
		public GraphNode endNode() {
			return endNodes.apply(end);
		}

	}

	/**
	 * How an edge field's relationships become records of {@code type}: {@code endField} and
	 * {@code startField} name the record's fields holding the end and start nodes (whose own relations
	 * are then joined too), {@code lookup} an optional node keyed by a property of the relationship,
	 * {@code judge} an optional step over each parent's whole list (same size, same order: figures given
	 * their verdicts against each other), for which the citations are always read.
	 */
	public record EdgeSpec(Class<?> type, Function<Edge, Object> mapper, @Nullable String startField,
			@Nullable String endField, @Nullable Lookup lookup, @Nullable UnaryOperator<List<Object>> judge) {

		/** The records of one parent's relationships, judged against each other when a judge is declared. */
		List<Object> judged(List<Object> records) {
			return Relation.judged(judge, records, "a judge of " + type.getSimpleName());
		}

	}

	/**
	 * What the records of a node field read besides the nodes' properties, and what they go through:
	 * {@code computed} values read with each node, by name, from an expression over the node variable
	 * (an indicator's publication date, from its citations), and {@code judge}, a step over each
	 * parent's whole list (same size, same order).
	 */
	public record NodeSpec(Map<String, Function<org.neo4j.cypherdsl.core.Node, org.neo4j.cypherdsl.core.Expression>> computed,
			@Nullable UnaryOperator<List<Object>> judge) {

		static final NodeSpec NONE = new NodeSpec(Map.of(), null);

		/** The records of one parent, judged against each other when a judge is declared. */
		List<Object> judged(List<Object> records) {
			return Relation.judged(judge, records, "a judge");
		}

	}

	private static List<Object> judged(@Nullable UnaryOperator<List<Object>> judge, List<Object> records, String what) {
		if (judge == null) {
			return records;
		}
		List<Object> judged = judge.apply(records);
		if (judged.size() != records.size()) {
			throw new IllegalStateException(what + " must keep every record in order");
		}
		return judged;
	}

	/** A node of {@code label} whose key is the relationship's {@code property}, read when {@code field} is selected. */
	public record Lookup(String field, String label, String property) {
	}

	/** One step of the path: a relationship type, its direction, the label reached (null: any). */
	public record Hop(String type, boolean outgoing, @Nullable String label, boolean anyLength) {
	}

	/** The related node's property equals a constant. */
	public record Equals(String property, Object value) {
	}

	/**
	 * A sort key: a property of the related node, or (with {@code via}) the least value of a property
	 * of the nodes one outgoing relationship away from it, nulls last.
	 */
	public record Sort(String property, boolean ascending, @Nullable Hop via, boolean onRelationship) {

		/** Ascending by a property of the related node. */
		public static Sort asc(String property) {
			return new Sort(property, true, null, false);
		}

		/** Descending by a property of the related node (nulls first, as Cypher sorts). */
		public static Sort desc(String property) {
			return new Sort(property, false, null, false);
		}

		/** Ascending by a property of the relationship (edge fields). */
		public static Sort relAsc(String property) {
			return new Sort(property, true, null, true);
		}

		/** Descending by a property of the relationship (edge fields). */
		public static Sort relDesc(String property) {
			return new Sort(property, false, null, true);
		}

		/** Ascending by the least {@code property} of the {@code label} nodes reached over {@code type}. */
		public static Sort leastOf(String type, String label, String property) {
			return new Sort(property, true, new Hop(type, true, label, false), false);
		}

		/**
		 * The node property a sort reads: the property itself, or for a least-of key the property kept on
		 * the node at write time ({@code leastOf("AT_STAGE", "ChainStage", "order")} is kept as {@code
		 * leastAtStageOrder}; every write runs {@link Relations#derivations()}).
		 */
		public String stored() {
			if (via == null) {
				return property;
			}
			StringBuilder name = new StringBuilder("least");
			for (String word : via.type().toLowerCase(java.util.Locale.ROOT).split("_")) {
				name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
			}
			return name.append(Character.toUpperCase(property.charAt(0))).append(property.substring(1)).toString();
		}

	}

	/** The label of a node record ({@code @Node}), null for {@link GraphNode} (any label). */
	static @Nullable String labelOf(Class<? extends GraphNode> type) {
		Node node = type.getAnnotation(Node.class);
		if (node == null || node.value().length == 0) {
			if (type == GraphNode.class) {
				return null;
			}
			throw new IllegalStateException(type.getName() + " declares no @Node label");
		}
		return node.value()[0];
	}

	/** The GraphQL type (and node label) of the parent. */
	public String type() {
		return labelOf(parent);
	}

	/** Follows an outgoing relationship to nodes of {@code to}. */
	public Relation out(String type, Class<? extends GraphNode> to) {
		return hop(new Hop(type, true, labelOf(to), false), to);
	}

	/** Follows an incoming relationship from nodes of {@code to}. */
	public Relation in(String type, Class<? extends GraphNode> to) {
		return hop(new Hop(type, false, labelOf(to), false), to);
	}

	/** Follows zero or more outgoing relationships of one type to nodes of {@code to}. */
	public Relation outAnyLength(String type, Class<? extends GraphNode> to) {
		return hop(new Hop(type, true, labelOf(to), true), to);
	}

	/** Only related nodes whose {@code property} equals {@code value}. */
	public Relation where(String property, Object value) {
		List<Equals> all = new ArrayList<>(where);
		all.add(new Equals(property, value));
		return new Relation(parent, field, hops, target, List.copyOf(all), single, distinct, order, edge, properties, nodes);
	}

	/** At most one related node: the first in order. */
	public Relation toOne() {
		return new Relation(parent, field, hops, target, where, true, distinct, order, edge, properties, nodes);
	}

	/** Each related node once. */
	public Relation distinctNodes() {
		return new Relation(parent, field, hops, target, where, single, true, order, edge, properties, nodes);
	}

	/** Sorted by these keys (by default, by the related node's key). */
	public Relation orderBy(Sort... keys) {
		return new Relation(parent, field, hops, target, where, single, distinct, List.of(keys), edge, properties, nodes);
	}

	/**
	 * Values are the relationships (one hop) as records of {@code type}, made by {@code mapper};
	 * {@code startField} and {@code endField} name the record's fields holding the relationship's start
	 * and end nodes (null: none, or not a node record).
	 */
	public <E> Relation edges(Class<E> type, Function<Edge, E> mapper, @Nullable String startField,
			@Nullable String endField) {
		if (hops.size() != 1) {
			throw new IllegalStateException(field + ": an edge field follows exactly one relationship");
		}
		return new Relation(parent, field, hops, target, where, single, distinct, order,
				new EdgeSpec(type, mapper::apply, startField, endField, null, null), properties, nodes);
	}

	/** With the node of {@code label} whose key is the relationship's {@code property}, as {@code field}. */
	public Relation lookup(String field, String label, String property) {
		if (edge == null) {
			throw new IllegalStateException(this.field + ": only an edge field looks up nodes");
		}
		return new Relation(parent, this.field, hops, target, where, single, distinct, order, new EdgeSpec(edge.type(),
				edge.mapper(), edge.startField(), edge.endField(), new Lookup(field, label, property), edge.judge()),
				properties, nodes);
	}

	/**
	 * Each parent's records, as a whole list, through {@code judge} (which keeps their number and order:
	 * reported figures given their verdicts against each other); the citations are then always read.
	 */
	@SuppressWarnings("unchecked")
	public <E> Relation judged(UnaryOperator<List<E>> judge) {
		UnaryOperator<List<Object>> whole = list -> (List<Object>) judge.apply((List<E>) list);
		if (edge == null) {
			if (single) {
				throw new IllegalStateException(field + ": only a list is judged as a whole");
			}
			return new Relation(parent, field, hops, target, where, single, distinct, order, edge, properties,
					new NodeSpec(nodes.computed(), whole));
		}
		return new Relation(parent, field, hops, target, where, single, distinct, order, new EdgeSpec(edge.type(),
				edge.mapper(), edge.startField(), edge.endField(), edge.lookup(), whole), properties, nodes);
	}

	/**
	 * With a value each related node's record reads besides its properties, as {@code name}: the
	 * expression {@code value} makes from the node variable (a node field; the record maps it by name).
	 */
	public Relation computed(String name, Function<org.neo4j.cypherdsl.core.Node, org.neo4j.cypherdsl.core.Expression> value) {
		if (edge != null || labelOf(target) == null) {
			throw new IllegalStateException(field + ": only a field of nodes of one label reads computed values");
		}
		Map<String, Function<org.neo4j.cypherdsl.core.Node, org.neo4j.cypherdsl.core.Expression>> all =
				new java.util.LinkedHashMap<>(nodes.computed());
		all.put(name, value);
		return new Relation(parent, field, hops, target, where, single, distinct, order, edge, properties,
				new NodeSpec(java.util.Collections.unmodifiableMap(all), nodes.judge()));
	}

	/** With these relationship properties (an edge field), filtered in {@code some}/{@code none}/{@code all}. */
	public Relation properties(Scalar... scalars) {
		if (edge == null) {
			throw new IllegalStateException(field + ": only an edge field has relationship properties");
		}
		return new Relation(parent, field, hops, target, where, single, distinct, order, edge, List.of(scalars), nodes);
	}

	/** Whether the parent is the start of the (single) relationship of an edge field. */
	boolean parentStarts() {
		return hops.getFirst().outgoing();
	}

	/** The sort keys in force: the declared ones, or the related node's key. */
	List<Sort> sortKeys() {
		return order.isEmpty() ? List.of(Sort.asc("key")) : order;
	}

	/** The label of the related nodes, null for any label. */
	@Nullable String targetLabel() {
		return labelOf(target);
	}

	private Relation hop(Hop hop, Class<? extends GraphNode> to) {
		List<Hop> all = new ArrayList<>(hops);
		all.add(hop);
		return new Relation(parent, field, List.copyOf(all), to, where, single, distinct, order, edge, properties, nodes);
	}

}
