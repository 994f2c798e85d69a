package cn.yongxing.silvergraph.enterprise;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.yongxing.silvergraph.graph.BadInputException;
import cn.yongxing.silvergraph.graph.JoinedField;
import cn.yongxing.silvergraph.graph.JoinedField.Child;
import cn.yongxing.silvergraph.graph.JoinedField.Collect;
import cn.yongxing.silvergraph.graph.Joins;
import cn.yongxing.silvergraph.graph.PageLimits;
import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Cypher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The relation fields of an enterprise that are read inside the statement fetching the enterprise
 * ({@link Joins}). Each is the same pattern, columns, order and mapper as the field's batched
 * statement in {@link EnterpriseController} / {@link EnterpriseQueries}, for one parent.
 */
@Configuration(proxyBeanMethods = false)
class EnterpriseJoins {

	private static final Child PARENT = new Child("$parent", "", "Enterprise", o -> o);

	/** The product supplied, read only when asked for. */
	private static final JoinedField.Optional SUPPLIED_PRODUCT = new JoinedField.Optional("product",
			"OPTIONAL MATCH (p#:Product {key: r#.product})", Map.of("p", "p#"));

	@Bean
	static JoinedField enterpriseProducts() {
		return Collect.list("Enterprise", "products", "($parent)-[r#:PRODUCES]->(p#:Product)",
				Map.of("e", "$parent", "r", "r# {.capacityT, .outputT, .year, .purity, .status{cite}}", "p", "p#"), "p#.key",
				"r#", EnterpriseQueries::production)
			.withChildren(Map.of("enterprise", child(PARENT, o -> ((Production) o).enterprise()),
					"product", new Child("p#", "p", "Product", o -> ((Production) o).product())));
	}

	@Bean
	static JoinedField enterpriseMaterials() {
		return Collect.list("Enterprise", "materials", "($parent)-[r#:PROCESSES]->(m#:Material)",
				Map.of("e", "$parent", "r", "r# {.volumeT, .year{cite}}", "m", "m#"), "m#.key", "r#",
				EnterpriseQueries::processing);
	}

	@Bean
	static JoinedField enterprisePartners() {
		return Collect.list("Enterprise", "partners", "($parent)-[r#:COLLABORATES_WITH]->(i#:Institution)",
				Map.of("e", "$parent", "r", "r# {.since, .kind, .project{cite}}", "i", "i#"), "r#.since, i#.key", "r#",
				EnterpriseQueries::partnership);
	}

	@Bean
	static JoinedField enterpriseCustomers() {
		return supplies("customers", true);
	}

	@Bean
	static JoinedField enterpriseSuppliers() {
		return supplies("suppliers", false);
	}

	/**
	 * The supply links of the parent as supplier ({@code customers}) or as customer
	 * ({@code suppliers}); the firm at the other end is bound to {@code o#}.
	 */
	private static JoinedField supplies(String field, boolean parentSupplies) {
		String match = parentSupplies ? "($parent)-[r#:SUPPLIES]->(o#:Enterprise)"
				: "(o#:Enterprise)-[r#:SUPPLIES]->($parent)";
		String parentColumn = parentSupplies ? "s" : "c";
		String otherColumn = parentSupplies ? "c" : "s";
		Function<Object, Object> supplier = o -> ((SupplyLink) o).supplier();
		Function<Object, Object> customer = o -> ((SupplyLink) o).customer();
		Child other = new Child("o#", otherColumn, "Enterprise", parentSupplies ? customer : supplier);
		Child parent = child(PARENT, parentSupplies ? supplier : customer);
		return Collect.list("Enterprise", field, match,
				Map.of(parentColumn, "$parent", otherColumn, "o#", "r", "r# {.product, .volumeT, .year{cite}}"),
				"r#.year DESC, o#.key", "r#", EnterpriseQueries::supplyLink)
			.withOptionals(List.of(SUPPLIED_PRODUCT))
			.withChildren(Map.of("supplier", parentSupplies ? parent : other, "customer", parentSupplies ? other : parent));
	}

	@Bean
	static JoinedField enterpriseStandards() {
		return Collect.list("Enterprise", "standards", "($parent)-[r#:DRAFTED]->(s#:Standard)",
				Map.of("r", "r# {.role{cite}}", "s", "s#"), "s#.key", "r#", EnterpriseQueries::drafting);
	}

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
				String p = "p" + planner.suffix();
				String filed = "filed" + planner.suffix();
				String cypher = """
						{total: COUNT { (%1$s)-[:HOLDS]->(:Patent) }, page: COLLECT {
						  MATCH (%1$s)-[:HOLDS]->(%2$s:Patent) WITH %2$s, coalesce(%2$s.filed, '') AS %3$s
						  RETURN {p: %2$s, filed: %3$s} AS row ORDER BY %3$s DESC, %2$s.key DESC LIMIT %4$d }}"""
					.formatted(parent, p, filed, size + 1);
				return new Joined(Cypher.raw(cypher), (v, parentValue) -> EnterpriseQueries.patentPage(v.get("page").asList(x -> x),
						v.get("total").asInt(), size, false));
			}

		};
	}

	/** A child that is the parent itself, seen through another getter. */
	private static Child child(Child parent, Function<Object, Object> get) {
		return new Child(parent.variable(), parent.column(), parent.type(), get);
	}

}
