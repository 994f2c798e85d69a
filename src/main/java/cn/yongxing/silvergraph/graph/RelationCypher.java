package cn.yongxing.silvergraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.ExposesPatternLengthAccessors;
import org.neo4j.cypherdsl.core.ExposesRelationships;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.PatternElement;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.RelationshipPattern;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.StatementBuilder.OngoingReadingWithoutWhere;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.cypherdsl.core.renderer.Renderer;

/**
 * Renders a {@link Relation} with Cypher-DSL: as the batch statement of its loader (parents' keys in,
 * rows {@code key, t} out) and as the {@code COLLECT} subquery joining it into the parent's statement.
 * Both match the same pattern with the same condition and sort keys, so they read the same rows in the
 * same order.
 */
final class RelationCypher {

	private static final Renderer RENDERER = Renderer.getDefaultRenderer();

	/** The column of a joined row holding the related node when the row also carries nested joins. */
	static final String NODE = "n";

	private RelationCypher() {
	}

	/**
	 * {@code UNWIND $keys AS key MATCH (:Parent {key: key})-…->(t) WHERE … WITH [DISTINCT] key, t RETURN
	 * key, t ORDER BY …}.
	 */
	static String batch(Relation relation) {
		if (relation.edge() != null) {
			return batchOfEdges(relation);
		}
		SymbolicName key = Cypher.name("key");
		Node t = node(relation.targetLabel(), "t");
		Node parent = Cypher.node(relation.type()).withProperties("key", key);
		OngoingReadingWithoutWhere match = Cypher.unwind(Cypher.parameter("keys")).as(key)
			.match(pattern(relation, parent, t));
		var with = relation.distinct() ? match.where(condition(relation, t)).withDistinct(key, t.getRequiredSymbolicName())
				: match.where(condition(relation, t)).with(key, t.getRequiredSymbolicName());
		Statement statement = relation.nodes().computed().isEmpty()
				? with.returning(key, t.getRequiredSymbolicName()).orderBy(sort(relation, t)).build()
				// sorted before the projection, which takes the node's name
				: with.orderBy(sort(relation, t)).returning(key, value(relation, t, null).as(t.getRequiredSymbolicName()))
					.build();
		return RENDERER.render(statement);
	}

	/**
	 * What a join or batch row holds of a related node: the node, or the map projection of the
	 * properties the selection needs, with the values the relation computes beside them ({@code t {.*,
	 * reported: …}} when the whole node is read).
	 */
	private static Expression value(Relation relation, Node t, @Nullable List<SelectedField> selection) {
		var computed = relation.nodes().computed();
		// a judged list compares its records by properties the selection need not name: all are read
		List<String> properties = relation.targetLabel() == null || selection == null || relation.nodes().judge() != null
				? null : Projection.properties(relation.target(), selection);
		if (computed.isEmpty()) {
			return properties == null ? t.getRequiredSymbolicName() : t.project(properties.toArray());
		}
		List<Object> entries = new ArrayList<>();
		if (properties == null) {
			entries.add(Cypher.asterisk());
		}
		else {
			properties.stream().filter(p -> !computed.containsKey(p)).forEach(entries::add);
		}
		computed.forEach((name, expression) -> {
			entries.add(name);
			entries.add(expression.apply(t));
		});
		return t.project(entries.toArray());
	}

	/**
	 * {@code COLLECT { MATCH (parent)-…->(t) WHERE … RETURN t ORDER BY … }}, or rows
	 * {@code {n: t, <column>: <nested join>…}} when the related nodes carry joins of their own.
	 */
	static Expression join(Relation relation, SymbolicName parent, String variable, Map<String, Expression> nested,
			@Nullable List<SelectedField> selection) {
		if (relation.edge() != null) {
			throw new IllegalArgumentException("an edge field is joined by joinOfEdges");
		}
		Node t = node(relation.targetLabel(), variable);
		OngoingReadingWithoutWhere match = Cypher.match(pattern(relation, Cypher.anyNode(parent), t));
		// the whole node for one of any label, or when the caller maps it without a selection
		Expression value = value(relation, t, selection);
		Expression row = value;
		if (!nested.isEmpty()) {
			List<Object> entries = new ArrayList<>(List.of(NODE, value));
			nested.forEach((column, expression) -> {
				entries.add(column);
				entries.add(expression);
			});
			row = Cypher.mapOf(entries.toArray());
		}
		var with = relation.distinct() ? match.where(condition(relation, t)).withDistinct(t.getRequiredSymbolicName())
				: match.where(condition(relation, t)).with(t.getRequiredSymbolicName());
		if (row == t.getRequiredSymbolicName()) {
			var ordered = with.returning(row).orderBy(sort(relation, t));
			return Cypher.collect(relation.single() ? ordered.limit(1).build() : ordered.build());
		}
		// sorted before the projection: a map projection's column takes the node's name, which the sort
		// keys (a subquery over the node) must still see as the node
		var sorted = with.orderBy(sort(relation, t));
		return Cypher.collect(relation.single() ? sorted.limit(1).returning(row).build() : sorted.returning(row).build());
	}

