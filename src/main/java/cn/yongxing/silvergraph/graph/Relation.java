package cn.yongxing.silvergraph.graph;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
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
 */
public record Relation(Class<? extends GraphNode> parent, String field, List<Hop> hops,
		Class<? extends GraphNode> target, List<Equals> where, boolean single, boolean distinct, List<Sort> order) {

	/** A relation of {@code parent}'s field, to be completed by the hops. */
	public static Relation of(Class<? extends GraphNode> parent, String field) {
		return new Relation(parent, field, List.of(), GraphNode.class, List.of(), false, false, List.of());
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
	public record Sort(String property, boolean ascending, @Nullable Hop via) {

		/** Ascending by a property of the related node. */
		public static Sort asc(String property) {
			return new Sort(property, true, null);
		}

		/** Descending by a property of the related node (nulls first, as Cypher sorts). */
		public static Sort desc(String property) {
			return new Sort(property, false, null);
		}

		/** Ascending by the least {@code property} of the {@code label} nodes reached over {@code type}. */
		public static Sort leastOf(String type, String label, String property) {
			return new Sort(property, true, new Hop(type, true, label, false));
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
		return new Relation(parent, field, hops, target, List.copyOf(all), single, distinct, order);
	}

	/** At most one related node: the first in order. */
	public Relation toOne() {
		return new Relation(parent, field, hops, target, where, true, distinct, order);
	}

	/** Each related node once. */
	public Relation distinctNodes() {
		return new Relation(parent, field, hops, target, where, single, true, order);
	}

	/** Sorted by these keys (by default, by the related node's key). */
	public Relation orderBy(Sort... keys) {
		return new Relation(parent, field, hops, target, where, single, distinct, List.of(keys));
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
		return new Relation(parent, field, List.copyOf(all), to, where, single, distinct, order);
	}

}
