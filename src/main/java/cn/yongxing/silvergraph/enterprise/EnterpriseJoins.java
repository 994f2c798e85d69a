package cn.yongxing.silvergraph.enterprise;

import java.util.Map;

import cn.yongxing.silvergraph.graph.BadInputException;
import cn.yongxing.silvergraph.graph.JoinedField;
import cn.yongxing.silvergraph.graph.Joins;
import cn.yongxing.silvergraph.graph.PageLimits;
import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The first page of an enterprise's patents read inside the statement fetching the enterprise
 * ({@link Joins}): a paged field, so not a declared relation; the same page as the field's batched
 * statement in {@link EnterpriseQueries}.
 */
@Configuration(proxyBeanMethods = false)
class EnterpriseJoins {

	/** The first page of patents (a page after a cursor is left to the field's fetcher). */
	@Bean
	static JoinedField enterprisePatents(PageLimits limits) {
		return new JoinedField() {

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
				Map<String, Object> args = selection.getArguments();
				if (args.get("after") != null) {
					return null;
				}
				int size;
				try {
					size = limits.pageSize((Integer) args.get("first"));
				}
				catch (BadInputException ex) {
					// not joined: the field's own fetcher raises this error for the client
					return null;
				}
				Node holder = Cypher.anyNode(parent);
				Node patent = Cypher.node("Patent").named("p" + planner.suffix());
				SymbolicName filed = Cypher.name("filed" + planner.suffix());
				Statement page = Cypher.match(holder.relationshipTo(patent, "HOLDS"))
					.with(patent.getRequiredSymbolicName(), Cypher.coalesce(patent.property("filed"), Cypher.literalOf("")).as(filed))
					.returning(Cypher.mapOf("p", patent.getRequiredSymbolicName(), "filed", filed))
					.orderBy(filed.descending(), patent.property("key").descending())
					.limit(size + 1)
					.build();
				Expression expression = Cypher.mapOf("total", Cypher.count(holder.relationshipTo(Cypher.node("Patent"), "HOLDS")),
						"page", Cypher.collect(page));
				return new Joined(expression, (v, parentValue) -> EnterpriseQueries.patentPage(parentValue.get("key").asString(),
						v.get("page").asList(x -> x), v.get("total").asInt(), size, false));
			}

		};
	}

}
