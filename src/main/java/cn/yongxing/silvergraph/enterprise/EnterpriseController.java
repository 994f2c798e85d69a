package cn.yongxing.silvergraph.enterprise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import cn.yongxing.silvergraph.catalog.CatalogQueries;
import cn.yongxing.silvergraph.catalog.DesignationAward;
import cn.yongxing.silvergraph.catalog.Institution;
import cn.yongxing.silvergraph.catalog.Material;
import cn.yongxing.silvergraph.catalog.Metal;
import cn.yongxing.silvergraph.catalog.MetalShare;
import cn.yongxing.silvergraph.catalog.Participation;
import cn.yongxing.silvergraph.catalog.Patent;
import cn.yongxing.silvergraph.catalog.Platform;
import cn.yongxing.silvergraph.catalog.Product;
import cn.yongxing.silvergraph.catalog.Standard;
import cn.yongxing.silvergraph.cluster.Cluster;
import cn.yongxing.silvergraph.cluster.Indicator;
import cn.yongxing.silvergraph.cluster.Park;
import cn.yongxing.silvergraph.cluster.Region;
import cn.yongxing.silvergraph.graph.BadInputException;
import cn.yongxing.silvergraph.graph.Connection;
import cn.yongxing.silvergraph.graph.GlobalId;
import cn.yongxing.silvergraph.graph.GraphReader;
import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Joins;
import cn.yongxing.silvergraph.graph.Projection;
import cn.yongxing.silvergraph.graph.NodeType;
import cn.yongxing.silvergraph.graph.Scalar;
import cn.yongxing.silvergraph.graph.PageLimits;
import cn.yongxing.silvergraph.graph.Relation;
import cn.yongxing.silvergraph.graph.Relation.Sort;
import cn.yongxing.silvergraph.graph.Relations;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Enterprises: lookup, the filtered and sorted connection, and every relation of an enterprise. */
@Controller
class EnterpriseController {

	private final GraphReader reader;

	private final EnterpriseQueries queries;

	private final CatalogQueries catalog;

	private final PageLimits limits;

	private final Joins joins;

	EnterpriseController(GraphReader reader, EnterpriseQueries queries, CatalogQueries catalog, PageLimits limits,
			Joins joins) {
		this.joins = joins;
		this.reader = reader;
		this.queries = queries;
		this.catalog = catalog;
		this.limits = limits;
	}

	@QueryMapping
	@Nullable Enterprise enterprise(@Argument @Nullable String id, @Argument @Nullable String creditCode,
			@Argument @Nullable String name, DataFetchingEnvironment env) {
		Joins.Plan plan = joins(env, env.getSelectionSet().getImmediateFields());
		if (id != null) {
			GlobalId gid = GlobalId.parse(id);
			if (!gid.label().equals("Enterprise")) {
				throw new BadInputException("'" + id + "' is not an Enterprise id");
			}
			return queries.byKey(gid.key(), plan);
		}
		if (creditCode != null) {
			return queries.byCreditCode(creditCode, plan);
		}
		if (name != null) {
			return queries.byName(name, plan);
		}
		throw new BadInputException("Give one of id, creditCode or name");
	}

	@QueryMapping
	Connection<Enterprise> enterprises(@Argument @Nullable Map<String, Object> where,
			@Argument @Nullable List<Map<String, Object>> orderBy, @Argument @Nullable Integer first,
			@Argument @Nullable String after, @Argument @Nullable Integer last, @Argument @Nullable String before,
			DataFetchingEnvironment env) {
		if ((first != null || after != null) && (last != null || before != null)) {
			throw new BadInputException("Page forward (first/after) or backward (last/before), not both");
		}
		boolean backward = last != null || before != null;
		int size = limits.pageSize(backward ? last : first);
		boolean paged = env.getSelectionSet().contains("edges") || env.getSelectionSet().contains("pageInfo");
		List<SelectedField> selection = env.getSelectionSet().getFields("edges/node/*");
		return queries.page(where, orderBy, backward ? before : after, backward, size, paged,
				paged ? joins(env, selection) : Joins.Plan.NONE, Projection.properties(Enterprise.class, selection));
	}

	/** Joins for the selected fields of the enterprises a root statement binds to {@code e}. */
	private Joins.Plan joins(DataFetchingEnvironment env, List<SelectedField> selection) {
		return joins.plan(env, "Enterprise", "e", selection);
	}

	@SchemaMapping(typeName = "Enterprise")
	CompletableFuture<Connection<Patent>> patents(Enterprise enterprise, @Argument Integer first,
			@Argument @Nullable String after, DataFetchingEnvironment env) {
		DataLoader<PatentPageKey, Connection<Patent>> loader = env.getDataLoader(EnterpriseQueries.PATENT_PAGES);
		return loader.load(new PatentPageKey(enterprise.key(),
				limits.pageSize(first == null ? EnterpriseQueries.PATENTS_PER_PAGE : first), after));
	}