	/** Columns of an edge row: the relationship, the other node, its citation, the looked-up node. */
	static final String PARENT = "p", REL = "r", OTHER = "t", SOURCE = "src", LOOKED = "l";

	/**
	 * {@code UNWIND $keys AS key MATCH (p:Parent {key: key})-[r]-(t) WHERE … OPTIONAL MATCH (src:Source
	 * {key: r.source}) [OPTIONAL MATCH (l:Label {key: r.property})] RETURN key, p, r, t, src[, l] ORDER BY …}.
	 */
	private static String batchOfEdges(Relation relation) {
		SymbolicName key = Cypher.name("key");
		Node t = node(relation.targetLabel(), OTHER);
		Node parent = Cypher.node(relation.type()).named(PARENT).withProperties("key", key);
		Relationship r = edge(relation, parent, t, REL);
		Node src = Cypher.node("Source").named(SOURCE).withProperties("key", r.property("source"));
		List<Expression> columns = new ArrayList<>(List.of(key, parent.getRequiredSymbolicName(),
				r.getRequiredSymbolicName(), t.getRequiredSymbolicName(), src.getRequiredSymbolicName()));
		StatementBuilder.OngoingReading reading = Cypher.unwind(Cypher.parameter("keys")).as(key).match(r).where(condition(relation, t))
			.optionalMatch(src);
		Relation.Lookup lookup = relation.edge().lookup();
		if (lookup != null) {
			Node looked = Cypher.node(lookup.label()).named(LOOKED).withProperties("key", r.property(lookup.property()));
			reading = reading.optionalMatch(looked);
			columns.add(looked.getRequiredSymbolicName());
		}
		return RENDERER.render(reading.returning(columns).orderBy(sort(relation, t, r)).build());
	}

	/**
	 * {@code COLLECT { MATCH (parent)-[r]-(t) WHERE … [OPTIONAL MATCH (src…)] [OPTIONAL MATCH (l…)]
	 * RETURN {r: r, t: t, src: src, l: l, <column>: <nested join>…} ORDER BY … }}: the citation and the
	 * looked-up node only when selected.
	 */
	static Expression joinOfEdges(Relation relation, SymbolicName parent, String suffix, boolean cited,
			boolean looks, Map<String, Expression> nested, List<SelectedField> otherSelection) {
		Node t = node(relation.targetLabel(), OTHER + suffix);
		Relationship r = edge(relation, Cypher.anyNode(parent), t, REL + suffix);
		Expression other = relation.targetLabel() == null ? t.getRequiredSymbolicName()
				: Projection.of(t, relation.target(), otherSelection);
		List<Object> entries = new ArrayList<>(List.of(REL, r.getRequiredSymbolicName(), OTHER, other));
		StatementBuilder.OngoingReading reading = Cypher.match(r).where(condition(relation, t));
		if (cited) {
			Node src = Cypher.node("Source").named(SOURCE + suffix).withProperties("key", r.property("source"));
			reading = reading.optionalMatch(src);
			entries.addAll(List.of(SOURCE, src.getRequiredSymbolicName()));
		}
		Relation.Lookup lookup = relation.edge().lookup();
		if (looks && lookup != null) {
			Node looked = Cypher.node(lookup.label()).named(LOOKED + suffix)
				.withProperties("key", r.property(lookup.property()));
			reading = reading.optionalMatch(looked);
			entries.addAll(List.of(LOOKED, looked.getRequiredSymbolicName()));
		}
		nested.forEach((column, expression) -> {
			entries.add(column);
			entries.add(expression);
		});
		var ordered = reading.returning(Cypher.mapOf(entries.toArray())).orderBy(sort(relation, t, r));
		return Cypher.collect(relation.single() ? ordered.limit(1).build() : ordered.build());
	}

