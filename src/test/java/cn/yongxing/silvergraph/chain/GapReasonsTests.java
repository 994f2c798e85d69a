package cn.yongxing.silvergraph.chain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.yongxing.silvergraph.catalog.Metal;
import cn.yongxing.silvergraph.catalog.Product;
import cn.yongxing.silvergraph.enterprise.Enterprise;
import cn.yongxing.silvergraph.graph.Source;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reasons state only what the graph holds: over generated links and the edges behind them (a fixed
 * seed, so a failure is reproducible), no reason speaks of anything leaving the scope unless supply
 * records to outside it are among its edges, and none calls a link absent.
 */
class GapReasonsTests {

	private static final int TRIES = 5_000;

	private static final List<String> OUTFLOW = List.of("流出", "未经就地加工", "供应给", "以外企业的记录", "leaves", "unprocessed",
			"supplied to firms outside", "to firms outside");

	private static final List<String> ABSENCE = List.of("没有企业生产", "No firm in", "not made");

	private final GapRules rules = new GapRules(ChainProperties.defaults());

	private final Metal metal = new Metal("Xg", "Xg", "Generated", "测试", "PRECIOUS");

	private final Product product = new Product("g-paste", "G paste", "G浆", null, "TEMPLATE");

	private final Product input = new Product("g-ingot", "G ingot", "G锭", null, "TEMPLATE");

	private final ChainStage stage = new ChainStage("xg-6", 6, "DEEP_PROCESSING", "深加工", "Deep processing");

	private final Source source = new Source("gen", "Generated", null, null, null, "SYNTHETIC", null, "a generated fact");

	@Test
	void neverSpeaksOfOutflowWithoutSupplyRecordsToOutsideNorCallsALinkAbsent() {
		Random random = new Random(20235);
		for (int i = 0; i < TRIES; i++) {
			LinkFacts f = GapRulesTests.randomFacts(random);
			var edges = edges(f, random);
			var inference = random.nextInt(3) == 0
					? new GapRules.Inference(input, f, rules.read(GapRulesTests.randomFacts(random))) : null;
			Double coverage = random.nextBoolean() ? null : random.nextDouble();
			var assessment = rules.assess(f, inference, coverage);
			Coverage c = coverage == null ? new Coverage(7, null, null) : new Coverage(7, 30, null);
			boolean supplyOut = !edges.get("leaks").isEmpty() || !edges.get("upstreamLeaks").isEmpty();
			for (var scored : assessment.gaps()) {
				var gap = new ChainGap("g", scored.kind(), scored.severity(), scored.factors(), metal, product, stage, f,
						assessment.basis(), assessment.inference(), c, GapReasons.Scope.CLUSTER);
				String[] reason = GapReasons.of(gap, edges, edges, rules);
				for (String text : reason) {
					assertThat(text).as("%s reason of %s", scored.kind(), f).isNotBlank();
					for (String word : ABSENCE) {
						assertThat(text).as("%s reason of %s", scored.kind(), f).doesNotContain(word);
					}
					if (!supplyOut) {
						for (String word : OUTFLOW) {
							assertThat(text).as("%s reason of %s without supply records", scored.kind(), f).doesNotContain(word);
						}
					}
				}
			}
		}
	}

	/** Edges consistent with the facts: supply records to outside exactly when the facts count supplies outside. */
	private Map<String, List<EvidenceEdge>> edges(LinkFacts f, Random r) {
		Map<String, List<EvidenceEdge>> edges = new HashMap<>();
		ChainLinks.EDGE_GROUPS.forEach(g -> edges.put(g, new ArrayList<>()));
		for (int i = 0; i < f.localProducers(); i++) {
			edges.get("local").add(new EvidenceEdge("PRODUCES", firm("local-" + i, true), product, "PRODUCTION", List.of(source)));
		}
		for (int i = 0; i < f.upstreamFirms(); i++) {
			edges.get("upstream").add(new EvidenceEdge("PRODUCES", firm("up-" + i, true), input, "PRODUCTION", List.of(source)));
		}
		if (f.upstreamFirms() > 0 && r.nextBoolean()) {
			edges.get("upstreamLeaks").add(new EvidenceEdge("SUPPLIES", firm("up-0", true), firm("buyer", false),
					"10 t of g-ingot, 2023", List.of(source)));
		}
		if (f.outsideSuppliedT() > 0) {
			edges.get("leaks").add(new EvidenceEdge("SUPPLIES", firm("local-0", true), firm("buyer", false),
					f.outsideSuppliedT() + " t of g-paste, 2023", List.of(source)));
		}
		for (int i = 0; i < f.imports(); i++) {
			edges.get("imports").add(new EvidenceEdge("SUPPLIES", firm("seller-" + i, false), firm("local-0", true),
					"5 t of g-paste, 2023", List.of(source)));
		}
		if (f.target()) {
			edges.get("targets").add(new EvidenceEdge("TARGETS", new cn.yongxing.silvergraph.cluster.Cluster("c", "集群", "Cluster", null, null),
					product, "DEEP_PROCESSING", List.of(source)));
		}
		if (f.clusterFigure()) {
			edges.get("figures").add(new EvidenceEdge("OUTPUT", metal, new cn.yongxing.silvergraph.cluster.Cluster("c", "集群", "Cluster", null, null),
					"100 t, 2022", List.of(source)));
		}
		return edges;
	}

	private static Enterprise firm(String key, boolean local) {
		return new Enterprise(key, null, "企业" + key, "Firm " + key, null, null, null, null, local, "PRIVATE", null);
	}

}
