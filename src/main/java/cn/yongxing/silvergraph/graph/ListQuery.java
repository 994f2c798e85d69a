package cn.yongxing.silvergraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.PatternElement;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.cypherdsl.core.StatementBuilder.OrderableOngoingReadingAndWithWithoutWhere;
import org.neo4j.cypherdsl.core.renderer.Renderer;

/**
 * One page of a root list of any declared node type, built with Cypher-DSL: the {@code where}
 * ({@link Filters}), the {@code orderBy} keys (any declared scalar, collated names by their pinyin key,
 * nulls last in either direction, the key as last tie-breaker) and the keyset condition of the cursor,
 * which holds the sort values of the row it points after. The statement ends with {@code RETURN
 * <variable>, sortValues}, cut to the page before it returns, so columns appended to it (joins) are
 * computed for the page's rows only.
 *
 * @param cypher the page
 * @param count the statement of the number of matches, rendered once when first asked for
 * @param params parameters of the page
 * @param countParams parameters of the count
 */
public record ListQuery(String cypher, Supplier<String> count, Map<String, Object> params,
		Map<String, Object> countParams) {

	/** The count statement, rendered when first asked for (most pages do not select {@code totalCount}). */
	public String countCypher() {
		return count.get();
	}

	private static final Renderer RENDERER = Renderer.getDefaultRenderer();

	/**
	 * What a page asks for.
	 *
	 * @param label the node type
	 * @param node the node variable
	 * @param from a pattern binding {@code node} to start from (each node once), null for all nodes of the label
	 * @param where the {@code where} argument (null: all)
	 * @param skip top-level fields of {@code where} the caller applied through {@code from}
	 * @param orderBy the {@code orderBy} argument: {@code {field, direction}} maps
	 * @param cursor the cursor to start after ({@code before} when {@code backward})
	 * @param backward whether paging backward
	 * @param size the page size
	 * @param params parameters {@code from} uses
	 * @param properties the properties of the nodes to return (a map projection), null for whole nodes
	 */
	public record Request(String label, Node node, @Nullable PatternElement from, @Nullable Map<String, Object> where,
			Set<String> skip, @Nullable List<Map<String, Object>> orderBy, @Nullable String cursor, boolean backward,
			int size, Map<String, Object> params, @Nullable List<String> properties) {

		/** A request returning whole nodes. */
		public Request(String label, Node node, @Nullable PatternElement from, @Nullable Map<String, Object> where,
				Set<String> skip, @Nullable List<Map<String, Object>> orderBy, @Nullable String cursor, boolean backward,
				int size, Map<String, Object> params) {
			this(label, node, from, where, skip, orderBy, cursor, backward, size, params, null);
		}

	}

	/** A sort key: its value, its logical direction, whether every node has it (a collation key). */
	private record Key(Expression value, boolean ascending, boolean always) {
	}

	/**
	 * The value of a request a kept statement is found by: every component but the Cypher-DSL objects,
	 * the node by its name and {@code from} by whether there is one (a caller derives its {@code from}
	 * from {@code where} and {@code params}, which are in the key). Argument values compare by value
	 * (maps, lists, strings, numbers), so no crafted value can pose as another request.
	 */
	record Kept(String label, String node, boolean from, @Nullable Map<String, Object> where, Set<String> skip,
			@Nullable List<Map<String, Object>> orderBy, @Nullable String cursor, boolean backward, int size,
			Map<String, Object> params, @Nullable List<String> properties) {

		static Kept of(Request r) {
			return new Kept(r.label(), r.node().getRequiredSymbolicName().getValue(), r.from() != null, r.where(),
					r.skip(), r.orderBy(), r.cursor(), r.backward(), r.size(), r.params(), r.properties());
		}

		/**
		 * An estimate, on the high side, of the memory an entry holds: the page's text, the count's text
		 * and the Cypher-DSL tree it is rendered from (kept until it is), the parameters and the key.
		 */
		int weight(ListQuery query) {
			return 4 * query.cypher().length() + 3 * (String.valueOf(where).length() + String.valueOf(orderBy).length()
					+ String.valueOf(params).length()) + (cursor == null ? 0 : cursor.length()) + 1024;
		}

	}

	/**
	 * The page statement and its count. A statement is a function of its request alone (filters compile
	 * from the declared types), so the one built for a request is kept and given to the same request
	 * again: rendering with Cypher-DSL took about a tenth of the CPU of a page request in a profile.
	 * Bounded by weight.
	 */
	public static ListQuery build(Filters filters, Request request) {
		return filters.pages().get(Kept.of(request), key -> compile(filters, request));
	}

	/** Builds the page statement and its count. */
	private static ListQuery compile(Filters filters, Request request) {
		Node n = request.node();
		Map<String, Object> filterParams = new HashMap<>(request.params());
		int[] next = { 0 };
		Function<Object, Expression> parameter = value -> {
			String name = "w" + next[0]++;
			filterParams.put(name, value);
			return Cypher.parameter(name);
		};
		Condition filter = filters.where(request.label(), n, request.where(), request.skip(), parameter);
		// start from the node a relation filter names by key, when there is one and no other start
		Filters.Start start = request.from() != null ? new Filters.Start(List.of(request.from()), Cypher.noCondition())
				: filters.anchor(request.label(), n, request.where(), request.skip(), parameter);
		List<PatternElement> from = start.path();
		Condition named = start.named();
		List<Key> keys = keys(filters, request.label(), n, request.orderBy());
		// names are required and their collation key is written with them: saying that it is present lets
		// the planner read the first key's order from its range index instead of sorting every node
		Condition indexed = keys.getFirst().always() && from.isEmpty() ? keys.getFirst().value().isNotNull()
				: Cypher.noCondition();
		// the count has no order to read, so it keeps the filter alone (and its index seeks)
		Condition counted = filter;
		Supplier<String> count = memoized(
				() -> RENDERER.render(start(n, from, named).where(counted).returning(Cypher.count(n).as("total")).build()));
		filter = filter.and(indexed);
		Map<String, Object> params = new HashMap<>(filterParams);
		Condition page = request.cursor() == null ? Cypher.noCondition()
				: keyset(keys, request.cursor(), request.backward(), params);
		params.put("limit", request.size() + 1);
		Expression sortValues = Cypher.listOf(keys.stream().map(Key::value).toArray(Expression[]::new));
		Key first = keys.getFirst();
		String cypher;
		if (first.always() || !from.isEmpty()) {
			cypher = RENDERER.render(start(n, from, named)
				.where(filter.and(page))
				.with(n.getRequiredSymbolicName(), sortValues.as("sortValues"))
				.orderBy(sort(keys, request.backward(), false))
				.limit(Cypher.parameter("limit"))
				.returning(returned(n, request.properties()), Cypher.name("sortValues"))
				.build());
		}
		else {
			cypher = RENDERER.render(split(request, filter.and(page), first, sort(keys, request.backward(), true),
					sortValues));
		}
		return new ListQuery(cypher, count, Map.copyOf(params), Map.copyOf(filterParams));
	}

	private static Supplier<String> memoized(Supplier<String> text) {
		return new Supplier<>() {

			private volatile @Nullable String value;

			@Override
			public String get() {
				String v = value;
				if (v == null) {
					v = text.get();
					value = v;
				}
				return v;
			}

		};
	}

	/**
	 * The node, or its projection of {@code properties} under the node's name (the join columns appended
	 * to the same {@code RETURN} still see the node).
	 */
	private static Expression returned(Node n, @Nullable List<String> properties) {
		return properties == null ? n.getRequiredSymbolicName()
				: n.project(properties.toArray()).as(n.getRequiredSymbolicName().getValue());
	}

	/**
	 * The sort items of the keys in the page's direction, with a flag before each key that may be null
	 * and is descending (Cypher sorts nulls last ascending, first descending) but the first when
	 * {@code firstPresent} (a part of the page where every node has it).
	 */
	private static List<SortItem> sort(List<Key> keys, boolean backward, boolean firstPresent) {
		List<SortItem> sort = new ArrayList<>();
		for (Key key : keys) {
			if (!(firstPresent && key == keys.getFirst()) && !key.ascending() && !key.always()) {
				sort.add(Cypher.sort(key.value().isNull(), backward ? SortItem.Direction.DESC : SortItem.Direction.ASC));
			}
			boolean asc = key.ascending() != backward;
			sort.add(Cypher.sort(key.value(), asc ? SortItem.Direction.ASC : SortItem.Direction.DESC));
		}
		return sort;
	}

	/**
	 * A page sorted first by a property some nodes lack, in two parts: the nodes that have it (in the
	 * order of its range index, when there is one: nulls are not in the index, so a single sort with
	 * nulls last would read and sort every match), then, only when those do not fill the page, the nodes
	 * that lack it (before them when paging backward). {@code CALL () { … LIMIT $limit RETURN collect(n)
	 * AS first } CALL (first) { UNWIND CASE WHEN size(first) < $limit THEN [true] ELSE [] END AS more
	 * MATCH … } UNWIND first + second AS n}: the {@code UNWIND} of an empty list keeps the planner from
	 * reading the second part before it knows it is needed.
	 */
	private static Statement split(Request request, Condition filter, Key key, List<SortItem> sort,
			Expression sortValues) {
		Node n = request.node();
		Condition present = key.value().isNotNull();
		Condition absent = key.value().isNull();
		Condition before = request.backward() ? absent : present;
		Condition after = request.backward() ? present : absent;
		SymbolicName firstPart = Cypher.name("first"), secondPart = Cypher.name("second");
		Expression limit = Cypher.parameter("limit");
		Statement head = start(n, List.of(), Cypher.noCondition()).where(filter.and(before)).with(n.getRequiredSymbolicName()).orderBy(sort)
			.limit(limit).returning(Cypher.collect(n).as(firstPart)).build();
		Statement tail = Cypher
			.unwind(Cypher.caseExpression().when(Cypher.size(firstPart).lt(limit))
				.then(Cypher.listOf(Cypher.literalTrue())).elseDefault(Cypher.listOf()))
			.as("more")
			.match(n)
			.where(filter.and(after))
			.with(n.getRequiredSymbolicName())
			.orderBy(sort)
			.limit(limit)
			.returning(Cypher.collect(n).as(secondPart))
			.build();
		return Cypher.call(head)
			.call(tail, firstPart)
			.unwind(firstPart.add(secondPart))
			.as(n.getRequiredSymbolicName())
			.with(n.getRequiredSymbolicName(), sortValues.as("sortValues"))
			.limit(limit)
			.returning(returned(n, request.properties()), Cypher.name("sortValues"))
			.build();
	}

	/**
	 * {@code MATCH (n) WITH n}, or the start patterns each in its own {@code MATCH} (one relationship may
	 * then serve two of them, as it may serve the nested {@code EXISTS} of the filter they come from)
	 * and each node once.
	 */
	private static OrderableOngoingReadingAndWithWithoutWhere start(Node n, List<PatternElement> from, Condition named) {
		if (from.isEmpty()) {
			return Cypher.match(n).with(n.getRequiredSymbolicName());
		}
		StatementBuilder.OngoingReadingWithoutWhere reading = Cypher.match(from.getFirst());
		for (PatternElement next : from.subList(1, from.size())) {
			reading = reading.match(next);
		}
		// the named node is in the last pattern: its condition is that MATCH's WHERE
		return reading.where(named).withDistinct(n.getRequiredSymbolicName());
	}

	/** The requested keys and the key, each declared scalar once. */
	private static List<Key> keys(Filters filters, String label, Node n, @Nullable List<Map<String, Object>> orderBy) {
		Map<String, Scalar> byValue = new HashMap<>();
		filters.scalars(label).forEach(s -> byValue.put(s.orderValue(), s));
		List<Key> keys = new ArrayList<>();
		Set<String> used = new java.util.HashSet<>();
		for (Map<String, Object> order : orderBy == null ? List.<Map<String, Object>>of() : orderBy) {
			String field = String.valueOf(order.get("field"));
			Scalar scalar = byValue.get(field);
			if (scalar == null) {
				throw new BadInputException("'" + field + "' is not a sort field of " + label);
			}
			if (!used.add(scalar.name())) {
				throw new BadInputException(label + " is sorted by " + field + " twice");
			}
			keys.add(new Key(n.property(scalar.sortProperty()), !"DESC".equals(String.valueOf(order.get("direction"))),
					scalar.pinyin()));
		}
		if (!used.contains("key")) {
			keys.add(new Key(n.property("key"), true, true));
		}
		return keys;
	}

	/**
	 * The rows after the cursor's in the order (before it when paging backward): the first key that
	 * differs decides, nulls being after every value.
	 */
	private static Condition keyset(List<Key> keys, String cursor, boolean backward, Map<String, Object> params) {
		List<@Nullable Object> values = Cursor.decode(cursor, keys.size());
		Condition any = Cypher.noCondition();
		Condition equalSoFar = Cypher.noCondition();
		for (int i = 0; i < keys.size(); i++) {
			Expression v = keys.get(i).value();
			Object value = values.get(i);
			Condition step;
			Condition equal;
			if (value == null) {
				step = backward ? v.isNotNull() : Cypher.literalFalse().asCondition();
				equal = v.isNull();
			}
			else {
				params.put("c" + i, value);
				Expression c = Cypher.parameter("c" + i);
				boolean greater = keys.get(i).ascending() != backward;
				Condition beyond = greater ? v.gt(c) : v.lt(c);
				step = backward ? v.isNotNull().and(beyond) : v.isNull().or(beyond);
				equal = v.isEqualTo(c);
			}
			any = any.or(equalSoFar.and(step));
			equalSoFar = equalSoFar.and(equal);
		}
		return any;
	}

}
