package cn.yongxing.silvergraph.catalog;

import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.graph.Citations;
import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.GraphReader;
import cn.yongxing.silvergraph.graph.NodeMapper;
import cn.yongxing.silvergraph.graph.NodeType;
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

	CatalogController(GraphReader reader, NodeMapper nodes, CatalogQueries queries) {
		this.reader = reader;
		this.nodes = nodes;
		this.queries = queries;
	}

	@QueryMapping
	@Nullable Metal metal(@Argument String symbol) {
		return reader.one("metal", "MATCH (m:Metal {key: $symbol}) RETURN m", Map.of("symbol", symbol),
				r -> Metal.from(r.get("m"))).orElse(null);
	}

	@QueryMapping
	List<Metal> metals() {
		return reader.list("metals", "MATCH (m:Metal) RETURN m ORDER BY m.key", Map.of(), r -> Metal.from(r.get("m")));
	}

	@BatchMapping(typeName = "Metal")
	Map<Metal, List<Product>> products(List<Metal> metals) {
		return reader.many("Metal.products", metals, Metal::key, """
				UNWIND $keys AS key
				MATCH (:Metal {key: key})<-[:OF_METAL]-(p:Product)
				OPTIONAL MATCH (p)-[:AT_STAGE]->(s:ChainStage)
				WITH key, p, min(s.order) AS stageOrder
				RETURN key, p ORDER BY stageOrder, p.key""", r -> Product.from(r.get("p")));
	}

	@BatchMapping(typeName = "Metal")
	Map<Metal, List<MetalShare>> shares(List<Metal> metals) {
		return CatalogQueries.judged(reader.many("Metal.shares", metals, Metal::key, """
				UNWIND $keys AS key
				MATCH (m:Metal {key: key})-[r:HAS_SHARE]->(h)
				%s
				RETURN key, m, r, h, src ORDER BY r.year DESC, r.scope""".formatted(Citations.CLAUSE), queries::share),
				MetalShare::judged);
	}

	@BatchMapping(typeName = "Metal")
	Map<Metal, List<MetalOutput>> outputs(List<Metal> metals) {
		return CatalogQueries.judged(reader.many("Metal.outputs", metals, Metal::key, """
				UNWIND $keys AS key
				MATCH (m:Metal {key: key})-[r:OUTPUT]->(h)
				%s
				RETURN key, m, r, h, src ORDER BY r.year DESC""".formatted(Citations.CLAUSE), queries::output),
				MetalOutput::judged);
	}

	@BatchMapping(typeName = "Metal", field = "standards")
	Map<Metal, List<Standard>> metalStandards(List<Metal> metals) {
		return reader.many("Metal.standards", metals, Metal::key, """
				UNWIND $keys AS key
				MATCH (:Metal {key: key})<-[:CONCERNS]-(s:Standard)
				RETURN key, s ORDER BY s.key""", r -> Standard.from(r.get("s")));
	}

	@BatchMapping(typeName = "Product")
	Map<Product, Metal> metal(List<Product> products) {
		return reader.single("Product.metal", products, Product::key, """
				UNWIND $keys AS key
				MATCH (:Product {key: key})-[:OF_METAL]->(m:Metal)
				RETURN key, m""", r -> Metal.from(r.get("m")));
	}

	@BatchMapping(typeName = "Product")
	Map<Product, List<Product>> inputs(List<Product> products) {
		return reader.many("Product.inputs", products, Product::key, """
				UNWIND $keys AS key
				MATCH (:Product {key: key})<-[:FEEDS]-(p:Product)
				RETURN key, p ORDER BY p.key""", r -> Product.from(r.get("p")));
	}

	@BatchMapping(typeName = "Product", field = "outputs")
	Map<Product, List<Product>> productOutputs(List<Product> products) {
		return reader.many("Product.outputs", products, Product::key, """
				UNWIND $keys AS key
				MATCH (:Product {key: key})-[:FEEDS]->(p:Product)
				RETURN key, p ORDER BY p.key""", r -> Product.from(r.get("p")));
	}

	@BatchMapping(typeName = "Product")
	Map<Product, List<Material>> materials(List<Product> products) {
		return reader.many("Product.materials", products, Product::key, """
				UNWIND $keys AS key
				MATCH (:Product {key: key})<-[:FEEDS]-(m:Material)
				RETURN key, m ORDER BY m.key""", r -> Material.from(r.get("m")));
	}

	@BatchMapping(typeName = "Product", field = "patents")
	Map<Product, List<Patent>> productPatents(List<Product> products) {
		return reader.many("Product.patents", products, Product::key, """
				UNWIND $keys AS key
				MATCH (:Product {key: key})<-[:CONCERNS]-(p:Patent)
				RETURN key, p ORDER BY p.filed DESC, p.key""", r -> Patent.from(r.get("p")));
	}

	@BatchMapping(typeName = "Product", field = "standards")
	Map<Product, List<Standard>> productStandards(List<Product> products) {
		return reader.many("Product.standards", products, Product::key, """
				UNWIND $keys AS key
				MATCH (:Product {key: key})<-[:CONCERNS]-(s:Standard)
				RETURN key, s ORDER BY s.key""", r -> Standard.from(r.get("s")));
	}

	@BatchMapping(typeName = "Material", field = "products")
	Map<Material, List<Product>> materialProducts(List<Material> materials) {
		return reader.many("Material.products", materials, Material::key, """
				UNWIND $keys AS key
				MATCH (:Material {key: key})-[:FEEDS]->(p:Product)
				RETURN key, p ORDER BY p.key""", r -> Product.from(r.get("p")));
	}

	@BatchMapping(typeName = "Patent")
	Map<Patent, List<GraphNode>> holders(List<Patent> patents) {
		return reader.many("Patent.holders", patents, Patent::key, """
				UNWIND $keys AS key
				MATCH (:Patent {key: key})<-[:HOLDS]-(h)
				RETURN key, h ORDER BY h.key""", r -> nodes.map(r.get("h")));
	}

	@BatchMapping(typeName = "Patent", field = "concerns")
	Map<Patent, List<GraphNode>> patentConcerns(List<Patent> patents) {
		return concerns("Patent", patents);
	}

	@BatchMapping(typeName = "Project", field = "concerns")
	Map<Project, List<GraphNode>> projectConcerns(List<Project> projects) {
		return concerns("Project", projects);
	}

	private <P extends GraphNode> Map<P, List<GraphNode>> concerns(String label, List<P> subjects) {
		return reader.many(label + ".concerns", subjects, GraphNode::id, GraphReader.UNWIND_IDS_AS_H + """
				MATCH (h)-[:CONCERNS]->(o)
				RETURN key, o ORDER BY o.key""", r -> nodes.map(r.get("o")));
	}

	@BatchMapping(typeName = "Standard")
	Map<Standard, List<Metal>> metals(List<Standard> standards) {
		return reader.many("Standard.metals", standards, Standard::key, """
				UNWIND $keys AS key
				MATCH (:Standard {key: key})-[:CONCERNS]->(m:Metal)
				RETURN key, m ORDER BY m.key""", r -> Metal.from(r.get("m")));
	}

	@BatchMapping(typeName = "Standard")
	Map<Standard, List<GraphNode>> drafters(List<Standard> standards) {
		return reader.many("Standard.drafters", standards, Standard::key, """
				UNWIND $keys AS key
				MATCH (:Standard {key: key})<-[:DRAFTED]-(d)
				RETURN key, d ORDER BY d.key""", r -> nodes.map(r.get("d")));
	}

	@BatchMapping(typeName = "Institution", field = "projects")
	Map<Institution, List<Participation>> institutionProjects(List<Institution> institutions) {
		return queries.participationsOf(institutions);
	}

	@BatchMapping(typeName = "Project")
	Map<Project, List<Participation>> participants(List<Project> projects) {
		return reader.many("Project.participants", projects, Project::key, """
				UNWIND $keys AS key
				MATCH (p:Project {key: key})<-[r:PARTICIPATES_IN]-(h)
				%s
				RETURN key, h, r, p, src ORDER BY h.key""".formatted(Citations.CLAUSE),
				row -> new Participation(nodes.map(row.get("h")), Project.from(row.get("p")),
						cn.yongxing.silvergraph.graph.Props.str(row.get("r"), "role"), Citations.of(row)));
	}

	@BatchMapping(typeName = "Designation", field = "holders")
	Map<Designation, List<DesignationAward>> designationHolders(List<Designation> designations) {
		return reader.many("Designation.holders", designations, Designation::key, """
				UNWIND $keys AS key
				MATCH (d:Designation {key: key})<-[r:HAS_DESIGNATION]-(h)
				OPTIONAL MATCH (p:Product {key: r.product})
				%s
				RETURN key, d, r, h, p, src ORDER BY h.key""".formatted(Citations.CLAUSE), queries::award);
	}

	@BatchMapping(typeName = "Platform")
	Map<Platform, GraphNode> operator(List<Platform> platforms) {
		return reader.single("Platform.operator", platforms, Platform::key, """
				UNWIND $keys AS key
				MATCH (:Platform {key: key})<-[:OPERATES]-(o)
				RETURN key, o""", r -> nodes.map(r.get("o")));
	}

	@Bean
	static NodeType metalNodeType() {
		return new NodeType("Metal", Metal::from);
	}

	@Bean
	static NodeType productNodeType() {
		return new NodeType("Product", Product::from);
	}

	@Bean
	static NodeType materialNodeType() {
		return new NodeType("Material", Material::from);
	}

	@Bean
	static NodeType patentNodeType() {
		return new NodeType("Patent", Patent::from);
	}

	@Bean
	static NodeType standardNodeType() {
		return new NodeType("Standard", Standard::from);
	}

	@Bean
	static NodeType institutionNodeType() {
		return new NodeType("Institution", Institution::from);
	}

	@Bean
	static NodeType projectNodeType() {
		return new NodeType("Project", Project::from);
	}

	@Bean
	static NodeType designationNodeType() {
		return new NodeType("Designation", Designation::from);
	}

	@Bean
	static NodeType platformNodeType() {
		return new NodeType("Platform", Platform::from);
	}

}
