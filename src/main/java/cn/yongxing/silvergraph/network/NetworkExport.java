package cn.yongxing.silvergraph.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes a partner network as GraphML or GEXF (with JGraphT's exporters, for Gephi, Cytoscape,
 * yEd) or as a CSV edge table (Cytoscape's table import; partners without links get a row with no
 * target). Nodes carry type, Chinese and English names; edges carry kind, weight and the facts.
 * Attribute names are unique across nodes and edges: the exporters key attributes by name.
 */
final class NetworkExport {

	private static final String[] NODE_ATTRIBUTES = { "type", "name", "nameEn", "local", "institutionKind", "distance" };

	private static final String[] EDGE_ATTRIBUTES = { "kind", "evidence" };

	private NetworkExport() {
	}

	static void graphml(PartnerNetwork network, Writer out) {
		GraphMLExporter<String, PartnerLink> exporter = new GraphMLExporter<>(id -> id);
		for (String a : NODE_ATTRIBUTES) {
			exporter.registerAttribute(a, GraphMLExporter.AttributeCategory.NODE,
					a.equals("distance") ? AttributeType.INT : a.equals("local") ? AttributeType.BOOLEAN : AttributeType.STRING);
		}
		for (String a : EDGE_ATTRIBUTES) {
			exporter.registerAttribute(a, GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
		}
		exporter.setExportEdgeWeights(true);
		exporter.setEdgeIdProvider(NetworkExport::edgeId);
		Map<String, NetworkNode> nodes = nodesById(network);
		exporter.setVertexAttributeProvider(id -> nodeAttributes(nodes.get(id)));
		exporter.setEdgeAttributeProvider(NetworkExport::edgeAttributes);
		exporter.exportGraph(graph(network), out);
	}

	static void gexf(PartnerNetwork network, Writer out) {
		GEXFExporter<String, PartnerLink> exporter = new GEXFExporter<>(id -> id, NetworkExport::edgeId);
		for (String a : NODE_ATTRIBUTES) {
			exporter.registerAttribute(a, GEXFExporter.AttributeCategory.NODE,
					a.equals("distance") ? GEXFAttributeType.INTEGER
							: a.equals("local") ? GEXFAttributeType.BOOLEAN : GEXFAttributeType.STRING);
		}
		for (String a : EDGE_ATTRIBUTES) {
			exporter.registerAttribute(a, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
		}
		exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
		exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
		exporter.setCreator("silver-graph");
		exporter.setDescription("Partner network" + (network.root() == null ? " of the cluster" : " around " + network.root()));
		Map<String, NetworkNode> nodes = nodesById(network);
		exporter.setVertexAttributeProvider(id -> {
			Map<String, Attribute> attributes = nodeAttributes(nodes.get(id));
			attributes.put("label", attributes.get("name"));
			return attributes;
		});
		exporter.setEdgeAttributeProvider(link -> {
			Map<String, Attribute> attributes = edgeAttributes(link);
			attributes.put("label", DefaultAttribute.createAttribute(link.kind().name()));
			return attributes;
		});
		exporter.exportGraph(graph(network), out);
	}

	static void csv(PartnerNetwork network, Writer out) {
		Map<String, NetworkNode> nodes = nodesById(network);
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
			.setHeader("source", "target", "kind", "weight", "evidence", "sourceType", "sourceName", "sourceNameEn",
					"targetType", "targetName", "targetNameEn")
			.get())) {
			java.util.Set<String> linked = new java.util.HashSet<>();
			for (PartnerLink link : network.edges()) {
				NetworkNode from = nodes.get(link.from());
				NetworkNode to = nodes.get(link.to());
				linked.add(link.from());
				linked.add(link.to());
				csv.printRecord(link.from(), link.to(), link.kind(), link.weight(), evidence(link), from.type(),
						from.name(), from.nameEn(), to.type(), to.name(), to.nameEn());
			}
			for (NetworkNode n : network.nodes()) {
				if (!linked.contains(n.id())) {
					csv.printRecord(n.id(), null, null, null, null, n.type(), n.name(), n.nameEn(), null, null, null);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Graph<String, PartnerLink> graph(PartnerNetwork network) {
		Graph<String, PartnerLink> graph = new DirectedWeightedPseudograph<>(PartnerLink.class);
		network.nodes().forEach(n -> graph.addVertex(n.id()));
		for (PartnerLink link : network.edges()) {
			graph.addEdge(link.from(), link.to(), link);
			graph.setEdgeWeight(link, link.weight());
		}
		return graph;
	}

	private static Map<String, NetworkNode> nodesById(PartnerNetwork network) {
		return network.nodes().stream().collect(Collectors.toMap(NetworkNode::id, n -> n, (a, b) -> a));
	}

	private static Map<String, Attribute> nodeAttributes(NetworkNode node) {
		Map<String, Attribute> attributes = new LinkedHashMap<>();
		attributes.put("type", DefaultAttribute.createAttribute(node.type()));
		attributes.put("name", DefaultAttribute.createAttribute(node.name()));
		if (node.nameEn() != null) {
			attributes.put("nameEn", DefaultAttribute.createAttribute(node.nameEn()));
		}
		if (node.local() != null) {
			attributes.put("local", DefaultAttribute.createAttribute(node.local()));
		}
		if (node.partner().kind() != null) {
			attributes.put("institutionKind", DefaultAttribute.createAttribute(node.partner().kind()));
		}
		attributes.put("distance", DefaultAttribute.createAttribute(node.distance()));
		return attributes;
	}

	private static Map<String, Attribute> edgeAttributes(PartnerLink link) {
		Map<String, Attribute> attributes = new LinkedHashMap<>();
		attributes.put("kind", DefaultAttribute.createAttribute(link.kind().name()));
		attributes.put("evidence", DefaultAttribute.createAttribute(evidence(link)));
		return attributes;
	}

	private static String evidence(PartnerLink link) {
		return link.evidence().stream().map(Evidence::fact).collect(Collectors.joining(" | "));
	}

	private static String edgeId(PartnerLink link) {
		return link.from() + "|" + link.kind() + "|" + link.to();
	}

}
