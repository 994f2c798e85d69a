package cn.yongxing.silvergraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import cn.yongxing.silvergraph.catalog.Metal;
import cn.yongxing.silvergraph.catalog.Product;
import cn.yongxing.silvergraph.cluster.Region;
import cn.yongxing.silvergraph.enterprise.Enterprise;
import org.junit.jupiter.api.Test;
import org.neo4j.cypherdsl.core.Cypher;

/** One declaration renders both the batch statement and the join, with the same pattern and order. */
class RelationCypherTests {

	private static final Relation CITY = Relation.of(Enterprise.class, "city")
		.out("IN_REGION", Region.class)
		.outAnyLength("PART_OF", Region.class)
		.where("level", "CITY")
		.toOne();

	private static final Relation PRODUCTS = Relation.of(Metal.class, "products")
		.in("OF_METAL", Product.class)
		.orderBy(Relation.Sort.leastOf("AT_STAGE", "ChainStage", "order"), Relation.Sort.asc("key"));

	@Test
	void rendersTheBatchStatementOfATwoHopToOneRelationWithACondition() {
		assertThat(RelationCypher.batch(CITY)).isEqualTo("UNWIND $keys AS key "
				+ "MATCH (:`Enterprise` {key: key})-[:`IN_REGION`]->(:`Region`)-[:`PART_OF`*0..]->(t:`Region`) "
				+ "WHERE t.level = 'CITY' WITH key, t RETURN key, t ORDER BY t.key ASC");
	}

	@Test
	void rendersTheJoinOfTheSameRelationOverTheParentsVariableKeepingOneRow() {
		var join = RelationCypher.join(CITY, Cypher.name("e"), "t_1", Map.of(), null);
		assertThat(RelationCypher.render(java.util.List.of(join))).isEqualTo("COLLECT { "
				+ "MATCH (e)-[:`IN_REGION`]->(:`Region`)-[:`PART_OF`*0..]->(t_1:`Region`) "
				+ "WHERE t_1.level = 'CITY' WITH t_1 RETURN t_1 ORDER BY t_1.key ASC LIMIT 1 }");
	}

	@Test
	void sortsByTheLeastValueOverARelationKeptOnTheNode() {
		var join = RelationCypher.join(PRODUCTS, Cypher.name("m"), "t_0", Map.of("j1", Cypher.literalOf(1)), null);
		assertThat(RelationCypher.render(java.util.List.of(join))).isEqualTo("COLLECT { "
				+ "MATCH (m)<-[:`OF_METAL`]-(t_0:`Product`) WITH t_0 "
				+ "ORDER BY t_0.leastAtStageOrder ASC, t_0.key ASC RETURN {n: t_0, j1: 1} }");
	}

	@Test
	void keepsALeastValueOnTheNodeWritingOnlyTheNodesWhoseValueChanged() {
		assertThat(RelationCypher.derivation("Product", PRODUCTS.sortKeys().getFirst())).isEqualTo(
				"MATCH (t:`Product`) WITH t, COLLECT { MATCH (t)-[:`AT_STAGE`]->(o:`ChainStage`) RETURN o.order "
						+ "ORDER BY o.order ASC LIMIT 1 }[0] AS v "
						+ "WHERE coalesce(t.leastAtStageOrder <> v, (t.leastAtStageOrder IS NULL) <> (v IS NULL)) "
						+ "SET t.leastAtStageOrder = v");
	}

	@Test
	void readsOnlyTheRequiredPropertiesOfTheRelatedNodesWhenNoScalarIsSelected() {
		var join = RelationCypher.join(CITY, Cypher.name("e"), "t_1", Map.of(), java.util.List.of());
		String rendered = RelationCypher.render(java.util.List.of(join));
		assertThat(rendered).contains("LIMIT 1 RETURN t_1{").doesNotContain("RETURN t_1 ORDER");
		for (String property : Projection.required(cn.yongxing.silvergraph.cluster.Region.class)) {
			assertThat(rendered).contains("." + property);
		}
	}

	@Test
	void keepsEachNodeOnceWhenSeveralPathsLeadToIt() {
		Relation metals = Relation.of(Enterprise.class, "metals").out("PRODUCES", Product.class)
			.out("OF_METAL", Metal.class).distinctNodes();
		assertThat(RelationCypher.batch(metals)).contains("WITH DISTINCT key, t RETURN key, t");
	}

}