	@Bean
	static NodeType enterpriseNodeType() {
		return EnterpriseFilters.nodeType();
	}

	@Bean
	static Relations.Declared enterpriseRelations() {
		return Relations.Declared.of(Relation.of(Enterprise.class, "park").out("LOCATED_IN", Park.class).toOne(),
				DesignationAward.heldBy(Enterprise.class), Participation.takenBy(Enterprise.class),
				MetalShare.heldBy(Enterprise.class), Indicator.about(Enterprise.class),
				Investment.investments(Relation.of(Enterprise.class, "investments").out("INVESTED_IN", GraphNode.class)),
				Investment.investments(Relation.of(Cluster.class, "investors").in("INVESTED_IN", Enterprise.class)),
				Relation.of(Enterprise.class, "region").out("IN_REGION", Region.class).toOne(),
				Relation.of(Enterprise.class, "city").out("IN_REGION", Region.class).outAnyLength("PART_OF", Region.class)
					.where("level", "CITY").toOne(),
				Relation.of(Enterprise.class, "province").out("IN_REGION", Region.class)
					.outAnyLength("PART_OF", Region.class).where("level", "PROVINCE").toOne(),
				Relation.of(Enterprise.class, "metals").out("PRODUCES", Product.class).out("OF_METAL", Metal.class)
					.distinctNodes(),
				Relation.of(Enterprise.class, "platforms").out("OPERATES", Platform.class),
				Relation.of(Material.class, "processors").in("PROCESSES", Enterprise.class).orderBy(Sort.asc("name")),
				Relation.of(Park.class, "enterprises").in("LOCATED_IN", Enterprise.class).orderBy(Sort.asc("name")),
				Relation.of(Enterprise.class, "products").out("PRODUCES", Product.class)
					.edges(Production.class, Production::of, "enterprise", "product")
					.properties(Scalar.decimal("capacityT"), Scalar.decimal("outputT"), Scalar.integer("year"),
					Scalar.text("purity"), Scalar.text("status")),
				producers("producers", null), producers("localProducers", true), producers("outsideProducers", false),
				Relation.of(Enterprise.class, "materials").out("PROCESSES", Material.class)
					.edges(Processing.class, Processing::of, "enterprise", "material")
					.properties(Scalar.decimal("volumeT"), Scalar.integer("year")),
				Relation.of(Enterprise.class, "standards").out("DRAFTED", Standard.class)
					.edges(Drafting.class, Drafting::of, null, "standard")
					.properties(Scalar.text("role")),
				Relation.of(Enterprise.class, "partners").out("COLLABORATES_WITH", Institution.class)
					.orderBy(Sort.relAsc("since"), Sort.asc("key"))
					.edges(Partnership.class, Partnership::of, "enterprise", "institution")
					.properties(Scalar.integer("since"), Scalar.text("kind"), Scalar.text("project")),
				Relation.of(Institution.class, "partners").in("COLLABORATES_WITH", Enterprise.class)
					.orderBy(Sort.relAsc("since"), Sort.asc("key"))
					.edges(Partnership.class, Partnership::of, "enterprise", "institution")
					.properties(Scalar.integer("since"), Scalar.text("kind"), Scalar.text("project")),
				Relation.of(Enterprise.class, "customers").out("SUPPLIES", Enterprise.class)
					.orderBy(Sort.relDesc("year"), Sort.asc("key"))
					.edges(SupplyLink.class, SupplyLink::of, "supplier", "customer")
					.lookup("product", "Product", "product")
					.properties(Scalar.text("product"), Scalar.decimal("volumeT"), Scalar.integer("year")),
				Relation.of(Enterprise.class, "suppliers").in("SUPPLIES", Enterprise.class)
					.orderBy(Sort.relDesc("year"), Sort.asc("key"))
					.edges(SupplyLink.class, SupplyLink::of, "supplier", "customer")
					.lookup("product", "Product", "product")
					.properties(Scalar.text("product"), Scalar.decimal("volumeT"), Scalar.integer("year")));
	}

	/** The producers of a product, local first, or only the local ({@code true}) or outside ones. */
	private static Relation producers(String field, @Nullable Boolean local) {
		Relation producers = Relation.of(Product.class, field).in("PRODUCES", Enterprise.class);
		return (local == null ? producers : producers.where("local", local))
			.orderBy(Sort.desc("local"), Sort.asc("name"), Sort.asc("key"))
			.edges(Production.class, Production::of, "enterprise", "product")
			.properties(Scalar.decimal("capacityT"), Scalar.decimal("outputT"), Scalar.integer("year"),
				Scalar.text("purity"), Scalar.text("status"));
	}

}
