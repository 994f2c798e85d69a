package cn.yongxing.silvergraph.enterprise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.catalog.Patent;
import cn.yongxing.silvergraph.graph.BadInputException;
import cn.yongxing.silvergraph.graph.Connection;
import cn.yongxing.silvergraph.graph.Cursor;
import cn.yongxing.silvergraph.graph.JoinedField;
import cn.yongxing.silvergraph.graph.Joins;
import cn.yongxing.silvergraph.graph.PageLimits;
import cn.yongxing.silvergraph.graph.Projection;
import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * The connection {@code Enterprise.patents(first, after)} read inside the statement of whatever root
 * fetched the enterprise, any page of it, with the joins of the patents' own fields: the same page
 * (newest filing first, then key, one row beyond the page to tell whether there is a next) and count
 * as its batch loader ({@code EnterpriseQueries.PATENT_PAGES}), made into the connection by the same
 * code. A paged field, so not a declared relation. A page size or cursor the loader would refuse is
 * left to it, so that the error stays on the field.
 */
@Component
class PatentPageJoin implements JoinedField {

	private final PageLimits limits;

	PatentPageJoin(PageLimits limits) {
		this.limits = limits;
	}

	@Override
	public String type() {
		return "Enterprise";
	}

	@Override
	public String field() {
		return "patents";
	}

	@Override
	public @Nullable Joined plan(SelectedField selection, String parent, Joins.Planner planner) {
		int size;
		List<@Nullable Object> cursor;
		try {
			Integer first = (Integer) selection.getArguments().get("first");
			size = limits.pageSize(first == null ? EnterpriseQueries.PATENTS_PER_PAGE : first);
			String after = (String) selection.getArguments().get("after");
			cursor = after == null ? null : Cursor.decode(after, 2);
		}
		catch (BadInputException refused) {
			return null;
		}
		String suffix = planner.suffix();
		Node patent = Cypher.node("Patent").named("p" + suffix);
		List<SelectedField> nodeFields = selection.getSelectionSet().getFields("edges/node/*");
		Joins.Nested nested = planner.nested("Patent", patent.getRequiredSymbolicName().getValue(), nodeFields);
		Expression expression = page(Cypher.anyNode(parent), patent, suffix, size, cursor,
				Projection.of(patent, Patent.class, nodeFields), nested.entries());
		boolean hasCursor = cursor != null;
		return new Joined(expression, (value, parentValue) -> {
			List<Value> rows = value.get("page").asList(v -> v);
			Connection<Patent> connection = EnterpriseQueries.patentPage(parentValue.get("key").asString(), rows,
					value.get("total").asInt(), size, hasCursor);
			List<Patent> patents = connection.nodes();
			for (int i = 0; i < patents.size(); i++) {
				Value r = rows.get(i);
				nested.register(patents.get(i), r.get("p"), r::get);
			}
			return connection;
		});
	}

	/**
	 * {@code {total, page}} of the enterprise bound to {@code enterprise}: its number of patents, and the
	 * page after {@code cursor} (newest filing first, then key; one row beyond {@code size}) as rows
	 * {@code {p: <patent>, filed, <nested columns>}}. The joined field and the batch loader both read it.
	 * The cursor's values (filing date or '', key) are literals: a join's text is kept per selection,
	 * whose key holds the argument values.
	 */
	static Expression page(Node enterprise, Node patent, String suffix, int size, @Nullable List<@Nullable Object> cursor,
			Expression patentValue, Map<String, Expression> nested) {
		SymbolicName filed = Cypher.name("filed" + suffix);
		Condition after = cursor == null ? Cypher.noCondition()
				: filed.lt(Cypher.literalOf(cursor.get(0))).or(filed.eq(Cypher.literalOf(cursor.get(0)))
					.and(patent.property("key").lt(Cypher.literalOf(cursor.get(1)))));
		List<Object> row = new ArrayList<>(List.of("p", patentValue, "filed", filed));
		nested.forEach((column, expression) -> {
			row.add(column);
			row.add(expression);
		});
		Expression page = Cypher.collect(Cypher.match(enterprise.relationshipTo(patent, "HOLDS"))
			.with(patent.getRequiredSymbolicName(), Cypher.coalesce(patent.property("filed"), Cypher.literalOf("")).as(filed))
			.where(after)
			.with(patent.getRequiredSymbolicName(), filed)
			.orderBy(filed.descending(), patent.property("key").descending())
			.limit(size + 1)
			.returning(Cypher.mapOf(row.toArray()))
			.build());
		return Cypher.mapOf("total", Cypher.count(enterprise.relationshipTo(Cypher.node("Patent"), "HOLDS")), "page", page);
	}

}
