package cn.yongxing.silvergraph.chain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.yongxing.silvergraph.graph.CypherFiles;
import cn.yongxing.silvergraph.catalog.Metal;
import cn.yongxing.silvergraph.catalog.Product;
import cn.yongxing.silvergraph.cluster.Indicator;
import cn.yongxing.silvergraph.graph.AnalyticsCache;
import cn.yongxing.silvergraph.graph.GraphReader;
import cn.yongxing.silvergraph.graph.NodeMapper;
import cn.yongxing.silvergraph.graph.Props;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Reads the facts of chain links in a scope ({@code link-facts.cypher}: counts and sums, one row per
 * link) and assesses each with {@link GapRules}: the shared ground of gaps, chain maps, summaries and
 * roles. The links of a scope are computed once per graph version ({@link AnalyticsCache}). The firms
 * and figures behind the facts, which gap reasons and evidence quote, are read only when asked for
 * ({@link #evidence}, {@code link-evidence.cypher}).
 */
@Component
class ChainLinks {

	/** Groups of evidence edges {@link #evidence} returns for each link. */
	static final List<String> EDGE_GROUPS = List.of("local", "upstream", "downstream", "leaks", "upstreamLeaks",
			"imports", "figures", "targets", "outputTargets", "processingTargets");

	private final GraphReader reader;

	private final NodeMapper nodes;

	private final GapRules rules;

	private final AnalyticsCache cache;

	private final String factsCypher = CypherFiles.load("chain", "link-facts");

	private final String evidenceCypher = CypherFiles.load("chain", "link-evidence");

	private final String routesCypher = CypherFiles.load("chain", "chain-routes");

	private final String coverageCypher = CypherFiles.load("chain", "coverage");

	ChainLinks(GraphReader reader, NodeMapper nodes, ChainProperties config, AnalyticsCache cache) {
		this.reader = reader;
		this.nodes = nodes;
		this.rules = new GapRules(config);
		this.cache = cache;
	}

	/** A link of a chain in a scope: what the graph says, what the rules make of it, and the scope's coverage. */
	record Link(Metal metal, ChainStage stage, Product product, LinkFacts facts, GapRules.Assessment assessment,
			Coverage coverage) {
	}

	/**
	 * Links of one metal's chain (or all chains), in the cluster or one park ({@code park} key, null for
	 * the cluster), optionally of some products only; in chain, stage and product order.
	 */
	List<Link> links(@Nullable String metal, @Nullable String park, @Nullable Collection<String> products) {
		List<Link> inScope = inScope(metal, park == null ? "" : park);
		if (products == null) {
			return inScope;
		}
		Set<String> wanted = Set.copyOf(products);
		return inScope.stream().filter(l -> wanted.contains(l.product().key())).toList();
	}

	private List<Link> inScope(@Nullable String metal, String park) {
		if (metal != null) {
			// every chain's links are already there (chain maps and roles ask for them): no need to read one chain
			List<Link> all = cache.peek(cacheKey(null, park));
			if (all != null) {
				return all.stream().filter(l -> l.metal().key().equals(metal)).toList();
			}
		}
		// the links of a whole scope, computed rarely: the analytics time budget
		return cache.get(cacheKey(metal, park), () -> assess(reader.analytics().list("chain.linkFacts", factsCypher,
				Map.of("metal", metal == null ? "" : metal, "park", park, "allProducts", true, "products", List.of()),
				this::row), routes(), coverage(park.isEmpty() ? null : park)));
	}

	/** A link's facts before they are assessed. */
	private record Row(Metal metal, ChainStage stage, Product product, LinkFacts facts) {
	}

	/** A chain's product DAG: FEEDS edges between its products, and the products waste streams feed. */
	private record Routes(List<List<String>> edges, Set<String> recycled) {
	}

	/**
	 * Assesses the links of each chain: first on their own evidence, then along the chain's routes
	 * ({@link RouteInference}) from the products it makes in volume, strongest first.
	 */
	private List<Link> assess(List<Row> rows, Map<String, Routes> routes, Coverage coverage) {
		Map<String, List<Row>> byMetal = new java.util.LinkedHashMap<>();
		rows.forEach(r -> byMetal.computeIfAbsent(r.metal().key(), k -> new ArrayList<>()).add(r));
		List<Link> result = new ArrayList<>(rows.size());
		byMetal.forEach((metal, chain) -> {
			Map<String, LinkFacts> facts = new HashMap<>();
			Map<String, Product> products = new HashMap<>();
			Map<String, GapRules.Reading> readings = new HashMap<>();
			chain.forEach(r -> {
				facts.put(r.product().key(), r.facts());
				products.put(r.product().key(), r.product());
				readings.put(r.product().key(), rules.read(r.facts()));
			});
			List<String> volume = chain.stream()
				.map(r -> r.product().key())
				.filter(p -> GapRules.volume(facts.get(p), readings.get(p)))
				.sorted(java.util.Comparator.comparing((String p) -> readings.get(p).status()))
				.toList();
			Routes dag = routes.getOrDefault(metal, new Routes(List.of(), Set.of()));
			Map<String, String> inferred = volume.isEmpty() ? Map.of()
					: RouteInference.infer(facts.keySet(), dag.edges(), dag.recycled(), volume,
							p -> readings.get(p).status() == LinkStatus.STRONG, p -> facts.get(p).imports() > 0);
			for (Row r : chain) {
				String from = inferred.get(r.product().key());
				var inference = from == null ? null
						: new GapRules.Inference(products.get(from), facts.get(from), readings.get(from));
				result.add(new Link(r.metal(), r.stage(), r.product(), r.facts(),
						rules.assess(r.facts(), inference, coverage.ratio()), coverage));
			}
		});
		return List.copyOf(result);
	}

	/** The product DAG of every chain, by metal key, once per graph version. */
	private Map<String, Routes> routes() {
		return cache.get("chain.routes", () -> {
			Map<String, Routes> byMetal = new HashMap<>();
			reader.analytics().list("chain.routes", routesCypher, Map.of("metal", ""), r -> r)
				.forEach(r -> byMetal.put(r.get("metal").asString(), new Routes(
						r.get("edges").asList(v -> v.asList(Value::asString)),
						Set.copyOf(r.get("recycled").asList(Value::asString)))));
			return Map.copyOf(byMetal);
		});
	}

	/** The coverage of the cluster ({@code park} null) or one park, once per graph version. */
	Coverage coverage(@Nullable String park) {
		String scope = park == null ? "" : park;
		return cache.get("chain.coverage|" + scope, () -> reader.one("chain.coverage", coverageCypher,
				Map.of("park", scope), r -> {
					Value reported = r.get("reported");
					Indicator indicator = reported.isNull() ? null : Indicator.from(reported);
					return new Coverage(r.get("named").asInt(),
							indicator == null ? null : (int) Math.round(indicator.value()), indicator);
				}).orElseThrow());
	}

	private static String cacheKey(@Nullable String metal, String park) {
		return "chain.links|" + (metal == null ? "*" : metal) + "|" + park;
	}

	/**
	 * The evidence edges of links (metal and product keys) in a scope, by group ({@link #EDGE_GROUPS}),
	 * in one statement, once per graph version ({@link AnalyticsCache}); keyed by {@link #evidenceKey}.
	 */
	Map<String, Map<String, List<EvidenceEdge>>> evidence(Collection<Map.Entry<String, String>> metalAndProduct,
			@Nullable String park) {
		List<Map<String, String>> pairs = metalAndProduct.stream()
			.map(l -> Map.of("metal", l.getKey(), "product", l.getValue()))
			.distinct()
			.toList();
		if (pairs.isEmpty()) {
			return Map.of();
		}
		String scope = park == null ? "" : park;
		String key = pairs.stream().map(p -> evidenceKey(p.get("metal"), p.get("product"))).sorted()
			.collect(java.util.stream.Collectors.joining(","));
		// the same gaps' evidence is asked for again and again (every full gap card): once per graph version
		return cache.get("chain.evidence|" + scope + "|" + key, () -> readEvidence(pairs, scope));
	}

	private Map<String, Map<String, List<EvidenceEdge>>> readEvidence(List<Map<String, String>> pairs, String park) {
		Map<String, Map<String, List<EvidenceEdge>>> result = new HashMap<>();
		reader.list("chain.linkEvidence", evidenceCypher, Map.of("links", pairs, "park", park), r -> r)
			.forEach(r -> {
				Map<String, List<EvidenceEdge>> edges = new HashMap<>();
				for (String group : EDGE_GROUPS) {
					edges.put(group, r.get(group).asList(this::edge));
				}
				result.put(evidenceKey(r.get("metal").asString(), r.get("product").asString()), Map.copyOf(edges));
			});
		return Map.copyOf(result);
	}

	static String evidenceKey(String metal, String product) {
		return metal + "|" + product;
	}

	private Row row(Record r) {
		var facts = new LinkFacts(r.get("s").get("order").asInt(), r.get("lastOrder").asInt(0),
				r.get("productionProducers").asInt(), r.get("pilotProducers").asInt(),
				r.get("localCapacityT").isNull() ? null : r.get("localCapacityT").asDouble(),
				r.get("localOutputT").isNull() ? null : r.get("localOutputT").asDouble(), r.get("outsideProducers").asInt(),
				r.get("upstreamFirms").asInt(), r.get("downstreamT").asDouble(0), r.get("suppliedT").asDouble(0),
				r.get("outsideT").asDouble(0), r.get("imports").asInt(0), r.get("importedT").asDouble(0),
				dbl(r.get("clusterShare")), r.get("clusterShareScope").asString(null), dbl(r.get("clusterOutputT")),
				dbl(r.get("firmShare")), r.get("localIp").asInt(), r.get("metalIp").asInt(0), r.get("target").asBoolean(),
				r.get("outputTarget").asBoolean(), r.get("processingTarget").asBoolean());
		return new Row(Metal.from(r.get("m")), ChainStage.from(r.get("s")), Product.from(r.get("p")), facts);
	}

	private static @Nullable Double dbl(Value v) {
		return v.isNull() ? null : v.asDouble();
	}

	private EvidenceEdge edge(Value v) {
		Value rel = v.get("r");
		String type = rel.asRelationship().type();
		List<Source> sources = v.get("src").isNull() ? List.of() : List.of(Source.from(v.get("src"), Props.str(rel, "excerpt")));
		return new EvidenceEdge(type, nodes.map(v.get("from")), nodes.map(v.get("to")), detail(type, rel, Lang.EN), sources,
				detail(type, rel, Lang.ZH));
	}

	/** The figures on an evidence edge in words of one language (statuses and kinds as words, never raw values). */
	private static @Nullable String detail(String type, Value rel, Lang lang) {
		boolean en = lang == Lang.EN;
		List<String> parts = new ArrayList<>();
		switch (type) {
			case "PRODUCES" -> {
				String status = Props.str(rel, "status");
				if (status != null) {
					parts.add(switch (status) {
						case "PRODUCTION" -> en ? "in production" : "在产";
						case "PILOT" -> en ? "pilot" : "中试";
						case "PLANNED" -> en ? "planned" : "规划中";
						case "STOPPED" -> en ? "stopped" : "已停产";
						default -> en ? status.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') : "状态未知";
					});
				}
				Double cap = Props.dbl(rel, "capacityT");
				Double out = Props.dbl(rel, "outputT");
				if (cap != null) {
					parts.add(en ? "capacity " + CandidateRules.tonnes(cap) + " t/a" : "产能 " + CandidateRules.tonnes(cap) + " 吨/年");
				}
				if (out != null) {
					parts.add(en ? "output " + CandidateRules.tonnes(out) + " t" : "产量 " + CandidateRules.tonnes(out) + " 吨");
				}
			}
			case "SUPPLIES" -> {
				Double volume = Props.dbl(rel, "volumeT");
				String tonnes = volume == null ? "?" : CandidateRules.tonnes(volume);
				parts.add(en ? tonnes + " t of " + Props.str(rel, "product") : "供应 " + tonnes + " 吨");
			}
			case "TARGETS" -> {
				String kind = Props.str(rel, "kind");
				if (kind != null) {
					parts.add(switch (kind) {
						case "DEEP_PROCESSING" -> en ? "deep processing" : "深加工";
						case "LOCAL_PROCESSING" -> en ? "local processing" : "就地加工";
						case "CORRIDOR" -> en ? "industrial corridor" : "产业走廊";
						default -> en ? kind.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') : "发展目标";
					});
				}
			}
			default -> {
			}
		}
		Integer year = Props.integer(rel, "year");
		if (year != null) {
			parts.add(en ? String.valueOf(year) : year + "年");
		}
		parts.removeIf(java.util.Objects::isNull);
		return parts.isEmpty() ? null : String.join(en ? ", " : "，", parts);
	}

}
