package cn.yongxing.silvergraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.AliasedExpression;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.IdentifiableElement;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.cypherdsl.core.renderer.Renderer;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The {@code aggregate} and {@code groupBy} of a connection, computed in the database with one
 * statement each (rendered with Cypher-DSL) over the nodes its {@code where} matches (for a connection
 * below a node, among the nodes its {@link Connection.Scope} reaches): the count, and
 * per numeric {@link Scalar} selected its least, greatest, mean and total; groups by scalars and by
 * to-one node relations (the related node the field itself returns: the same {@code COLLECT} subquery
 * as its join), largest group first.
 */
@Component
public class Aggregates {

	/** The fields of a connection this class answers. */
	static final String AGGREGATE = "aggregate", GROUP_BY = "groupBy";

	private static final Renderer RENDERER = Renderer.getDefaultRenderer();

	private final Filters filters;

	private final GraphReader reader;

	private final NodeMapper nodes;

	private final Map<String, Map<String, GroupField>> groupFields = new HashMap<>();

	/** The loader batching the aggregates below the nodes of one request. */
	static final String SCOPED = "Aggregates.scoped";

	Aggregates(Filters filters, GraphReader reader, NodeMapper nodes, List<Relations.Declared> declared,
			BatchLoaderRegistry registry) {
		this.filters = filters;
		this.reader = reader;
		this.nodes = nodes;
		registry.<Scoped, Aggregate>forName(SCOPED)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> scoped(keys)));
		registry.<ScopedGroups, List<Group>>forName(SCOPED_GROUPS)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> scopedGroups(keys)));
		for (String label : filters.types().keySet()) {
			Map<String, GroupField> fields = new LinkedHashMap<>();
			filters.scalars(label).forEach(s -> fields.put(s.orderValue(), new GroupField(s.name(), s, null)));
			declared.stream().flatMap(d -> d.relations().stream())
				.filter(r -> r.type().equals(label) && r.single() && r.edge() == null && r.targetLabel() != null
						&& nodes.knows(r.targetLabel()))
				.forEach(r -> {
					String value = Scalar.constant(r.field());
					if (fields.put(value, new GroupField(r.field(), null, r)) != null) {
						throw new IllegalStateException(label + "GroupField." + value + " names a scalar and a relation");
					}
				});
			groupFields.put(label, Map.copyOf(fields));
		}
	}

	/** Least, greatest, mean and total of a numeric property over some nodes (null when none has it). */
	public record Stats(@Nullable Number min, @Nullable Number max, @Nullable Double avg, double sum) {
	}

	/** The count of the matching nodes and the {@link Stats} of the selected numeric fields. */
	public record Aggregate(int count, Map<String, Stats> fields) {
	}

	/** One group: its key values by field name, its count and the {@link Stats} of the selected fields. */
	public record Group(GroupKey key, int count, Map<String, Stats> fields) {
	}

	/** The values a group shares: scalar values, or related nodes as API records. */
	public record GroupKey(Map<String, @Nullable Object> values) {
	}

	/**
	 * What a group may be keyed by: a scalar, or a to-one relation to nodes.
	 *
	 * @param name the field of the group key
	 * @param scalar the scalar, or null
	 * @param relation the relation, or null
	 */
	record GroupField(String name, @Nullable Scalar scalar, @Nullable Relation relation) {
	}

	/** Whether a field is an {@code aggregate} or {@code groupBy} of a connection (for the complexity limit). */
	public static boolean readsEveryMatch(String type, String field) {
		return type.endsWith("Connection") && (field.equals(AGGREGATE) || field.equals(GROUP_BY));
	}

	/** The numeric scalars of a type: those with {@link Stats}. */
	List<Scalar> numeric(String label) {
		return filters.scalars(label).stream()
			.filter(s -> s.kind() == Scalar.Kind.INT || s.kind() == Scalar.Kind.FLOAT)
			.toList();
	}

	/** The fields groups of {@code label} may be keyed by, by their enum value. */
	Map<String, GroupField> groupFields(String label) {
		return groupFields.getOrDefault(label, Map.of());
	}

	/**
	 * {@code MATCH (n:Label) WHERE … RETURN count(n), min(n.f), max(n.f), avg(n.f), sum(n.f) …}, over the
	 * nodes of {@code scope} when it is set.
	 */
	Aggregate aggregate(String label, Connection.@Nullable Scope scope, @Nullable Map<String, Object> where,
			Set<String> selected) {
		Node n = Cypher.node(label).named("n");
		Map<String, Object> params = new HashMap<>();
		List<Scalar> stats = selected(label, selected);
		List<Expression> columns = new ArrayList<>(List.of(Cypher.count(n).as("count")));
		columns.addAll(stats(n, stats));
		String cypher = RENDERER.render(matching(label, scope, n, where, params).returning(columns).build());
		Record row = reader.one(label + "Aggregate", cypher, params, r -> r).orElseThrow();
		return new Aggregate(row.get("count").asInt(), stats(row, stats));
	}

	/**
	 * The aggregate below one node, batched per request: the aggregates of a list of enterprises' patents
	 * are one statement ({@link #scoped}), not one per enterprise.
	 */
	record Scoped(String label, Connection.Scope scope, @Nullable Map<String, Object> where, Set<String> selected) {

		/** What the aggregates of one statement share: all but the key of the scope's node. */
		List<Object> shape() {
			return java.util.Arrays.asList(label, scope.label(), scope.type(), scope.outgoing(), where, selected);
		}

	}

	/**
	 * {@code UNWIND $scopes AS sk MATCH (s:Label {key: sk})-[:TYPE]->(n:Target) WHERE … WITH DISTINCT sk, n
	 * RETURN sk, count(n), <stats>}: one statement per shape of the requested aggregates; a node reaching
	 * none counts 0.
	 */
	private Map<Scoped, Aggregate> scoped(Set<Scoped> keys) {
		Map<Scoped, Aggregate> out = new HashMap<>();
		for (List<Scoped> same : keys.stream().collect(java.util.stream.Collectors.groupingBy(Scoped::shape)).values()) {
			Scoped first = same.getFirst();
			Connection.Scope scope = first.scope();
			Node n = Cypher.node(first.label()).named("n");
			SymbolicName sk = Cypher.name("sk");
			Map<String, Object> params = new HashMap<>();
			params.put("scopes", same.stream().map(k -> k.scope().key()).distinct().toList());
			List<Scalar> stats = selected(first.label(), first.selected());
			List<Expression> columns = new ArrayList<>(List.of(sk, Cypher.count(n).as("count")));
			columns.addAll(stats(n, stats));
			Node start = Cypher.node(scope.label()).withProperties("key", sk);
			String cypher = RENDERER.render(Cypher.unwind(Cypher.parameter("scopes")).as(sk)
				.match(scope.outgoing() ? start.relationshipTo(n, scope.type()) : start.relationshipFrom(n, scope.type()))
				.where(filter(first.label(), n, first.where(), params))
				.withDistinct(sk, n.getRequiredSymbolicName())
				.returning(columns)
				.build());
			Map<String, Aggregate> byKey = new HashMap<>();
			reader.list(first.label() + "Aggregate", cypher, params,
					row -> Map.entry(row.get("sk").asString(), new Aggregate(row.get("count").asInt(), stats(row, stats))))
				.forEach(e -> byKey.put(e.getKey(), e.getValue()));
			Aggregate none = new Aggregate(0, stats(stats));
			same.forEach(k -> out.put(k, byKey.getOrDefault(k.scope().key(), none)));
		}
		return out;
	}

	/**
	 * The parts of a {@code groupBy} over nodes {@code n}: the key fields, {@code WITH n, <key> AS k0 …},
	 * {@code WITH k0 …, count(n) AS count, <stats>}, the order (largest first, ties by the key values) and
	 * the names of the result columns. Refuses an empty or repeated {@code by} and unknown fields.
	 */
	private record Grouping(List<GroupField> keys, List<IdentifiableElement> keyed, List<IdentifiableElement> columns,
			List<SortItem> order, List<Scalar> stats, List<String> names) {
	}

	private Grouping grouping(String label, Node n, List<String> by, Set<String> selected) {
		if (by.isEmpty()) {
			throw new BadInputException("groupBy of " + label + " needs at least one field in by");
		}
		if (new HashSet<>(by).size() < by.size()) {
			throw new BadInputException("groupBy of " + label + " names a field twice in by");
		}
		List<GroupField> keys = new ArrayList<>();
		List<IdentifiableElement> keyed = new ArrayList<>(List.of(n.getRequiredSymbolicName()));
		List<IdentifiableElement> columns = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<SortItem> order = new ArrayList<>(List.of(Cypher.name("count").descending()));
		for (String value : by) {
			GroupField field = groupFields(label).get(value);
			if (field == null) {
				throw new BadInputException("'" + value + "' is not a group field of " + label);
			}
			String column = "k" + keys.size();
			keys.add(field);
			Expression key = field.scalar() != null ? n.property(field.scalar().name())
					: Cypher.head(RelationCypher.join(field.relation(), n.getRequiredSymbolicName(), "g" + keys.size(),
							Map.of(), null));
			keyed.add(key.as(column));
			columns.add(Cypher.name(column));
			names.add(column);
			order.add((field.scalar() != null ? Cypher.name(column) : Cypher.property(column, "key")).ascending());
		}
		List<Scalar> stats = selected(label, selected);
		columns.add(Cypher.count(n).as("count"));
		names.add("count");
		for (AliasedExpression column : stats(n, stats)) {
			columns.add(column);
			names.add(column.getAlias());
		}
		return new Grouping(List.copyOf(keys), keyed, columns, order, stats, List.copyOf(names));
	}

	/** Checks a {@code groupBy}'s fields before it is queued for its batch: a bad one fails alone. */
	void checkGroups(String label, List<String> by) {
		grouping(label, Cypher.node(label).named("n"), by, Set.of());
	}

	/** One group of a result row (a record, or a map of a batched statement's list). */
	private Group group(MapAccessor row, Grouping g) {
		Map<String, @Nullable Object> values = new HashMap<>();
		for (int i = 0; i < g.keys().size(); i++) {
			Value v = row.get("k" + i);
			GroupField field = g.keys().get(i);
			values.put(field.name(), v.isNull() ? null
					: field.scalar() != null ? v.asObject() : nodes.mapperOf(field.relation().targetLabel()).apply(v));
		}
		return new Group(new GroupKey(values), row.get("count").asInt(), stats(row, g.stats()));
	}

	/**
	 * {@code MATCH (n:Label) WHERE … WITH n, <key> AS k0 … WITH k0 …, count(n) AS count, <stats> ORDER BY
	 * count DESC, k0 … LIMIT $limit RETURN …}: groups by the fields {@code by} names, at most {@code first}.
	 */
	List<Group> groups(String label, @Nullable Map<String, Object> where, List<String> by, Set<String> selected,
			int first) {
		Node n = Cypher.node(label).named("n");
		Grouping g = grouping(label, n, by, selected);
		Map<String, Object> params = new HashMap<>();
		params.put("limit", first);
		String cypher = RENDERER.render(matching(label, null, n, where, params)
			.with(g.keyed())
			.with(g.columns())
			.orderBy(g.order())
			.limit(Cypher.parameter("limit"))
			.returning(Cypher.asterisk())
			.build());
		return reader.list(label + "Groups", cypher, params, row -> group(row, g));
	}

	/**
	 * The groups below one node, batched per request like {@link Scoped}: the groups of a page of
	 * enterprises' patents are one statement ({@link #scopedGroups}), each node's own largest groups.
	 */
	record ScopedGroups(String label, Connection.Scope scope, @Nullable Map<String, Object> where, List<String> by,
			Set<String> selected, int first) {

		/** What the groups of one statement share: all but the key of the scope's node. */
		List<Object> shape() {
			return java.util.Arrays.asList(label, scope.label(), scope.type(), scope.outgoing(), where, by, selected, first);
		}

	}

	/** The loader batching the groups below the nodes of one request. */
	static final String SCOPED_GROUPS = "Aggregates.scopedGroups";

	/**
	 * {@code MATCH (sc:Label) WHERE sc.key IN $scopes RETURN sc.key AS sk, COLLECT { MATCH (sc)-[:TYPE]->(n)
	 * WHERE … WITH DISTINCT n WITH n, <key> AS k0 … WITH k0 …, count(n) AS count … ORDER BY count DESC, k0 …
	 * LIMIT $limit RETURN {k0: k0, count: count, …} } AS groups}: one statement per shape, the top
	 * {@code first} groups of each node computed in its own subquery (a node reaching none has no group).
	 */
	private Map<ScopedGroups, List<Group>> scopedGroups(Set<ScopedGroups> keys) {
		Map<ScopedGroups, List<Group>> out = new HashMap<>();
		for (List<ScopedGroups> same : keys.stream().collect(java.util.stream.Collectors.groupingBy(ScopedGroups::shape))
			.values()) {
			ScopedGroups first = same.getFirst();
			Connection.Scope scope = first.scope();
			Node sc = Cypher.node(scope.label()).named("sc");
			Node n = Cypher.node(first.label()).named("n");
			Grouping g = grouping(first.label(), n, first.by(), first.selected());
			Map<String, Object> params = new HashMap<>();
			params.put("scopes", same.stream().map(k -> k.scope().key()).distinct().toList());
			params.put("limit", first.first());
			Node from = Cypher.anyNode(sc.getRequiredSymbolicName());
			List<Object> entries = new ArrayList<>();
			g.names().forEach(name -> {
				entries.add(name);
				entries.add(Cypher.name(name));
			});
			var groups = Cypher.match(scope.outgoing() ? from.relationshipTo(n, scope.type()) : from.relationshipFrom(n, scope.type()))
				.where(filter(first.label(), n, first.where(), params))
				.withDistinct(n)
				.with(g.keyed())
				.with(g.columns())
				.orderBy(g.order())
				.limit(Cypher.parameter("limit"))
				.returning(Cypher.mapOf(entries.toArray()))
				.build();
			String cypher = RENDERER.render(Cypher.match(sc)
				.where(sc.property("key").in(Cypher.parameter("scopes")))
				.returning(sc.property("key").as("sk"), Cypher.collect(groups).as("groups"))
				.build());
			Map<String, List<Group>> byKey = new HashMap<>();
			reader.list(first.label() + "Groups", cypher, params,
					row -> Map.entry(row.get("sk").asString(), row.get("groups").asList(v -> group(v, g))))
				.forEach(e -> byKey.put(e.getKey(), e.getValue()));
			same.forEach(k -> out.put(k, byKey.getOrDefault(k.scope().key(), List.of())));
		}
		return out;
	}

	/**
	 * The nodes {@code n} of {@code label} that {@code where} matches, among those {@code scope} reaches
	 * when it is set (each once, whatever the number of relationships reaching it).
	 */
	private StatementBuilder.OngoingReading matching(String label, Connection.@Nullable Scope scope, Node n,
			@Nullable Map<String, Object> where, Map<String, Object> params) {
		Condition condition = filter(label, n, where, params);
		if (scope == null) {
			return Cypher.match(n).where(condition);
		}
		params.put("scope", scope.key());
		Node start = Cypher.node(scope.label()).withProperties("key", Cypher.parameter("scope"));
		return Cypher.match(scope.outgoing() ? start.relationshipTo(n, scope.type()) : start.relationshipFrom(n, scope.type()))
			.where(condition)
			.withDistinct(n);
	}

	private Condition filter(String label, Node n, @Nullable Map<String, Object> where, Map<String, Object> params) {
		int[] next = { 0 };
		return filters.where(label, n, where, Set.of(), value -> {
			String name = "w" + next[0]++;
			params.put(name, value);
			return Cypher.parameter(name);
		});
	}

	private List<Scalar> selected(String label, Set<String> selected) {
		return numeric(label).stream().filter(s -> selected.contains(s.name())).toList();
	}

	private static List<AliasedExpression> stats(Node n, List<Scalar> stats) {
		List<AliasedExpression> columns = new ArrayList<>();
		for (int i = 0; i < stats.size(); i++) {
			Expression p = n.property(stats.get(i).name());
			columns.add(Cypher.min(p).as("s" + i + "min"));
			columns.add(Cypher.max(p).as("s" + i + "max"));
			columns.add(Cypher.avg(p).as("s" + i + "avg"));
			columns.add(Cypher.sum(p).as("s" + i + "sum"));
		}
		return columns;
	}

	/** The statistics of no node: no least, greatest or mean, a total of 0. */
	private static Map<String, Stats> stats(List<Scalar> stats) {
		Map<String, Stats> out = new HashMap<>();
		stats.forEach(s -> out.put(s.name(), new Stats(null, null, null, 0)));
		return out;
	}

	private static Map<String, Stats> stats(MapAccessor row, List<Scalar> stats) {
		Map<String, Stats> out = new HashMap<>();
		for (int i = 0; i < stats.size(); i++) {
			Value min = row.get("s" + i + "min");
			Value max = row.get("s" + i + "max");
			Value avg = row.get("s" + i + "avg");
			out.put(stats.get(i).name(), new Stats(min.isNull() ? null : min.asNumber(),
					max.isNull() ? null : max.asNumber(), avg.isNull() ? null : avg.asDouble(),
					row.get("s" + i + "sum").asNumber().doubleValue()));
		}
		return out;
	}

}
