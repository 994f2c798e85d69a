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
import cn.yongxing.silvergraph.graph.NodeMapper;
import cn.yongxing.silvergraph.graph.NodeType;
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

	ClusterController(GraphReader reader, NodeMapper nodes, CatalogQueries catalog) {
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
	@Nullable Park park(@Argument String id) {
		String key = id.contains(":") ? GlobalId.parse(id).key() : id;
		return reader.one("park", "MATCH (p:Park {key: $key}) RETURN p", Map.of("key", key), r -> Park.from(r.get("p")))
			.orElse(null);
	}

	@QueryMapping
	List<Park> parks() {
		return reader.list("parks", "MATCH (p:Park) RETURN p ORDER BY p.kind DESC, p.key", Map.of(),
				r -> Park.from(r.get("p")));
	}

	@BatchMapping(typeName = "Park")
	Map<Park, Park> parent(List<Park> parks) {
		return reader.single("Park.parent", parks, Park::key, """
				UNWIND $keys AS key
				MATCH (:Park {key: key})-[:PART_OF]->(p:Park)
				RETURN key, p""", r -> Park.from(r.get("p")));
	}

	@BatchMapping(typeName = "Park")
	Map<Park, List<Park>> children(List<Park> parks) {
		return reader.many("Park.children", parks, Park::key, """
				UNWIND $keys AS key
				MATCH (:Park {key: key})<-[:PART_OF]-(p:Park)
				RETURN key, p ORDER BY p.key""", r -> Park.from(r.get("p")));
	}

	@BatchMapping(typeName = "Park", field = "designations")
	Map<Park, List<DesignationAward>> parkDesignations(List<Park> parks) {
		return catalog.designationsOf(parks);
	}

	@BatchMapping(typeName = "Cluster")
	Map<Cluster, Region> region(List<Cluster> clusters) {
		return reader.single("Cluster.region", clusters, Cluster::key, """
				UNWIND $keys AS key
				MATCH (:Cluster {key: key})-[:IN_REGION]->(r:Region)
				RETURN key, r""", r -> Region.from(r.get("r")));
	}

	@BatchMapping(typeName = "Cluster")
	Map<Cluster, List<Indicator>> indicators(List<Cluster> clusters) {
		Map<Cluster, List<Indicator>> out = new LinkedHashMap<>();
		reader.many("Cluster.indicators", clusters, Cluster::key, """
				UNWIND $keys AS key
				MATCH (:Cluster {key: key})<-[:ABOUT]-(i:Indicator)
				RETURN key, %s AS i ORDER BY i.key""".formatted(Indicator.PROJECTION), r -> Indicator.from(r.get("i")))
			.forEach((c, list) -> out.put(c, Indicator.judged(list)));
		return out;
	}

	@BatchMapping(typeName = "Cluster", field = "designations")
	Map<Cluster, List<DesignationAward>> clusterDesignations(List<Cluster> clusters) {
		return catalog.designationsOf(clusters);
	}

	@BatchMapping(typeName = "Cluster")
	Map<Cluster, List<DevelopmentTarget>> targets(List<Cluster> clusters) {
		return reader.many("Cluster.targets", clusters, Cluster::key, """
				UNWIND $keys AS key
				MATCH (h:Cluster {key: key})-[r:TARGETS]->(t)
				%s
				RETURN key, h, r, t, src ORDER BY r.kind, t.key""".formatted(Citations.CLAUSE),
				row -> new DevelopmentTarget(nodes.map(row.get("h")), nodes.map(row.get("t")),
						row.get("r").get("kind").asString(), Citations.of(row)));
	}

	@BatchMapping(typeName = "Institution", field = "region")
	Map<Institution, Region> institutionRegion(List<Institution> institutions) {
		return reader.single("Institution.region", institutions, Institution::key, """
				UNWIND $keys AS key
				MATCH (:Institution {key: key})-[:IN_REGION]->(r:Region)
				RETURN key, r ORDER BY r.key""", r -> Region.from(r.get("r")));
	}

	@BatchMapping(typeName = "Region", field = "parent")
	Map<Region, Region> regionParent(List<Region> regions) {
		return reader.single("Region.parent", regions, Region::key, """
				UNWIND $keys AS key
				MATCH (:Region {key: key})-[:PART_OF]->(r:Region)
				RETURN key, r""", r -> Region.from(r.get("r")));
	}

	@BatchMapping(typeName = "Indicator")
	Map<Indicator, GraphNode> subject(List<Indicator> indicators) {
		return reader.single("Indicator.subject", indicators, Indicator::key, """
				UNWIND $keys AS key
				MATCH (:Indicator {key: key})-[:ABOUT]->(s)
				RETURN key, s""", r -> nodes.map(r.get("s")));
	}

	@Bean
	static NodeType parkNodeType() {
		return new NodeType("Park", Park::from);
	}

	@Bean
	static NodeType clusterNodeType() {
		return new NodeType("Cluster", Cluster::from);
	}

	@Bean
	static NodeType regionNodeType() {
		return new NodeType("Region", Region::from);
	}

	@Bean
	static NodeType indicatorNodeType() {
		return new NodeType("Indicator", Indicator::from);
	}

}