	static Relationship edge(Relation relation, Node parent, Node t, String name) {
		Relation.Hop hop = relation.hops().getFirst();
		return (hop.outgoing() ? parent.relationshipTo(t, hop.type()) : parent.relationshipFrom(t, hop.type()))
			.named(name);
	}

	/** An expression as Cypher text, to append to a statement written as text. */
	static String render(List<Expression> aliased) {
		String text = RENDERER.render(Cypher.returning(aliased).build());
		return text.substring("RETURN ".length());
	}

	private static Node node(@Nullable String label, String name) {
		return label == null ? Cypher.anyNode(name) : Cypher.node(label).named(name);
	}

	static PatternElement pattern(Relation relation, Node start, Node t) {
		ExposesRelationships<?> current = start;
		RelationshipPattern last = null;
		List<Relation.Hop> hops = relation.hops();
		for (int i = 0; i < hops.size(); i++) {
			Relation.Hop hop = hops.get(i);
			Node next = i == hops.size() - 1 ? t : anonymous(hop.label());
			RelationshipPattern step = hop.outgoing() ? current.relationshipTo(next, hop.type())
					: current.relationshipFrom(next, hop.type());
			if (hop.anyLength()) {
				step = (RelationshipPattern) ((ExposesPatternLengthAccessors<?>) step).min(0);
			}
			current = step;
			last = step;
		}
		if (last == null) {
			throw new IllegalStateException(relation.type() + "." + relation.field() + " declares no path");
		}
		return last;
	}

	private static Node anonymous(@Nullable String label) {
		return label == null ? Cypher.anyNode() : Cypher.node(label);
	}

	static Condition condition(Relation relation, Node t) {
		Condition condition = Cypher.noCondition();
		for (Relation.Equals equals : relation.where()) {
			condition = condition.and(t.property(equals.property()).isEqualTo(Cypher.literalOf(equals.value())));
		}
		return condition;
	}

	private static List<SortItem> sort(Relation relation, Node t) {
		return sort(relation, t, null);
	}

	private static List<SortItem> sort(Relation relation, Node t, @Nullable Relationship r) {
		List<SortItem> items = new ArrayList<>();
		for (Relation.Sort key : relation.sortKeys()) {
			Expression value;
			if (key.onRelationship()) {
				if (r == null) {
					throw new IllegalStateException(relation.field() + ": only an edge field sorts by the relationship");
				}
				value = r.property(key.property());
			}
			else {
				// a least-of key is kept on the node at write time (derivation below): one property read
				value = t.property(key.stored());
			}
			items.add(key.ascending() ? value.ascending() : value.descending());
		}
		return items;
	}

	/**
	 * The statement that keeps the value of a least-of sort key on every node of {@code label}: {@code
	 * MATCH (t:Label) WITH t, COLLECT { MATCH (t)-[:TYPE]->(o:Other) RETURN o.p ORDER BY o.p LIMIT 1 }[0]
	 * AS v WHERE <stored value differs from v> SET t.stored = v}. It writes only the nodes whose value
	 * changed, so a write transaction running it locks only those.
	 */
	static String derivation(String label, Relation.Sort key) {
		Relation.Hop via = java.util.Objects.requireNonNull(key.via(), "a least-of key");
		Node t = Cypher.node(label).named("t");
		Node o = node(via.label(), "o");
		Expression least = o.property(key.property());
		SymbolicName v = Cypher.name("v");
		Expression value = Cypher.valueAt(Cypher.collect(Cypher.match(t.relationshipTo(o, via.type()))
			.returning(least).orderBy(least.ascending()).limit(1).build()), 0);
		var stored = t.property(key.stored());
		// <> is null when either side is: then the values differ exactly when one of them is null
		Condition differs = Cypher.coalesce(stored.isNotEqualTo(v), stored.isNull().isNotEqualTo(v.isNull()))
			.asCondition();
		return RENDERER.render(Cypher.match(t).with(t.getRequiredSymbolicName(), value.as(v)).where(differs)
			.set(stored.to(v)).build());
	}

}
