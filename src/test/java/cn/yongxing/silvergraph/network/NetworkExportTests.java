package cn.yongxing.silvergraph.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class NetworkExportTests {

	private final PartnerNetwork network = new PartnerNetwork("Enterprise:a", 1,
			List.of(new NetworkNode(new Partner("Enterprise:a", "Enterprise", "甲公司", "Firm A", true, null), 0, 1, null),
					new NetworkNode(new Partner("Institution:u", "Institution", "乙大学", "University U", null,
							"UNIVERSITY"), 1, 1, null),
					new NetworkNode(new Partner("Enterprise:z", "Enterprise", "丙公司", null, false, null), 1, 0, null)),
			List.of(new PartnerLink("Enterprise:a", "Institution:u", LinkKind.COLLABORATION, 2.0,
					List.of(new Evidence(LinkKind.COLLABORATION, "research collaboration (PILOT) since 2023", null,
							List.of()), new Evidence(LinkKind.COLLABORATION, "joint <lab> & \"more\"", null, List.of())))),
			false);

	@Test
	void writesGraphMlWithNodeTypesBothNamesAndEdgeKindAndWeight() throws Exception {
		StringWriter out = new StringWriter();
		NetworkExport.graphml(NetworkFile.around(network), out);
		Document xml = parse(out.toString());
		assertThat(xml.getElementsByTagNameNS("*", "node").getLength()).isEqualTo(3);
		assertThat(xml.getElementsByTagNameNS("*", "edge").getLength()).isEqualTo(1);
		Element edge = (Element) xml.getElementsByTagNameNS("*", "edge").item(0);
		assertThat(edge.getAttribute("source")).isEqualTo("Enterprise:a");
		assertThat(edge.getTextContent()).contains("COLLABORATION", "2.0", "joint <lab> & \"more\"");
		assertThat(out.toString()).contains("甲公司", "Firm A", "University U", "UNIVERSITY");
	}

	@Test
	void writesGexfThatParsesWithLabelsAndWeights() throws Exception {
		StringWriter out = new StringWriter();
		NetworkExport.gexf(NetworkFile.around(network), out);
		Document xml = parse(out.toString());
		assertThat(xml.getElementsByTagNameNS("*", "node").getLength()).isEqualTo(3);
		Element edge = (Element) xml.getElementsByTagNameNS("*", "edge").item(0);
		assertThat(edge.getAttribute("weight")).isEqualTo("2.0");
		assertThat(out.toString()).contains("乙大学", "Firm A");
	}

	private static PartnerNetwork named(String... names) {
		List<NetworkNode> nodes = new java.util.ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			nodes.add(new NetworkNode(new Partner("Enterprise:n" + i, "Enterprise", names[i], names[i], true, null), 0, 0, null));
		}
		return new PartnerNetwork("Enterprise:n0", 1, nodes, List.of(), false);
	}

	@Test
	void replacesWhatXmlCannotHoldSoBothXmlExportsParse() throws Exception {
		var network = named("bad\u0001name", "non\uFFFFcharacter", "lone\uD800surrogate", "fine 𠀀");
		for (boolean gexf : List.of(false, true)) {
			StringWriter out = new StringWriter();
			if (gexf) {
				NetworkExport.gexf(NetworkFile.around(network), out);
			}
			else {
				NetworkExport.graphml(NetworkFile.around(network), out);
			}
			Document xml = parse(out.toString());
			assertThat(xml.getElementsByTagNameNS("*", "node").getLength()).isEqualTo(4);
			assertThat(out.toString()).contains("bad\uFFFDname", "non\uFFFDcharacter", "lone\uFFFDsurrogate");
		}
	}

	@Test
	void neutralisesFormulasInTheSpreadsheetCsv() {
		StringWriter out = new StringWriter();
		NetworkExport.csv(named("=cmd|' /C calc'!A0", "@SUM(A1)", "+1", "-2+3", "\t=1+1", "\r=1", "=HYPERLINK(\"x\")",
				"plain"), out);
		var lines = out.toString().lines().skip(1).toList();
		assertThat(lines).noneMatch(l -> l.matches(".*,\"?[=+\\-@\t\r].*"))
			.anySatisfy(l -> assertThat(l).contains("'=cmd|' /C calc'!A0"))
			.anySatisfy(l -> assertThat(l).contains("'@SUM(A1)"))
			.anySatisfy(l -> assertThat(l).contains("'\t=1+1"))
			.anySatisfy(l -> assertThat(l).contains(",plain,plain"));
	}

	@Test
	void writesACsvEdgeTableWithARowForEachPartnerWithoutLinks() {
		StringWriter out = new StringWriter();
		NetworkExport.csv(network, out);
		assertThat(out.toString().lines().toList()).hasSize(3)
			.element(2)
			.asString()
			.startsWith("Enterprise:z,,,,,Enterprise,丙公司");
	}

	private final PartnerNetwork mixed = new PartnerNetwork(null, 0,
			List.of(new NetworkNode(new Partner("Enterprise:a", "Enterprise", "甲公司", "Firm A", true, null), 0, 2, null),
					new NetworkNode(new Partner("Enterprise:b", "Enterprise", "乙公司", "Firm B", false, null), 0, 1, null),
					new NetworkNode(new Partner("Institution:u", "Institution", "乙大学", null, null, "UNIVERSITY"), 0, 1,
							null)),
			List.of(new PartnerLink("Enterprise:a", "Enterprise:b", LinkKind.SUPPLY, 1.0,
					List.of(new Evidence(LinkKind.SUPPLY, "supplies ag-powder", null, List.of()))),
					new PartnerLink("Enterprise:a", "Institution:u", LinkKind.COLLABORATION, 1.0,
							List.of(new Evidence(LinkKind.COLLABORATION, "research collaboration", null, List.of())))),
			true);

	private final NetworkFile firstPage = new NetworkFile(mixed, 0, 3, 10, 3, true, java.util.Set.of());

	@Test
	void declaresPartnershipsUndirectedAndSupplyDirectedInGraphMl() throws Exception {
		StringWriter out = new StringWriter();
		NetworkExport.graphml(firstPage, out);
		Document xml = parse(out.toString());
		Element graph = (Element) xml.getElementsByTagNameNS("*", "graph").item(0);
		assertThat(graph.getAttribute("edgedefault")).isEqualTo("undirected");
		var edges = xml.getElementsByTagNameNS("*", "edge");
		assertThat(edges.getLength()).isEqualTo(2);
		for (int i = 0; i < edges.getLength(); i++) {
			Element edge = (Element) edges.item(i);
			assertThat(edge.getAttribute("directed")).as(edge.getTextContent())
				.isEqualTo(edge.getTextContent().contains("SUPPLY") ? "true" : "");
		}
	}

	@Test
	void declaresEdgeTypesInAMixedGexf() throws Exception {
		StringWriter out = new StringWriter();
		NetworkExport.gexf(firstPage, out);
		Document xml = parse(out.toString());
		Element graph = (Element) xml.getElementsByTagNameNS("*", "graph").item(0);
		assertThat(graph.getAttribute("defaultedgetype")).isEqualTo("mixed");
		var edges = xml.getElementsByTagNameNS("*", "edge");
		for (int i = 0; i < edges.getLength(); i++) {
			Element edge = (Element) edges.item(i);
			assertThat(edge.getAttribute("type")).isEqualTo(edge.getAttribute("label").equals("SUPPLY") ? "directed" : "undirected");
		}
	}

	@Test
	void saysInTheFileItselfThatAPageIsTruncatedAndWhereTheNextStarts() throws Exception {
		StringWriter graphml = new StringWriter();
		NetworkExport.graphml(firstPage, graphml);
		Document xml = parse(graphml.toString());
		Element graph = (Element) xml.getElementsByTagNameNS("*", "graph").item(0);
		java.util.Map<String, String> data = new java.util.HashMap<>();
		var children = graph.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element e && e.getLocalName().equals("data")) {
				data.put(e.getAttribute("key"), e.getTextContent());
			}
		}
		assertThat(data).containsEntry("truncated", "true").containsEntry("offset", "0").containsEntry("totalNodes", "10")
			.containsEntry("nextOffset", "3").containsEntry("pageNodes", "3");
		StringWriter gexf = new StringWriter();
		NetworkExport.gexf(firstPage, gexf);
		assertThat(parse(gexf.toString()).getElementsByTagNameNS("*", "description").item(0).getTextContent())
			.contains("truncated=true", "offset=0", "totalNodes=10", "nextOffset=3");
	}

	@Test
	void startsTheCsvWithAUtf8ByteOrderMarkAndSaysWhichLinksAreDirected() {
		StringWriter out = new StringWriter();
		NetworkExport.csv(mixed, out);
		String text = out.toString();
		assertThat(text).startsWith("\uFEFFsource,target,kind");
		assertThat(text.lines().toList()).anySatisfy(l -> assertThat(l).startsWith("Enterprise:a,Enterprise:b,SUPPLY").endsWith(",true"))
			.anySatisfy(l -> assertThat(l).startsWith("Enterprise:a,Institution:u,COLLABORATION").endsWith(",false"));
	}

	private static Document parse(String text) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

}
