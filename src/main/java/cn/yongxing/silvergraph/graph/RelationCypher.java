package cn.yongxing.silvergraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.ExposesPatternLengthAccessors;
import org.neo4j.cypherdsl.core.ExposesRelationships;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.PatternElement;
import org.neo4j.cypherdsl.core.RelationshipPattern;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.Statement;
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
		SymbolicName key = Cypher.name("key");
		Node t = node(relation.targetLabel(), "t");
		Node parent = Cypher.node(relation.type()).withProperties("key", key);
		OngoingReadingWithoutWhere match = Cypher.unwind(Cypher.parameter("keys")).as(key)
			.match(pattern(relation, parent, t));
		var with = relation.distinct() ? match.where(condition(relation, t)).withDistinct(key, t.getRequiredSymbolicName())
				: match.where(condition(relation, t)).with(key, t.getRequiredSymbolicName());
		int[] next = { 0 };
		Statement statement = with.returning(key, t.getRequiredSymbolicName())
			.orderBy(sort(relation, t, () -> "s" + next[0]++))
			.build();
		return RENDERER.render(statement);
	}

	/**
	 * {@code COLLECT { MATCH (parent)-…->(t) WHERE … RETURN t ORDER BY … }}, or rows
	 * {@code {n: t, <column>: <nested join>…}} when the related nodes carry joins of their own.
	 */
	static Expression join(Relation relation, SymbolicName parent, String variable, Map<String, Expression> nested,
			Supplier<String> fresh) {
		Node t = node(relation.targetLabel(), variable);
		OngoingReadingWithoutWhere match = Cypher.match(pattern(relation, Cypher.anyNode(parent), t));
		Expression row = t.getRequiredSymbolicName();
		if (!nested.isEmpty()) {
			List<Object> entries = new ArrayList<>(List.of(NODE, t.getRequiredSymbolicName()));
			nested.forEach((column, expression) -> {
				entries.add(column);
				entries.add(expression);
			});
			row = Cypher.mapOf(entries.toArray());
		}
		var with = relation.distinct() ? match.where(condition(relation, t)).withDistinct(t.getRequiredSymbolicName())
				: match.where(condition(relation, t)).with(t.getRequiredSymbolicName());
		var ordered = with.returning(row).orderBy(sort(relation, t, fresh));
		return Cypher.collect(relation.single() ? ordered.limit(1).build() : ordered.build());
	}

	/** An expression as Cypher text, to append to a statement written as text. */
	static String render(List<Expression> aliased) {
		String text = RENDERER.render(Cypher.returning(aliased).build());
		return text.substring("RETURN ".length());
	}

	private static Node node(@Nullable String label, String name) {
		return label == null ? Cypher.anyNode(name) : Cypher.node(label).named(name);
	}

	private static PatternElement pattern(Relation relation, Node start, Node t) {
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

	private static Condition condition(Relation relation, Node t) {
		Condition condition = Cypher.noCondition();
		for (Relation.Equals equals : relation.where()) {
			condition = condition.and(t.property(equals.property()).isEqualTo(Cypher.literalOf(equals.value())));
		}
		return condition;
	}

	private static List<SortItem> sort(Relation relation, Node t, Supplier<String> fresh) {
		List<SortItem> items = new ArrayList<>();
		for (Relation.Sort key : relation.sortKeys()) {
			Expression value;
			if (key.via() == null) {
				value = t.property(key.property());
			}
			else {
				Node other = node(key.via().label(), fresh.get());
				// the first of the values in order rather than min(): no aggregation inside ORDER BY
				Expression least = other.property(key.property());
				value = Cypher.valueAt(Cypher.collect(Cypher.match(t.relationshipTo(other, key.via().type()))
					.returning(least)
					.orderBy(least.ascending())
					.limit(1)
					.build()), 0);
			}
			items.add(key.ascending() ? value.ascending() : value.descending());
		}
		return items;
	}

}
