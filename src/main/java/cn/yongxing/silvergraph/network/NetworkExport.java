package cn.yongxing.silvergraph.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import cn.yongxing.silvergraph.graph.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes a partner network as GraphML or GEXF (for Gephi, Cytoscape, yEd) or as a CSV edge table
 * (Cytoscape's table import; partners without links get a row with no target). Nodes carry type,
 * Chinese and English names; edges carry kind, weight and the facts. Supply links are directed
 * (supplier to customer), every other kind undirected, and each file says so per edge: GraphML's
 * {@code edgedefault="undirected"} with {@code directed="true"} on supply edges, GEXF's
 * {@code defaultedgetype="mixed"} with a {@code type} on every edge.
 * <p>
 * The file states what part of the network it holds ({@link NetworkFile}): GraphML in graph-level
 * data ({@code truncated}, {@code offset}, {@code pageNodes}, {@code totalNodes}, {@code nextOffset}),
 * GEXF in its {@code meta} description. The CSV starts with a UTF-8 byte-order mark, so that
 * spreadsheets read the Chinese names as UTF-8.
 * <p>
 * Text is made safe for its reader: in XML every character XML 1.0 cannot hold becomes U+FFFD (a
 * record written before validation refused them cannot break the file); in the CSV, which people
 * open in spreadsheets, a cell starting with {@code = + - @}, tab or carriage return gets a leading
 * apostrophe so that it is shown as text and never run as a formula (OWASP's advice on CSV injection).
 */
final class NetworkExport {

	private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

	private static final String GEXF_NS = "http://gexf.net/1.3";

	/** Node attributes: name, GraphML type, GEXF type. */
	private static final String[][] NODE_ATTRIBUTES = { { "type", "string", "string" }, { "name", "string", "string" },
			{ "nameEn", "string", "string" }, { "local", "boolean", "boolean" },
			{ "institutionKind", "string", "string" }, { "distance", "int", "integer" },
			{ "inPage", "boolean", "boolean" } };

	private NetworkExport() {
	}

	static void graphml(NetworkFile file, Writer out) {
		PartnerNetwork network = file.network();
		xml(out, w -> {
			w.writeStartDocument("UTF-8", "1.0");
			w.writeStartElement("graphml");
			w.writeDefaultNamespace(GRAPHML_NS);
			for (String[] a : NODE_ATTRIBUTES) {
				key(w, a[0], "node", a[1]);
			}
			key(w, "kind", "edge", "string");
			key(w, "weight", "edge", "double");
			key(w, "evidence", "edge", "string");
			key(w, "truncated", "graph", "boolean");
			key(w, "offset", "graph", "int");
			key(w, "pageNodes", "graph", "int");
			key(w, "totalNodes", "graph", "int");
			key(w, "nextOffset", "graph", "int");
			key(w, "description", "graph", "string");
			w.writeStartElement("graph");
			w.writeAttribute("id", "partner-network");
			w.writeAttribute("edgedefault", "undirected");
			data(w, "truncated", Boolean.toString(file.truncated()));
			data(w, "offset", Integer.toString(file.offset()));
			data(w, "pageNodes", Integer.toString(file.pageNodes()));
			if (file.totalNodes() != null) {
				data(w, "totalNodes", Integer.toString(file.totalNodes()));
			}
			if (file.nextOffset() != null) {
				data(w, "nextOffset", Integer.toString(file.nextOffset()));
			}
			data(w, "description", file.description());
			for (NetworkNode node : network.nodes()) {
				w.writeStartElement("node");
				w.writeAttribute("id", xml(node.id()));
				for (Map.Entry<String, String> a : nodeAttributes(node, file).entrySet()) {
					data(w, a.getKey(), a.getValue());
				}
				w.writeEndElement();
			}
			for (PartnerLink link : network.edges()) {
				w.writeStartElement("edge");
				w.writeAttribute("id", xml(edgeId(link)));
				w.writeAttribute("source", xml(link.from()));
				w.writeAttribute("target", xml(link.to()));
				if (directed(link)) {
					w.writeAttribute("directed", "true");
				}
				data(w, "kind", link.kind().name());
				data(w, "weight", Double.toString(link.weight()));
				data(w, "evidence", evidence(link));
				w.writeEndElement();
			}
			w.writeEndElement();
			w.writeEndElement();
			w.writeEndDocument();
		});
	}

	static void gexf(NetworkFile file, Writer out) {
		PartnerNetwork network = file.network();
		xml(out, w -> {
			w.writeStartDocument("UTF-8", "1.0");
			w.writeStartElement("gexf");
			w.writeDefaultNamespace(GEXF_NS);
			w.writeAttribute("version", "1.3");
			w.writeStartElement("meta");
			w.writeStartElement("creator");
			w.writeCharacters("silver-graph");
			w.writeEndElement();
			w.writeStartElement("description");
			w.writeCharacters(xml(file.description()));
			w.writeEndElement();
			w.writeEndElement();
			w.writeStartElement("graph");
			w.writeAttribute("mode", "static");
			w.writeAttribute("defaultedgetype", "mixed");
			w.writeStartElement("attributes");
			w.writeAttribute("class", "node");
			for (String[] a : NODE_ATTRIBUTES) {
				w.writeEmptyElement("attribute");
				w.writeAttribute("id", a[0]);
				w.writeAttribute("title", a[0]);
				w.writeAttribute("type", a[2]);
			}
			w.writeEndElement();
			w.writeStartElement("attributes");
			w.writeAttribute("class", "edge");
			for (String a : new String[] { "kind", "evidence" }) {
				w.writeEmptyElement("attribute");
				w.writeAttribute("id", a);
				w.writeAttribute("title", a);
				w.writeAttribute("type", "string");
			}
			w.writeEndElement();
			w.writeStartElement("nodes");
			for (NetworkNode node : network.nodes()) {
				w.writeStartElement("node");
				w.writeAttribute("id", xml(node.id()));
				w.writeAttribute("label", xml(node.name()));
				w.writeStartElement("attvalues");
				for (Map.Entry<String, String> a : nodeAttributes(node, file).entrySet()) {
					w.writeEmptyElement("attvalue");
					w.writeAttribute("for", a.getKey());
					w.writeAttribute("value", a.getValue());
				}
				w.writeEndElement();
				w.writeEndElement();
			}
			w.writeEndElement();
			w.writeStartElement("edges");
			for (PartnerLink link : network.edges()) {
				w.writeStartElement("edge");
				w.writeAttribute("id", xml(edgeId(link)));
				w.writeAttribute("source", xml(link.from()));
				w.writeAttribute("target", xml(link.to()));
				w.writeAttribute("type", directed(link) ? "directed" : "undirected");
				w.writeAttribute("label", link.kind().name());
				w.writeAttribute("weight", Double.toString(link.weight()));
				w.writeStartElement("attvalues");
				w.writeEmptyElement("attvalue");
				w.writeAttribute("for", "kind");
				w.writeAttribute("value", link.kind().name());
				w.writeEmptyElement("attvalue");
				w.writeAttribute("for", "evidence");
				w.writeAttribute("value", evidence(link));
				w.writeEndElement();
				w.writeEndElement();
			}
			w.writeEndElement();
			w.writeEndElement();
			w.writeEndElement();
			w.writeEndDocument();
		});
	}

	/** The CSV edge table, after a UTF-8 byte-order mark. */
	static void csv(PartnerNetwork network, Writer out) {
		Map<String, NetworkNode> nodes = nodesById(network);
		try {
			out.write('\uFEFF');
			try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
				.setHeader("source", "target", "kind", "weight", "evidence", "sourceType", "sourceName", "sourceNameEn",
						"targetType", "targetName", "targetNameEn", "directed")
				.get())) {
				Set<String> linked = new HashSet<>();
				for (PartnerLink link : network.edges()) {
					NetworkNode from = nodes.get(link.from());
					NetworkNode to = nodes.get(link.to());
					linked.add(link.from());
					linked.add(link.to());
					csv.printRecord(cell(link.from()), cell(link.to()), link.kind(), link.weight(), cell(evidence(link)),
							from.type(), cell(from.name()), cell(from.nameEn()), to.type(), cell(to.name()),
							cell(to.nameEn()), directed(link));
				}
				for (NetworkNode n : network.nodes()) {
					if (!linked.contains(n.id())) {
						csv.printRecord(cell(n.id()), null, null, null, null, n.type(), cell(n.name()), cell(n.nameEn()),
								null, null, null, null);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Supply links run from supplier to customer; the other kinds have no direction. */
	static boolean directed(PartnerLink link) {
		return link.kind() == LinkKind.SUPPLY;
	}

	private interface XmlBody {

		void write(XMLStreamWriter w) throws XMLStreamException;

	}

	private static void xml(Writer out, XmlBody body) {
		try {
			XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			body.write(w);
			w.flush();
			w.close();
		}
		catch (XMLStreamException ex) {
			throw new UncheckedIOException(new IOException(ex));
		}
	}

	private static void key(XMLStreamWriter w, String name, String domain, String type) throws XMLStreamException {
		w.writeEmptyElement("key");
		w.writeAttribute("id", name);
		w.writeAttribute("for", domain);
		w.writeAttribute("attr.name", name);
		w.writeAttribute("attr.type", type);
	}

	private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
		w.writeStartElement("data");
		w.writeAttribute("key", key);
		w.writeCharacters(xml(value));
		w.writeEndElement();
	}

	private static Map<String, NetworkNode> nodesById(PartnerNetwork network) {
		return network.nodes().stream().collect(Collectors.toMap(NetworkNode::id, n -> n, (a, b) -> a));
	}

	private static Map<String, String> nodeAttributes(NetworkNode node, NetworkFile file) {
		Map<String, String> attributes = new LinkedHashMap<>();
		attributes.put("type", node.type());
		attributes.put("name", xml(node.name()));
		if (node.nameEn() != null) {
			attributes.put("nameEn", xml(node.nameEn()));
		}
		if (node.local() != null) {
			attributes.put("local", node.local().toString());
		}
		if (node.partner().kind() != null) {
			attributes.put("institutionKind", xml(node.partner().kind()));
		}
		attributes.put("distance", Integer.toString(node.distance()));
		if (file.totalNodes() != null) {
			// a page of the whole cluster also names the partners of earlier pages its links reach
			attributes.put("inPage", Boolean.toString(!file.earlier().contains(node.id())));
		}
		return attributes;
	}

	private static String evidence(PartnerLink link) {
		return xml(link.evidence().stream().map(Evidence::fact).collect(Collectors.joining(" | ")));
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
