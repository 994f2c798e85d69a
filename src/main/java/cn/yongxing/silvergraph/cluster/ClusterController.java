package cn.yongxing.silvergraph.cluster;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.catalog.CatalogQueries;
import cn.yongxing.silvergraph.catalog.DesignationAward;
import cn.yongxing.silvergraph.catalog.Institution;
import cn.yongxing.silvergraph.graph.BadInputException;
import cn.yongxing.silvergraph.graph.Citations;
import cn.yongxing.silvergraph.graph.GlobalId;
import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.GraphReader;
import cn.yongxing.silvergraph.graph.Joins;
import cn.yongxing.silvergraph.graph.NodeMapper;
import cn.yongxing.silvergraph.graph.NodeType;
import cn.yongxing.silvergraph.graph.Scalar;
import cn.yongxing.silvergraph.graph.Relation;
import cn.yongxing.silvergraph.graph.Relations;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The cluster: {@code clusterStats}, parks and their hierarchy, regions, indicators and targets. */
@Controller
class ClusterController {

	private final GraphReader reader;

	private final NodeMapper nodes;

	private final CatalogQueries catalog;

	private final Joins joins;

	ClusterController(GraphReader reader, NodeMapper nodes, CatalogQueries catalog, Joins joins) {
		this.joins = joins;
		this.reader = reader;
		this.nodes = nodes;
		this.catalog = catalog;
	}

	@QueryMapping
	ClusterStats clusterStats(@Argument @Nullable String cluster) {
		var row = reader.one("clusterStats", """
				MATCH (c:Cluster) WHERE $cluster IS NULL OR c.key = $cluster
				WITH c ORDER BY c.key LIMIT 1
				RETURN c,
				  COUNT { (e:Enterprise WHERE e.local) } AS local,
				  COUNT { (e:Enterprise WHERE NOT e.local) } AS outside,
				  COUNT { (:Metal) } AS metals, COUNT { (:Product) } AS products, COUNT { (:Patent) } AS patents,
				  COUNT { (:Standard) } AS standards, COUNT { (:Institution) } AS institutions,
				  COLLECT { MATCH (c)<-[:ABOUT]-(i:Indicator) RETURN %s ORDER BY i.key } AS indicators""".formatted(Indicator.PROJECTION),
				java.util.Collections.singletonMap("cluster", cluster), r -> r)
			.orElseThrow(() -> new BadInputException(cluster == null ? "The graph holds no cluster yet"
					: "No cluster with key '" + cluster + "'"));
		Cluster c = Cluster.from(row.get("c"));
		List<Indicator> all = Indicator.judged(row.get("indicators").asList(Indicator::from));
		return new ClusterStats(c, row.get("local").asInt(), row.get("outside").asInt(), row.get("metals").asInt(),
				row.get("products").asInt(), row.get("patents").asInt(), row.get("standards").asInt(),
				row.get("institutions").asInt(), all.stream().filter(i -> i.kind().equals("FIGURE")).toList(),
				all.stream().filter(i -> i.kind().equals("GOAL")).toList(),
				catalog.sharesHeldBy(List.of(c)).get(c), catalog.outputsOf(List.of(c)).get(c));
	}

	@QueryMapping
	@Nullable Park park(@Argument String id, DataFetchingEnvironment env) {
		String key = id.contains(":") ? GlobalId.parse(id).key() : id;
		Joins.Plan plan = joins.plan(env, "Park", "p", env.getSelectionSet().getImmediateFields());
		return reader.one("park", "MATCH (p:Park {key: $key}) RETURN p" + plan.returnItems(), Map.of("key", key),
				r -> plan.register(Park.from(r.get("p")), r)).orElse(null);
	}

	@QueryMapping
	List<Park> parks(DataFetchingEnvironment env) {
		Joins.Plan plan = joins.plan(env, "Park", "p", env.getSelectionSet().getImmediateFields());
		return reader.list("parks", "MATCH (p:Park) RETURN p" + plan.returnItems() + " ORDER BY p.kind DESC, p.key",
				Map.of(), r -> plan.register(Park.from(r.get("p")), r));
	}



	@Bean
	static Relations.Declared clusterRelations() {
		return Relations.Declared.of(Relation.of(Park.class, "parent").out("PART_OF", Park.class).toOne(),
				DesignationAward.heldBy(Park.class), DesignationAward.heldBy(Cluster.class), Indicator.about(Cluster.class),
				Relation.of(Cluster.class, "targets").out("TARGETS", GraphNode.class)
					.orderBy(Relation.Sort.relAsc("kind"), Relation.Sort.asc("key"))
					.edges(DevelopmentTarget.class, DevelopmentTarget::of, "holder", "target")
					.properties(Scalar.text("kind")),
				Relation.of(Park.class, "children").in("PART_OF", Park.class),
				Relation.of(Cluster.class, "region").out("IN_REGION", Region.class).toOne(),
				Relation.of(Institution.class, "region").out("IN_REGION", Region.class).toOne(),
				Relation.of(Region.class, "parent").out("PART_OF", Region.class).toOne(),
				Relation.of(Indicator.class, "subject").out("ABOUT", GraphNode.class).toOne());
	}

	@Bean
	static NodeType parkNodeType() {
		return new NodeType(Park.class, Park::from).scalars(Scalar.text("name").collated(), Scalar.text("nameEn"), Scalar.text("kind"),
				Scalar.text("layout"), Scalar.text("status"));
	}

	@Bean
	static NodeType clusterNodeType() {
		return new NodeType(Cluster.class, Cluster::from).scalars(Scalar.text("name"), Scalar.text("nameEn"),
				Scalar.text("nickname"));
	}

	@Bean
	static NodeType regionNodeType() {
		return new NodeType(Region.class, Region::from).scalars(Scalar.text("name").collated(), Scalar.text("nameEn"),
				Scalar.text("level"));
	}

	@Bean
	static NodeType indicatorNodeType() {
		return new NodeType(Indicator.class, Indicator::from);
	}

}
