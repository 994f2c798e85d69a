package cn.yongxing.silvergraph.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.driver.Record;
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

	/**
	 * An object inside each row that may carry joins of its own: the variable bound to its node (local
	 * names end in {@code #}, see {@link Collect}; {@code $parent} for the parent itself), the row's
	 * column holding it, its GraphQL type, and how to find it in the mapped value.
	 */
	record Child(String variable, String column, String type, Function<Object, Object> get) {
	}

	/**
	 * A clause matched only when the field's selection asks for {@code field}, with the columns it
	 * adds (an {@code OPTIONAL MATCH} of a related node, say).
	 */
	record Optional(String field, String clause, Map<String, String> columns) {
	}

	/**
	 * A list (or at most one) of rows matched from the parent: {@code match} is the text after
	 * {@code MATCH}, with {@code $parent} for the parent's variable and a {@code #} after every local
	 * variable (made unique per use), {@code columns} the row's columns by name, {@code order} the
	 * ORDER BY of the field's own statement. A column that is just {@code $parent} is not read again:
	 * the row gets the parent's value from its own row. When the field's selection asks for
	 * {@code sources} and {@code cited} names the relationship variable, the row gets the cited
	 * {@link Source} as column {@code src} and {@code {cite}} in a column stands for the relationship's
	 * {@code .source, .excerpt} (see {@link Citations}); otherwise {@code {cite}} is dropped. The mapper
	 * reads a row as the field's own statement returns it.
	 */
	record Collect(String type, String field, boolean single, String match, Map<String, String> columns, String order,
			@Nullable String cited, List<Optional> optionals, Map<String, Child> children,
			Function<Record, Object> mapper) implements JoinedField {

		private static final String PARENT = "$parent";

		/** A list field. */
		public static Collect list(String type, String field, String match, Map<String, String> columns, String order,
				@Nullable String cited, Function<Record, Object> mapper) {
			return new Collect(type, field, false, match, columns, order, cited, List.of(), Map.of(), mapper);
		}

		/** A field of at most one object (the first by {@code order}), null when there is none. */
		public static Collect single(String type, String field, String match, String column, String expression,
				String order, Function<Record, Object> mapper) {
			return new Collect(type, field, true, match, Map.of(column, expression), order, null, List.of(), Map.of(),
					mapper);
		}

		/** The same join with objects in each row that carry joins of their own. */
		public Collect withChildren(Map<String, Child> children) {
			return new Collect(type, field, single, match, columns, order, cited, optionals, children, mapper);
		}

		/** The same join with clauses matched only when their field is selected. */
		public Collect withOptionals(List<Optional> optionals) {
			return new Collect(type, field, single, match, columns, order, cited, optionals, children, mapper);
		}

		@Override
		public Joined plan(SelectedField selection, String parent, Joins.Planner planner) {
			String suffix = planner.suffix();
			Function<String, String> local = text -> text.replace(PARENT, parent).replace("#", suffix);
			List<SelectedField> fields = selection.getSelectionSet().getImmediateFields();
			Set<String> selected = new HashSet<>();
			fields.forEach(f -> selected.add(f.getName()));
			boolean cite = cited != null && selected.contains("sources");
			Function<String, String> column = text -> local.apply(text.replace("{cite}", cite ? ", .source, .excerpt" : ""));

			StringBuilder cypher = new StringBuilder("MATCH ").append(local.apply(match));
			Map<String, String> entries = new LinkedHashMap<>();
			List<String> fromParent = new ArrayList<>();
			columns.forEach((name, expression) -> {
				if (expression.equals(PARENT)) {
					fromParent.add(name);
				}
				else {
					entries.put(name, column.apply(expression));
				}
			});
			for (Optional optional : optionals) {
				if (selected.contains(optional.field())) {
					cypher.append(' ').append(local.apply(optional.clause()));
					optional.columns().forEach((name, expression) -> entries.put(name, column.apply(expression)));
				}
			}
			if (cite) {
				String src = local.apply("src#");
				cypher.append(" OPTIONAL MATCH (").append(src).append(":Source {key: ").append(local.apply(cited))
					.append(".source})");
				entries.put("src", src);
			}
			Map<String, Joins.Nested> nested = new LinkedHashMap<>();
			children.forEach((name, child) -> {
				List<SelectedField> childFields = fields.stream()
					.filter(f -> f.getName().equals(name))
					.flatMap(f -> f.getSelectionSet().getImmediateFields().stream())
					.toList();
				Joins.Nested plan = planner.nested(child.type(), local.apply(child.variable()), childFields);
				if (!plan.isEmpty()) {
					nested.put(name, plan);
					plan.entries().forEach((key, expression) -> entries.put(key, RelationCypher.render(List.of(expression))));
				}
			});
			StringBuilder map = new StringBuilder();
			entries.forEach((name, expression) -> map.append(map.isEmpty() ? "" : ", ").append(name).append(": ")
				.append(expression));
			cypher.append(" RETURN {").append(map).append("} AS row ORDER BY ").append(local.apply(order));
			if (single) {
				cypher.append(" LIMIT 1");
			}
			return new Joined(Cypher.raw("COLLECT { " + cypher + " }"), (value, parentValue) -> {
				List<Object> mapped = value.asList(row -> {
					Object object = mapper.apply(Joins.record(row, fromParent, parentValue));
					nested.forEach((name, plan) -> {
						Child child = children.get(name);
						plan.register(child.get().apply(object),
								child.variable().equals(PARENT) ? parentValue : row.get(child.column()), row::get);
					});
					return object;
				});
				return single ? (mapped.isEmpty() ? null : mapped.getFirst()) : mapped;
			});
		}

	}

}
