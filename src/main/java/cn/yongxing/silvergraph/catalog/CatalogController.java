package cn.yongxing.silvergraph.catalog;

import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.graph.Citations;
import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.GraphReader;
import cn.yongxing.silvergraph.graph.Joins;
import cn.yongxing.silvergraph.graph.NodeMapper;
import cn.yongxing.silvergraph.graph.NodeType;
import cn.yongxing.silvergraph.graph.Scalar;
import cn.yongxing.silvergraph.graph.Relation;
import cn.yongxing.silvergraph.graph.Relation.Sort;
import cn.yongxing.silvergraph.graph.Relations;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Metals, products, materials, patents, standards, institutions, projects, designations, platforms. */
@Controller
class CatalogController {

	private final GraphReader reader;

	private final NodeMapper nodes;

	private final CatalogQueries queries;

	private final Joins joins;

	CatalogController(GraphReader reader, NodeMapper nodes, CatalogQueries queries, Joins joins) {
		this.joins = joins;
		this.reader = reader;
		this.nodes = nodes;
		this.queries = queries;
	}

	@QueryMapping
	@Nullable Metal metal(@Argument String symbol, DataFetchingEnvironment env) {
		Joins.Plan plan = joins.plan(env, "Metal", "m", env.getSelectionSet().getImmediateFields());
		return reader.one("metal", "MATCH (m:Metal {key: $symbol}) RETURN m" + plan.returnItems(),
				Map.of("symbol", symbol), r -> plan.register(Metal.from(r.get("m")), r)).orElse(null);
	}

	@QueryMapping
	List<Metal> metals(DataFetchingEnvironment env) {
		Joins.Plan plan = joins.plan(env, "Metal", "m", env.getSelectionSet().getImmediateFields());
		return reader.list("metals", "MATCH (m:Metal) RETURN m" + plan.returnItems() + " ORDER BY m.key", Map.of(),
				r -> plan.register(Metal.from(r.get("m")), r));
	}

	@Bean
	static Relations.Declared catalogRelations() {
		return Relations.Declared.of(
				Relation.of(Metal.class, "products").in("OF_METAL", Product.class)
					.orderBy(Sort.leastOf("AT_STAGE", "ChainStage", "order"), Sort.asc("key")),
				Relation.of(Metal.class, "standards").in("CONCERNS", Standard.class),
				Relation.of(Product.class, "metal").out("OF_METAL", Metal.class).toOne(),
				Relation.of(Product.class, "inputs").in("FEEDS", Product.class),
				Relation.of(Product.class, "outputs").out("FEEDS", Product.class),
				Relation.of(Product.class, "materials").in("FEEDS", Material.class),
				Relation.of(Product.class, "patents").in("CONCERNS", Patent.class).orderBy(Sort.desc("filed"), Sort.asc("key")),
				Relation.of(Product.class, "standards").in("CONCERNS", Standard.class),
				Relation.of(Material.class, "products").out("FEEDS", Product.class),
				Relation.of(Patent.class, "holders").in("HOLDS", GraphNode.class),
				Relation.of(Patent.class, "concerns").out("CONCERNS", GraphNode.class),
				Relation.of(Project.class, "concerns").out("CONCERNS", GraphNode.class),
				Relation.of(Standard.class, "metals").out("CONCERNS", Metal.class),
				Relation.of(Standard.class, "drafters").in("DRAFTED", GraphNode.class),
				Relation.of(Platform.class, "operator").in("OPERATES", GraphNode.class).toOne(),
				Participation.takenBy(Institution.class),
				// figures with their verdicts: each metal's list judged as a whole, ties ordered to the source
				MetalShare.ofMetal(),
				Relation.of(Metal.class, "outputs").out("OUTPUT", GraphNode.class)
					.orderBy(Sort.relDesc("year"), Sort.asc("key"), Sort.relAsc("source"), Sort.relAsc("definition"))
					.edges(MetalOutput.class, MetalOutput::of, "metal", "holder")
					.judged(MetalOutput::judged)
					.properties(Scalar.integer("year"), Scalar.decimal("tonnes"), Scalar.text("qualifier")),
				Participation.participants(), DesignationAward.holders());
	}

	@Bean
	static NodeType metalNodeType() {
		return new NodeType(Metal.class, Metal::from).scalars(Scalar.text("symbol"), Scalar.text("name").collated(), Scalar.text("nameZh"),
				Scalar.text("group"));
	}

	@Bean
	static NodeType productNodeType() {
		return new NodeType(Product.class, Product::from).scalars(Scalar.text("name").collated(), Scalar.text("nameZh"),
				Scalar.text("purity"), Scalar.text("basis"));
	}

	@Bean
	static NodeType materialNodeType() {
		return new NodeType(Material.class, Material::from).scalars(Scalar.text("name").collated(), Scalar.text("nameZh"),
				Scalar.text("category"));
	}

	@Bean
	static NodeType patentNodeType() {
		return new NodeType(Patent.class, Patent::from).scalars(Scalar.text("number"), Scalar.text("title"),
				Scalar.text("type"), Scalar.text("filed"), Scalar.text("granted"));
	}

	@Bean
	static NodeType standardNodeType() {
		return new NodeType(Standard.class, Standard::from).scalars(Scalar.text("code"), Scalar.text("title"),
				Scalar.text("titleEn"), Scalar.text("level"), Scalar.text("status"));
	}

	@Bean
	static NodeType institutionNodeType() {
		return new NodeType(Institution.class, Institution::from).scalars(Scalar.text("name").collated(), Scalar.text("nameEn"),
				Scalar.text("kind"), Scalar.text("city"));
	}

	@Bean
	static NodeType projectNodeType() {
		return new NodeType(Project.class, Project::from).scalars(Scalar.text("name").collated(), Scalar.text("nameEn"),
				Scalar.text("programme"), Scalar.text("status"), Scalar.text("started"));
	}

	@Bean
	static NodeType designationNodeType() {
		return new NodeType(Designation.class, Designation::from).scalars(Scalar.text("name").collated(), Scalar.text("nameEn"),
				Scalar.text("level"), Scalar.text("kind"));
	}

	@Bean
	static NodeType platformNodeType() {
		return new NodeType(Platform.class, Platform::from).scalars(Scalar.text("name").collated(), Scalar.text("nameEn"),
				Scalar.text("kind"), Scalar.text("level"));
	}

}
