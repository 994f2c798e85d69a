package cn.yongxing.silvergraph.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads the relation fields a request selects inside the statement that fetches their parents: a
 * root fetcher asks for a {@link Plan} over its objects' selection, appends the plan's expressions
 * ({@code COLLECT} subqueries, nested as deep as the selection and the {@link JoinedField joins} go)
 * to its RETURN, and registers each mapped object with its row. The field's fetcher then answers from
 * what was registered ({@link JoinInstrumentation}) instead of sending a batched statement of its own;
 * a request like "an enterprise with its park, products, patents and partners" is one statement
 * instead of five. Fields without a join, and guarded fields (any schema directive, such as
 * {@code @sensitive}), keep their own fetchers.
 *
 * <p>{@code silvergraph.graphql.joins=false} turns joins off: every relation field is then fetched by
 * its batched statement, which is also how tests check that both ways give the same answer.
 */
@Component
public class Joins {

	private static final Object CONTEXT_KEY = Prefetched.class;

	/** What {@link #prefetched} returns when nothing was registered for a field. */
	static final Object MISSING = new Object();

	private final Map<String, JoinedField> fields;

	private final Set<String> fieldNames;

	private volatile boolean enabled;

	/**
	 * The rendered RETURN items of each selection shape: rendering Cypher-DSL is about a tenth of a
	 * request's CPU, and a plan's text depends only on the type, the variable and the selection (names,
	 * aliases, arguments, fragments), never on parameter values. Bounded by weight (key and text).
	 */
	private final Cache<String, String> rendered = Caffeine.newBuilder()
		.maximumWeight(16L << 20)
		.weigher((String shape, String text) -> shape.length() + text.length())
		.build();

	Joins(ObjectProvider<JoinedField> joined, Relations relations,
			@org.springframework.beans.factory.annotation.Value("${silvergraph.graphql.joins:true}") boolean enabled) {
		List<JoinedField> fields = new ArrayList<>(joined.orderedStream().toList());
		fields.addAll(relations.joins());
		this.fields = fields.stream().collect(Collectors.toMap(f -> f.type() + "." + f.field(), f -> f));
		this.fieldNames = fields.stream().map(JoinedField::field).collect(Collectors.toSet());
		this.enabled = enabled;
	}

	/** Whether a field of this name has a join in some type (a cheap first test). */
	boolean joinsFieldNamed(String field) {
		return fieldNames.contains(field);
	}

	/** Whether the field has a join (its fetcher then looks for a registered value first). */
	boolean joins(String type, String field) {
		return fields.containsKey(type + "." + field);
	}

	/** Turns joins on or off for the following requests. */
	public void enabled(boolean enabled) {
		this.enabled = enabled;
	}

	/**
	 * Plans the joins of the selected fields of objects of {@code type} that the root statement binds
	 * to {@code variable}.
	 */
	public Plan plan(DataFetchingEnvironment env, String type, String variable, List<SelectedField> selection) {
		if (!enabled) {
			return Plan.NONE;
		}
		Prefetched store = env.getGraphQlContext().computeIfAbsent(CONTEXT_KEY, k -> new Prefetched());
		Nested nested = new Planner(store).nested(type, variable, selection);
		if (nested.isEmpty()) {
			return new Plan(nested, variable, null, null);
		}
		StringBuilder shape = new StringBuilder(type).append('|').append(variable).append('|');
		shape(selection, shape);
		return new Plan(nested, variable, shape.toString(), rendered);
	}

	/**
	 * What a plan's text depends on: each field's result key, name, types, arguments and selection, written
	 * so that no two selections share it (argument values are length-prefixed: a string cannot pose as
	 * structure).
	 */
	static void shape(List<SelectedField> fields, StringBuilder out) {
		for (SelectedField field : fields) {
			out.append(field.getResultKey()).append('=').append(field.getName()).append(field.getObjectTypeNames());
			value(field.getArguments(), out);
			List<SelectedField> below = field.getSelectionSet().getImmediateFields();
			if (!below.isEmpty()) {
				out.append('{');
				shape(below, out);
				out.append('}');
			}
			out.append(';');
		}
	}

