package cn.yongxing.silvergraph.enterprise;

import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.catalog.Platform;
import cn.yongxing.silvergraph.cluster.Park;
import cn.yongxing.silvergraph.graph.BadInputException;
import cn.yongxing.silvergraph.graph.JoinedField;
import cn.yongxing.silvergraph.graph.JoinedField.Child;
import cn.yongxing.silvergraph.graph.JoinedField.Collect;
import cn.yongxing.silvergraph.graph.Joins;
import cn.yongxing.silvergraph.graph.PageLimits;
import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;
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
	static JoinedField enterprisePark() {
		return Collect.single("Enterprise", "park", "($parent)-[:LOCATED_IN]->(p#:Park)", "p", "p#", "p#.key",
				r -> Park.from(r.get("p")));
	}

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
		return Collect.list("Enterprise", "customers",
				"($parent)-[r#:SUPPLIES]->(c#:Enterprise)",
				Map.of("s", "$parent", "c", "c#", "r", "r# {.product, .volumeT, .year{cite}}"), "r#.year DESC, c#.key", "r#",
				EnterpriseQueries::supplyLink)
			.withOptionals(List.of(SUPPLIED_PRODUCT))
			.withChildren(Map.of("supplier", child(PARENT, o -> ((SupplyLink) o).supplier()),
					"customer", new Child("c#", "c", "Enterprise", o -> ((SupplyLink) o).customer())));
	}

	@Bean
	static JoinedField enterpriseSuppliers() {
		return Collect.list("Enterprise", "suppliers",
				"(s#:Enterprise)-[r#:SUPPLIES]->($parent)",
				Map.of("s", "s#", "c", "$parent", "r", "r# {.product, .volumeT, .year{cite}}"), "r#.year DESC, s#.key", "r#",
				EnterpriseQueries::supplyLink)
			.withOptionals(List.of(SUPPLIED_PRODUCT))
			.withChildren(Map.of("supplier", new Child("s#", "s", "Enterprise", o -> ((SupplyLink) o).supplier()),
					"customer", child(PARENT, o -> ((SupplyLink) o).customer())));
	}

	@Bean
	static JoinedField enterpriseStandards() {
		return Collect.list("Enterprise", "standards", "($parent)-[r#:DRAFTED]->(s#:Standard)",
				Map.of("r", "r# {.role{cite}}", "s", "s#"), "s#.key", "r#", EnterpriseQueries::drafting);
	}

	@Bean
	static JoinedField enterprisePlatforms() {
		return Collect.list("Enterprise", "platforms", "($parent)-[:OPERATES]->(p#:Platform)", Map.of("p", "p#"),
				"p#.key", null, r -> Platform.from(r.get("p")));
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
					return null; // the field's fetcher reports it
				}
				String p = "p" + planner.suffix();
				String filed = "filed" + planner.suffix();
				String cypher = """
						{total: COUNT { (%1$s)-[:HOLDS]->(:Patent) }, page: COLLECT {
						  MATCH (%1$s)-[:HOLDS]->(%2$s:Patent) WITH %2$s, coalesce(%2$s.filed, '') AS %3$s
						  RETURN {p: %2$s, filed: %3$s} AS row ORDER BY %3$s DESC, %2$s.key DESC LIMIT %4$d }}"""
					.formatted(parent, p, filed, size + 1);
				return new Joined(cypher, (v, parentValue) -> EnterpriseQueries.patentPage(v.get("page").asList(x -> x),
						v.get("total").asInt(), size, false));
			}

		};
	}

	/** A child that is the parent itself, seen through another getter. */
	private static Child child(Child parent, java.util.function.Function<Object, Object> get) {
		return new Child(parent.variable(), parent.column(), parent.type(), get);
	}

}
