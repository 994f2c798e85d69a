package cn.yongxing.silvergraph.graph;

import java.util.function.BiFunction;

import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.driver.Value;

/**
 * A relation field that can be read inside the statement that fetches its parent, as a Cypher
 * expression over the parent's variable, instead of by its own batched statement afterwards. See
 * {@link Joins}. A field without a join, or a selection a join declines (a cursor argument, say),
 * is fetched the usual way; the answer is the same either way.
 */
public interface JoinedField {

	/** The GraphQL type declaring the field. */
	String type();

	/** The field name. */
	String field();

	/**
	 * The expression computing this selection of the field for the parent bound to {@code parent}, or
	 * null to leave it to the field's own fetcher.
	 */
	@Nullable Joined plan(SelectedField selection, String parent, Joins.Planner planner);

	/**
	 * A planned join: the Cypher expression, and how its value becomes the field's value given the value
	 * of the parent's own row (registering what nested joins fetched on the objects it creates).
	 */
	record Joined(Expression expression, BiFunction<Value, Value, @Nullable Object> mapper) {
	}

}
