package cn.yongxing.silvergraph.chain;

import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.catalog.Metal;
import cn.yongxing.silvergraph.catalog.Product;
import cn.yongxing.silvergraph.graph.GraphReader;
import cn.yongxing.silvergraph.graph.NodeType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Industry chains: a metal's stages in order and the products at each stage. */
@Controller
class ChainController {

	private final GraphReader reader;

	ChainController(GraphReader reader) {
		this.reader = reader;
	}

	@QueryMapping
	@Nullable IndustryChain industryChain(@Argument String metal) {
		return reader.one("industryChain", """
				MATCH (c:IndustryChain)-[:OF_METAL]->(:Metal {key: $metal})
				RETURN c ORDER BY c.key LIMIT 1""", Map.of("metal", metal), r -> IndustryChain.from(r.get("c")))
			.orElse(null);
	}

	@BatchMapping(typeName = "IndustryChain", field = "metal")
	Map<IndustryChain, Metal> chainMetal(List<IndustryChain> chains) {
		return reader.single("IndustryChain.metal", chains, IndustryChain::key, """
				UNWIND $keys AS key
				MATCH (:IndustryChain {key: key})-[:OF_METAL]->(m:Metal)
				RETURN key, m""", r -> Metal.from(r.get("m")));
	}

	@BatchMapping(typeName = "IndustryChain")
	Map<IndustryChain, List<ChainStage>> stages(List<IndustryChain> chains) {
		return reader.many("IndustryChain.stages", chains, IndustryChain::key, """
				UNWIND $keys AS key
				MATCH (:IndustryChain {key: key})-[:HAS_STAGE]->(s:ChainStage)
				RETURN key, s ORDER BY s.order""", r -> ChainStage.from(r.get("s")));
	}

	@BatchMapping(typeName = "ChainStage")
	Map<ChainStage, List<Product>> products(List<ChainStage> stages) {
		return reader.many("ChainStage.products", stages, ChainStage::key, """
				UNWIND $keys AS key
				MATCH (:ChainStage {key: key})<-[:AT_STAGE]-(p:Product)
				RETURN key, p ORDER BY p.key""", r -> Product.from(r.get("p")));
	}

	@BatchMapping(typeName = "Metal")
	Map<Metal, IndustryChain> chain(List<Metal> metals) {
		return reader.single("Metal.chain", metals, Metal::key, """
				UNWIND $keys AS key
				MATCH (:Metal {key: key})<-[:OF_METAL]-(c:IndustryChain)
				RETURN key, c ORDER BY c.key""", r -> IndustryChain.from(r.get("c")));
	}

	@BatchMapping(typeName = "Product", field = "stages")
	Map<Product, List<ChainStage>> productStages(List<Product> products) {
		return reader.many("Product.stages", products, Product::key, """
				UNWIND $keys AS key
				MATCH (:Product {key: key})-[:AT_STAGE]->(s:ChainStage)
				RETURN key, s ORDER BY s.order, s.key""", r -> ChainStage.from(r.get("s")));
	}

	@Bean
	static NodeType chainNodeType() {
		return new NodeType("IndustryChain", IndustryChain::from);
	}

	@Bean
	static NodeType stageNodeType() {
		return new NodeType("ChainStage", ChainStage::from);
	}

}
