package cn.yongxing.silvergraph.enterprise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.graph.BadInputException;
import cn.yongxing.silvergraph.graph.Cursor;
import cn.yongxing.silvergraph.graph.GlobalId;
import cn.yongxing.silvergraph.search.SearchText;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder.OrderableOngoingReadingAndWithWithoutWhere;
import org.neo4j.cypherdsl.core.renderer.Renderer;

/**
 * Builds the Cypher of one page of {@code enterprises}: filters from {@link EnterpriseWhere} and a
 * keyset condition from the cursor, ordered by the requested fields with the key as tie-breaker.
 * Built with Cypher-DSL; every user value is a parameter. The statement ends with {@code RETURN e,
 * sortValues}, to which more items may be appended.
 */
final class EnterprisePageQuery {

	private static final Renderer RENDERER = Renderer.getDefaultRenderer();

	record Built(String cypher, String countCypher, Map<String, Object> params) {
	}

	private final Node e = Cypher.node("Enterprise").named("e");

	private final Map<String, Object> params = new HashMap<>();

	private final List<Expression> sortExpressions = new ArrayList<>();

	private final List<Boolean> ascending = new ArrayList<>();

	static Built build(@Nullable EnterpriseWhere where, List<EnterpriseOrder> orderBy, @Nullable String cursor,
			boolean backward, int limit) {
		return new EnterprisePageQuery().render(where, orderBy, cursor, backward, limit);
	}

	private Built render(@Nullable EnterpriseWhere where, List<EnterpriseOrder> orderBy, @Nullable String cursor,
			boolean backward, int limit) {
		for (EnterpriseOrder order : orderBy) {
			boolean asc = order.direction() == EnterpriseOrder.Direction.ASC;
			sortExpressions.add(switch (order.field()) {
				case NAME -> e.property("name");
				// nulls sort last in either direction
				case FOUNDED -> Cypher.coalesce(e.property("founded"), Cypher.literalOf(asc ? 9999 : -1));
				case LATEST_OUTPUT -> Cypher.coalesce(e.property("latestOutputT"), Cypher.literalOf(asc ? 1e18 : -1.0));
			});
			ascending.add(asc);
		}
		sortExpressions.add(e.property("key"));
		ascending.add(true);

		Condition filter = filters(where);
		Condition page = cursor == null ? Cypher.noCondition() : keyset(cursor, backward);
		List<SortItem> sort = new ArrayList<>();
		for (int i = 0; i < sortExpressions.size(); i++) {
			boolean asc = ascending.get(i) != backward;
			sort.add(Cypher.sort(sortExpressions.get(i), asc ? SortItem.Direction.ASC : SortItem.Direction.DESC));
		}
		// the page is cut before RETURN, so columns appended to it (joins) are computed for its rows only
		Statement statement = candidates(where)
			.where(filter.and(page))
			.with(e.getRequiredSymbolicName(), Cypher.listOf(sortExpressions.toArray(Expression[]::new)).as("sortValues"))
			.orderBy(sort)
			.limit(Cypher.parameter("limit", limit + 1))
			.returning(e.getRequiredSymbolicName(), Cypher.name("sortValues"))
			.build();
		params.put("limit", limit + 1);
		Statement count = candidates(where).where(filter).returning(Cypher.count(e).as("total")).build();
		return new Built(RENDERER.render(statement), RENDERER.render(count), Map.copyOf(params));
	}

	/**
	 * Where the enterprises come from: with a metal, the makers of its products, found from the metal
	 * (its products, their producers) instead of testing every enterprise for such a product — the
	 * planner otherwise scans all enterprises and expands every one's products; else all enterprises.
	 */
	private OrderableOngoingReadingAndWithWithoutWhere candidates(@Nullable EnterpriseWhere where) {
		if (where != null && where.metal() != null) {
			Node metal = Cypher.node("Metal").withProperties("key", param("metal", where.metal()));
			return Cypher.match(metal.relationshipFrom(Cypher.node("Product"), "OF_METAL").relationshipFrom(e, "PRODUCES"))
				.withDistinct(e.getRequiredSymbolicName());
		}
		return Cypher.match(e).with(e.getRequiredSymbolicName());
	}

	private Condition filters(@Nullable EnterpriseWhere where) {
		Condition c = Cypher.noCondition();
		if (where == null) {
			return c;
		}
		if (where.nameContains() != null && !where.nameContains().isBlank()) {
			c = c.and(e.property("search").contains(param("text", SearchText.normalizeQuery(where.nameContains()))));
		}
		if (where.local() != null) {
			c = c.and(e.property("local").isEqualTo(param("local", where.local())));
		}
		if (where.park() != null) {
			Node target = Cypher.node("Park").withProperties("key", param("park", key("Park", where.park())));
			c = c.and(Cypher.exists(e.relationshipTo(Cypher.node("Park"), "LOCATED_IN")
				.relationshipTo(target, "PART_OF").length(0, null)));
		}
		if (where.region() != null) {
			Node target = Cypher.node("Region").withProperties("key", param("region", key("Region", where.region())));
			c = c.and(Cypher.exists(e.relationshipTo(Cypher.node("Region"), "IN_REGION")
				.relationshipTo(target, "PART_OF").length(0, null)));
		}
		// a metal is matched in candidates()
		if (where.product() != null) {
			Node product = Cypher.node("Product").withProperties("key", param("product", key("Product", where.product())));
			c = c.and(Cypher.exists(e.relationshipTo(product, "PRODUCES")));
		}
		if (where.stage() != null) {
			Node stage = Cypher.node("ChainStage").withProperties("key", param("stage", key("ChainStage", where.stage())));
			c = c.and(Cypher.exists(e.relationshipTo(Cypher.node("Product"), "PRODUCES").relationshipTo(stage, "AT_STAGE")));
		}
		if (where.designation() != null) {
			Node d = Cypher.node("Designation")
				.withProperties("key", param("designation", key("Designation", where.designation())));
			c = c.and(Cypher.exists(e.relationshipTo(d, "HAS_DESIGNATION")));
		}
		return c;
	}

	/** (f1 > v1) OR (f1 = v1 AND f2 > v2) OR ... with > or < per direction of travel. */
	private Condition keyset(String cursor, boolean backward) {
		List<@Nullable Object> values = Cursor.decode(cursor, sortExpressions.size());
		Condition any = Cypher.noCondition();
		Condition equalSoFar = Cypher.noCondition();
		for (int i = 0; i < sortExpressions.size(); i++) {
			Object value = values.get(i);
			if (value == null) {
				throw new BadInputException("Cursor '" + cursor + "' does not belong to this ordering");
			}
			Expression v = param("c" + i, value);
			boolean forward = ascending.get(i) != backward;
			Condition step = forward ? sortExpressions.get(i).gt(v) : sortExpressions.get(i).lt(v);
			any = any.or(equalSoFar.and(step));
			equalSoFar = equalSoFar.and(sortExpressions.get(i).isEqualTo(v));
		}
		return any;
	}

	private Expression param(String name, Object value) {
		params.put(name, value);
		return Cypher.parameter(name);
	}

	/** Accepts a global id of the expected label or a bare key. */
	private static String key(String label, String idOrKey) {
		if (idOrKey.contains(":")) {
			GlobalId id = GlobalId.parse(idOrKey);
			if (!id.label().equals(label)) {
				throw new BadInputException("'" + idOrKey + "' is not a " + label + " id");
			}
			return id.key();
		}
		return idOrKey;
	}

}
