package cn.yongxing.silvergraph.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import cn.yongxing.silvergraph.graph.SpreadsheetText;
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
import org.jspecify.annotations.Nullable;

/**
 * Writes a partner network as GraphML or GEXF (with JGraphT's exporters, for Gephi, Cytoscape,
 * yEd) or as a CSV edge table (Cytoscape's table import; partners without links get a row with no
 * target). Nodes carry type, Chinese and English names; edges carry kind, weight and the facts.
 * Attribute names are unique across nodes and edges: the exporters key attributes by name.
 * Text is made safe for its reader: in XML every character XML 1.0 cannot hold becomes U+FFFD (a
 * record written before validation refused them cannot break the file); in the CSV, which people
 * open in spreadsheets, a cell starting with {@code = + - @}, tab or carriage return gets a leading
 * apostrophe so that it is shown as text and never run as a formula (OWASP's advice on CSV injection).
 */
final class NetworkExport {

	private static final String[] NODE_ATTRIBUTES = { "type", "name", "nameEn", "local", "institutionKind", "distance" };

	private static final String[] EDGE_ATTRIBUTES = { "kind", "evidence" };

	private NetworkExport() {
	}

	static void graphml(PartnerNetwork network, Writer out) {
		GraphMLExporter<String, PartnerLink> exporter = new GraphMLExporter<>(NetworkExport::xml);
		for (String a : NODE_ATTRIBUTES) {
			exporter.registerAttribute(a, GraphMLExporter.AttributeCategory.NODE,
					a.equals("distance") ? AttributeType.INT : a.equals("local") ? AttributeType.BOOLEAN : AttributeType.STRING);
		}
		for (String a : EDGE_ATTRIBUTES) {
			exporter.registerAttribute(a, GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
		}
		exporter.setExportEdgeWeights(true);
		exporter.setEdgeIdProvider(link -> xml(edgeId(link)));
		Map<String, NetworkNode> nodes = nodesById(network);
		exporter.setVertexAttributeProvider(id -> nodeAttributes(nodes.get(id)));
		exporter.setEdgeAttributeProvider(NetworkExport::edgeAttributes);
		exporter.exportGraph(graph(network), out);
	}

	static void gexf(PartnerNetwork network, Writer out) {
		GEXFExporter<String, PartnerLink> exporter = new GEXFExporter<>(NetworkExport::xml, link -> xml(edgeId(link)));
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
		exporter.setDescription(xml("Partner network" + (network.root() == null ? " of the cluster" : " around " + network.root())));
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
				csv.printRecord(cell(link.from()), cell(link.to()), link.kind(), link.weight(), cell(evidence(link)),
						from.type(), cell(from.name()), cell(from.nameEn()), to.type(), cell(to.name()), cell(to.nameEn()));
			}
			for (NetworkNode n : network.nodes()) {
				if (!linked.contains(n.id())) {
					csv.printRecord(cell(n.id()), null, null, null, null, n.type(), cell(n.name()), cell(n.nameEn()), null,
							null, null);
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
		attributes.put("name", DefaultAttribute.createAttribute(xml(node.name())));
		if (node.nameEn() != null) {
			attributes.put("nameEn", DefaultAttribute.createAttribute(xml(node.nameEn())));
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
		attributes.put("evidence", DefaultAttribute.createAttribute(xml(evidence(link))));
		return attributes;
	}

	private static String evidence(PartnerLink link) {
		return link.evidence().stream().map(Evidence::fact).collect(Collectors.joining(" | "));
	}

	/** The text with every character XML 1.0 cannot hold replaced by U+FFFD. */
	static String xml(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean valid;
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				if (out != null) {
					out.append(c).append(text.charAt(i + 1));
				}
				i++;
				continue;
			}
			valid = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
			if (!valid && out == null) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (out != null) {
				out.append(valid ? c : '\uFFFD');
			}
		}
		return out == null ? text : out.toString();
	}

	private static @Nullable String cell(@Nullable String text) {
		return SpreadsheetText.cell(text);
	}

	private static String edgeId(PartnerLink link) {
		return link.from() + "|" + link.kind() + "|" + link.to();
	}

}