	/** The value registered for the field {@code env} is about to fetch, or {@link #MISSING}. */
	static @Nullable Object prefetched(DataFetchingEnvironment env) {
		GraphQLContext context = env.getGraphQlContext();
		Prefetched store = context == null ? null : context.get(CONTEXT_KEY);
		Object source = env.getSource();
		if (store == null || source == null) {
			return MISSING;
		}
		return store.get(source, env.getField().getResultKey());
	}

	/** Plans one root statement's joins: hands out unique variable suffixes and column names. */
	public final class Planner {

		private final Prefetched store;

		private int next;

		private Planner(Prefetched store) {
			this.store = store;
		}

		/** A suffix making a join's local variables unique in the statement. */
		public String suffix() {
			return "_" + next++;
		}

		/**
		 * Joins for the selected fields of objects of {@code type} bound to {@code variable}. A result key
		 * selected more than once (through different fragments) is left to its fetcher.
		 */
		public Nested nested(String type, String variable, List<SelectedField> selection) {
			Map<String, List<SelectedField>> byKey = selection.stream()
				.filter(f -> f.getObjectTypeNames().contains(type))
				.collect(Collectors.groupingBy(SelectedField::getResultKey, LinkedHashMap::new, Collectors.toList()));
			Map<String, Expression> entries = new LinkedHashMap<>();
			Map<String, Map.Entry<String, JoinedField.Joined>> planned = new LinkedHashMap<>();
			byKey.forEach((resultKey, selected) -> {
				SelectedField field = selected.getFirst();
				JoinedField join = fields.get(type + "." + field.getName());
				if (join == null || selected.size() > 1 || guarded(field)) {
					return;
				}
				JoinedField.Joined joined = join.plan(field, variable, this);
				if (joined != null) {
					String column = "j" + next++;
					entries.put(column, joined.expression());
					planned.put(resultKey, Map.entry(column, joined));
				}
			});
			return entries.isEmpty() ? Nested.NONE : new Nested(entries, planned, store);
		}

		/**
		 * Joins for the selected fields of nodes of any label bound to {@code variable} (an end whose
		 * GraphQL type is an interface): one plan per type the selection's fragments name, each node then
		 * registered by the plan of its own label.
		 */
		public Below anyLabel(String variable, List<SelectedField> selection, NodeMapper nodes) {
			Set<String> types = selection.stream()
				.flatMap(f -> f.getObjectTypeNames().stream())
				.filter(nodes::knows)
				.collect(Collectors.toCollection(java.util.TreeSet::new));
			Map<String, Nested> byLabel = new LinkedHashMap<>();
			for (String type : types) {
				Nested nested = nested(type, variable, selection);
				if (!nested.isEmpty()) {
					byLabel.put(type, nested);
				}
			}
			return byLabel.isEmpty() ? Nested.NONE : new AnyLabel(variable, byLabel, nodes::labelOf);
		}

		private static boolean guarded(SelectedField field) {
			return field.getFieldDefinitions().stream().anyMatch(d -> !d.getAppliedDirectives().isEmpty());
		}

	}

	/** Planned joins below the objects read at one place of a row. */
	public sealed interface Below permits Nested, AnyLabel {

		/** The entries (column name, expression) to add to the row. */
		Map<String, Expression> entries();

		/** Registers the joined fields of {@code object} (read as {@code value}) from its row's columns. */
		void register(Object object, Value value, Function<String, Value> columns);

		default boolean isEmpty() {
			return entries().isEmpty();
		}

	}

