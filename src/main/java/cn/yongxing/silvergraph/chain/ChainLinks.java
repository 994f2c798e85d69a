package cn.yongxing.silvergraph.chain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.graph.CypherFiles;
import cn.yongxing.silvergraph.catalog.Metal;
import cn.yongxing.silvergraph.catalog.Product;
import cn.yongxing.silvergraph.graph.GraphReader;
import cn.yongxing.silvergraph.graph.NodeMapper;
import cn.yongxing.silvergraph.graph.Props;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Reads the facts of chain links in a scope with one statement ({@code link-facts.cypher}) and
 * assesses each with {@link GapRules}: the shared ground of gaps, chain maps, summaries and roles.
 */
@Component
class ChainLinks {

	/** Groups of evidence edges the statement returns for each link. */
	static final List<String> EDGE_GROUPS = List.of("local", "upstream", "downstream", "leaks", "targets",
			"outputTargets", "processingTargets");

	private final GraphReader reader;

	private final NodeMapper nodes;

	private final GapRules rules;

	private final String cypher = CypherFiles.load("chain", "link-facts");

	ChainLinks(GraphReader reader, NodeMapper nodes, ChainProperties config) {
		this.reader = reader;
		this.nodes = nodes;
		this.rules = new GapRules(config);
	}

	/** A link of a chain in a scope: what the graph says and what the rules make of it. */
	record Link(Metal metal, ChainStage stage, Product product, LinkFacts facts, GapRules.Assessment assessment,
			Map<String, List<EvidenceEdge>> edges) {
	}

	/** Links of one metal's chain (or all chains), in the cluster or one park, optionally of some products only. */
	List<Link> links(String queryName, @Nullable String metal, @Nullable String park, @Nullable Collection<String> products) {
		Map<String, Object> params = Map.of("metal", metal == null ? "" : metal, "park", park == null ? "" : park,
				"allProducts", products == null, "products", products == null ? List.of() : List.copyOf(products));
		return reader.list(queryName, cypher, params, this::link);
	}

	private Link link(Record r) {
		Map<String, List<EvidenceEdge>> edges = new HashMap<>();
		for (String group : EDGE_GROUPS) {
			edges.put(group, r.get(group).asList(this::edge));
		}
		int production = 0;
		int pilot = 0;
		double capacity = 0;
		boolean capacityKnown = true;
		Double output = null;
		for (Value v : r.get("local").values()) {
			Value rel = v.get("r");
			boolean inProduction = "PRODUCTION".equals(Props.str(rel, "status"));
			Double cap = Props.dbl(rel, "capacityT");
			Double out = Props.dbl(rel, "outputT");
			if (inProduction) {
				production++;
				Double c = cap != null ? cap : out;
				capacityKnown &= c != null;
				capacity += c == null ? 0 : c;
			}
			else {
				pilot++;
			}
			if (out != null) {
				output = (output == null ? 0 : output) + out;
			}
		}
		var facts = new LinkFacts(r.get("s").get("order").asInt(), r.get("lastOrder").asInt(0), production, pilot,
				production > 0 && capacityKnown ? capacity : null, output, r.get("outsideProducers").asInt(),
				r.get("upstreamFirms").asInt(), r.get("downstreamT").asDouble(0), r.get("suppliedT").asDouble(0),
				r.get("outsideT").asDouble(0), r.get("localIp").asInt(), !r.get("targets").isEmpty(),
				!r.get("outputTargets").isEmpty(), !r.get("processingTargets").isEmpty());
		return new Link(Metal.from(r.get("m")), ChainStage.from(r.get("s")), Product.from(r.get("p")), facts,
				rules.assess(facts), Map.copyOf(edges));
	}

	private EvidenceEdge edge(Value v) {
		Value rel = v.get("r");
		String type = rel.asRelationship().type();
		List<Source> sources = v.get("src").isNull() ? List.of() : List.of(Source.from(v.get("src"), Props.str(rel, "excerpt")));
		return new EvidenceEdge(type, nodes.map(v.get("from")), nodes.map(v.get("to")), detail(type, rel), sources);
	}

	private static @Nullable String detail(String type, Value rel) {
		List<String> parts = new ArrayList<>();
		switch (type) {
			case "PRODUCES" -> {
				parts.add(Props.str(rel, "status"));
				Double cap = Props.dbl(rel, "capacityT");
				Double out = Props.dbl(rel, "outputT");
				if (cap != null) {
					parts.add("capacity " + CandidateRules.tonnes(cap) + " t/a");
				}
				if (out != null) {
					parts.add("output " + CandidateRules.tonnes(out) + " t");
				}
			}
			case "SUPPLIES" -> {
				Double volume = Props.dbl(rel, "volumeT");
				parts.add((volume == null ? "? t" : CandidateRules.tonnes(volume) + " t") + " of " + Props.str(rel, "product"));
			}
			case "TARGETS" -> parts.add(Props.str(rel, "kind"));
			default -> {
			}
		}
		Integer year = Props.integer(rel, "year");
		if (year != null) {
			parts.add(String.valueOf(year));
		}
		parts.removeIf(java.util.Objects::isNull);
		return parts.isEmpty() ? null : String.join(", ", parts);
	}

}