	/** Joins below nodes of any label: the plan of each label the selection names, used by each node's own. */
	record AnyLabel(String variable, Map<String, Nested> byLabel, Function<Value, @Nullable String> labelOf)
			implements Below {

		/** Each label's joins, computed only for the nodes of that label ({@code CASE WHEN t:Label THEN … END}). */
		@Override
		public Map<String, Expression> entries() {
			Map<String, Expression> all = new LinkedHashMap<>();
			byLabel.forEach((label, nested) -> nested.entries().forEach((column, expression) -> all.put(column,
					Cypher.caseExpression().when(Cypher.anyNode(variable).hasLabels(label)).then(expression))));
			return all;
		}

		@Override
		public boolean isEmpty() {
			return byLabel.isEmpty();
		}

		@Override
		public void register(Object object, Value value, Function<String, Value> columns) {
			String label = labelOf.apply(value);
			Nested nested = label == null ? null : byLabel.get(label);
			if (nested != null) {
				nested.register(object, value, columns);
			}
		}

	}

	/**
	 * Planned joins of one object's fields: the entries (column name, expression) to add to its row,
	 * and how to register their values on the mapped object.
	 */
	public record Nested(Map<String, Expression> entries, Map<String, Map.Entry<String, JoinedField.Joined>> fields,
			@Nullable Prefetched store) implements Below {

		static final Nested NONE = new Nested(Map.of(), Map.of(), null);

		@Override
		public boolean isEmpty() {
			return entries.isEmpty();
		}

		@Override
		public void register(Object object, Value value, Function<String, Value> columns) {
			if (store == null) {
				return;
			}
			fields.forEach((resultKey, planned) -> store.put(object, resultKey,
					planned.getValue().mapper().apply(columns.apply(planned.getKey()), value)));
		}

	}

	static void value(@Nullable Object value, StringBuilder out) {
		if (value instanceof Map<?, ?> map) {
			Map<String, @Nullable Object> sorted = new java.util.TreeMap<>();
			map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
			out.append('{');
			sorted.forEach((k, v) -> {
				value(k, out);
				value(v, out);
			});
			out.append('}');
		}
		else if (value instanceof List<?> list) {
			out.append('[');
			list.forEach(v -> value(v, out));
			out.append(']');
		}
		else if (value == null) {
			out.append('~');
		}
		else {
			String text = value.toString();
			out.append(value.getClass().getSimpleName().charAt(0)).append(text.length()).append(':').append(text);
		}
	}

	/**
	 * A root statement's joins; {@code shape} and {@code rendered} (both or neither) keep the rendered
	 * text of plans of the same shape.
	 */
	public record Plan(Nested nested, String variable, @Nullable String shape, @Nullable Cache<String, String> rendered) {

		/** No joins. */
		public static final Plan NONE = new Plan(Nested.NONE, "", null, null);

		/** The items to append to the statement's RETURN, each after a comma; empty without joins. */
		public String returnItems() {
			if (nested.isEmpty()) {
				return "";
			}
			return shape == null || rendered == null ? render() : rendered.get(shape, k -> render());
		}

		private String render() {
			List<Expression> items = new ArrayList<>();
			nested.entries().forEach((column, expression) -> items.add(expression.as(column)));
			return ", " + RelationCypher.render(items);
		}

		/** Registers the joined fields of {@code object} from {@code row}; returns the object. */
		public <T> T register(T object, Record row) {
			if (!nested.isEmpty()) {
				nested.register(object, row.get(variable), row::get);
			}
			return object;
		}

	}

	/** Per request: joined field values by object (identity) and result key. */
	static final class Prefetched {

		private final Map<Object, Map<String, @Nullable Object>> values = Collections
			.synchronizedMap(new IdentityHashMap<>());

		void put(Object object, String resultKey, @Nullable Object value) {
			values.computeIfAbsent(object, k -> new HashMap<>()).put(resultKey, value);
		}

		@Nullable Object get(Object object, String resultKey) {
			Map<String, @Nullable Object> fields = values.get(object);
			if (fields == null || !fields.containsKey(resultKey)) {
				return MISSING;
			}
			return fields.get(resultKey);
		}

	}

}
