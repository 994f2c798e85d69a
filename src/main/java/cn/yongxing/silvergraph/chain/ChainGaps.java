package cn.yongxing.silvergraph.chain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import cn.yongxing.silvergraph.catalog.Product;
import cn.yongxing.silvergraph.enterprise.Enterprise;
import cn.yongxing.silvergraph.graph.AnalyticsCache;
import cn.yongxing.silvergraph.graph.CypherFiles;
import cn.yongxing.silvergraph.graph.BadInputException;
import cn.yongxing.silvergraph.graph.GlobalId;
import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.GraphReader;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * The chain-gap analysis (补链 / 延链 / 强链): gaps of a chain in a scope with their severity, reasons
 * and evidence, and ranked candidates to fill them. The arguments and the link facts of a scope are
 * read once per graph version; the reasons and evidence of all gaps of a request take one statement
 * and their candidates another, each only when asked for.
 */
@Service
class ChainGaps {

	private final GraphReader reader;

	private final ChainLinks links;

	private final AnalyticsCache cache;

	private final ChainProperties config;

	private final GapRules rules;

	private final CandidateRules candidateRules;

	private final String scopeCypher = CypherFiles.load("chain", "scope");

	private final String candidatesCypher = CypherFiles.load("chain", "candidates");

	ChainGaps(GraphReader reader, ChainLinks links, ChainProperties config, AnalyticsCache cache) {
		if (config.maxHops() < 1 || config.maxHops() > 6) {
			throw new IllegalArgumentException("silvergraph.chain.max-hops must be between 1 and 6");
		}
		this.reader = reader;
		this.links = links;
		this.cache = cache;
		this.config = config;
		this.rules = new GapRules(config);
		this.candidateRules = new CandidateRules(config);
	}

	List<ChainGap> gaps(@Nullable String metal, @Nullable String parkId, @Nullable Collection<GapKind> kinds,
			@Nullable Double minSeverity) {
		if (minSeverity != null && (minSeverity < 0 || minSeverity > 1 || minSeverity.isNaN())) {
			throw new BadInputException("minSeverity must be between 0 and 1 (got " + minSeverity + ")");
		}
		GapReasons.Scope scope = scope(metal, parkId);
		Set<GapKind> wanted = kinds == null || kinds.isEmpty() ? Set.of(GapKind.values()) : Set.copyOf(kinds);
		double min = minSeverity == null ? 0 : minSeverity;
		List<ChainGap> gaps = new ArrayList<>();
		for (var link : links.links(metal, scope.park(), null)) {
			for (var scored : link.assessment().gaps()) {
				if (wanted.contains(scored.kind()) && scored.severity() >= min) {
					gaps.add(gap(link, scored, scope));
				}
			}
		}
		gaps.sort(Comparator.comparingDouble(ChainGap::severity).reversed()
			.thenComparing(g -> g.metal().key())
			.thenComparingInt(g -> g.stage().order())
			.thenComparing(g -> g.product().key())
			.thenComparing(ChainGap::kind));
		return List.copyOf(gaps);
	}

	/** The ranked candidates of each gap (at most the configured number), one statement per scope among them. */
	Map<ChainGap, List<GapCandidate>> candidatesOf(Collection<ChainGap> list) {
		Map<String, List<ChainGap>> byScope = new LinkedHashMap<>();
		list.forEach(g -> byScope.computeIfAbsent(g.park() == null ? "" : g.park(), k -> new ArrayList<>()).add(g));
		Map<ChainGap, List<GapCandidate>> result = new HashMap<>();
		byScope.forEach((scope, scoped) -> {
			Map<String, String[]> names = new HashMap<>();
			scoped.forEach(g -> names.put(g.product().key(), new String[] {
					g.product().nameZh() == null ? g.product().name() : g.product().nameZh(), g.product().name() }));
			var byProduct = candidates(names.keySet(), scope.isEmpty() ? null : scope, names);
			scoped.forEach(g -> result.put(g, byProduct.getOrDefault(g.product().key(), List.of()).stream()
				.limit(config.maxCandidates())
				.toList()));
		});
		return result;
	}

	/**
	 * Ranked candidates per product key, for gaps in the cluster ({@code park} null) or one park. The
	 * facts they are scored from are read in one statement, once per graph version for the same products.
	 */
	Map<String, List<GapCandidate>> candidates(Collection<String> products, @Nullable String park,
			Map<String, String[]> productNames) {
		List<String> keys = products.stream().distinct().sorted().toList();
		Map<String, Object> params = Map.of("products", keys, "park", park == null ? "" : park,
				"maxHops", config.maxHops(), "preselect", config.preselectFactor() * config.maxCandidates());
		List<Found> found = cache.get("chain.candidates|" + params.get("park") + "|" + String.join(",", keys),
				() -> reader.list("chainGaps.candidates", candidatesCypher, params,
						r -> new Found(r.get("key").asString(), Enterprise.from(r.get("e")), facts(r))));
		Map<String, List<GapCandidate>> byProduct = new LinkedHashMap<>();
		for (Found f : found) {
			String[] names = productNames.getOrDefault(f.product(), new String[] { f.product(), f.product() });
			var scored = candidateRules.score(f.facts(), names[0], names[1]);
			byProduct.computeIfAbsent(f.product(), k -> new ArrayList<>())
				.add(new GapCandidate(f.enterprise(), CandidateAction.of(f.facts()),
						scored.score(), scored.factors(), scored.reasonsZh(), scored.reasonsEn(), f.facts().capacityT()));
		}
		byProduct.values().forEach(list -> list.sort(Comparator.comparingDouble(GapCandidate::score).reversed()
			.thenComparing(c -> c.enterprise().key())));
		return byProduct;
	}

	/** A candidate for the gap at a product, with the facts it is scored from. */
	private record Found(String product, Enterprise enterprise, CandidateFacts facts) {
	}

	/** What the arguments name: whether the metal exists, and the park (null when not found or not asked for). */
	private record ScopeCheck(boolean metalKnown, GapReasons.@Nullable Scope park) {
	}

	private GapReasons.Scope scope(@Nullable String metal, @Nullable String parkId) {
		String park = parkId == null ? null : parkId.contains(":") ? parkKey(parkId) : parkId;
		Map<String, Object> params = Map.of("metal", metal == null ? "" : metal, "park", park == null ? "" : park);
		ScopeCheck check = cache.get("chain.scope|" + params.get("metal") + "|" + params.get("park"),
				() -> reader.one("chainGaps.scope", scopeCypher, params, r -> {
					Value pk = r.get("pk");
					String nameZh = pk.isNull() ? null : pk.get("name").asString();
					return new ScopeCheck(r.get("metalKnown").asBoolean(), nameZh == null ? null
							: new GapReasons.Scope(pk.get("key").asString(), nameZh, pk.get("nameEn").asString(nameZh)));
				}).orElseThrow());
		if (!check.metalKnown()) {
			throw new BadInputException("No metal with symbol '" + metal + "'");
		}
		if (park == null) {
			return GapReasons.Scope.CLUSTER;
		}
		if (check.park() == null) {
			throw new BadInputException("No park with id '" + parkId + "'");
		}
		return check.park();
	}

	private static String parkKey(String id) {
		GlobalId gid = GlobalId.parse(id);
		if (!gid.label().equals("Park")) {
			throw new BadInputException("'" + id + "' is not a Park id");
		}
		return gid.key();
	}

	private static ChainGap gap(ChainLinks.Link link, GapRules.Scored scored, GapReasons.Scope scope) {
		String id = String.join(":", scope.park() == null ? "cluster" : scope.park(), link.metal().key(),
				link.product().key(), scored.kind().name());
		var a = link.assessment();
		return new ChainGap(id, scored.kind(), scored.severity(), scored.factors(), link.metal(), link.product(),
				link.stage(), link.facts(), a.basis(), a.inference(), link.coverage(), scope);
	}

	/** The reason of a gap in Chinese and English, and the evidence it rests on. */
	record Details(String reasonZh, String reasonEn, GapEvidence evidence) {
	}

	/** Reasons and evidence of gaps, with one statement per scope among them. */
	Map<ChainGap, Details> details(Collection<ChainGap> gaps) {
		Map<String, List<ChainGap>> byScope = new LinkedHashMap<>();
		gaps.forEach(g -> byScope.computeIfAbsent(g.park() == null ? "" : g.park(), k -> new ArrayList<>()).add(g));
		Map<ChainGap, Details> result = new HashMap<>();
		byScope.forEach((park, scoped) -> {
			// an inferred link's reason quotes the facts of the product it is inferred from: read with the rest
			var edges = links.evidence(scoped.stream()
				.flatMap(g -> g.inference() == null ? Stream.of(Map.entry(g.metal().key(), g.product().key()))
						: Stream.of(Map.entry(g.metal().key(), g.product().key()),
								Map.entry(g.metal().key(), g.inference().product().key())))
				.distinct()
				.toList(), park.isEmpty() ? null : park);
			for (ChainGap g : scoped) {
				var groups = edges.getOrDefault(ChainLinks.evidenceKey(g.metal().key(), g.product().key()), NO_EDGES);
				var inferred = g.inference() == null ? NO_EDGES
						: edges.getOrDefault(ChainLinks.evidenceKey(g.metal().key(), g.inference().product().key()), NO_EDGES);
				String[] reason = GapReasons.of(g, groups, inferred, rules);
				result.put(g, new Details(reason[0], reason[1], evidence(g.product(), groups, inferred, g.kind())));
			}
		});
		return result;
	}

	private static final Map<String, List<EvidenceEdge>> NO_EDGES = ChainLinks.EDGE_GROUPS.stream()
		.collect(java.util.stream.Collectors.toMap(g -> g, g -> List.of()));

	private static GapEvidence evidence(Product product, Map<String, List<EvidenceEdge>> edgeGroups,
			Map<String, List<EvidenceEdge>> inferredGroups, GapKind kind) {
		List<String> groups = switch (kind) {
			case MISSING -> List.of("imports", "upstream", "upstreamLeaks", "targets", "outputTargets");
			case WEAK -> List.of("local", "figures", "downstream", "targets", "outputTargets");
			case LEAKAGE -> List.of("local", "leaks", "processingTargets");
			case INNOVATION -> List.of("local", "figures");
		};
		List<EvidenceEdge> edges = Stream.concat(groups.stream().flatMap(g -> edgeGroups.get(g).stream()),
				Stream.of("figures", "local").flatMap(g -> inferredGroups.get(g).stream()))
			.distinct()
			.toList();
		Map<String, GraphNode> nodes = new LinkedHashMap<>();
		nodes.put(product.id(), product);
		for (EvidenceEdge e : edges) {
			nodes.putIfAbsent(e.from().id(), e.from());
			nodes.putIfAbsent(e.to().id(), e.to());
		}
		return new GapEvidence(List.copyOf(nodes.values()), edges);
	}

	private static CandidateFacts facts(org.neo4j.driver.Record r) {
		return new CandidateFacts(r.get("inScope").asBoolean(), r.get("status").asString(null),
				r.get("capacityT").isNull() ? null : r.get("capacityT").asDouble(),
				r.get("adjacent").asList(v -> new CandidateFacts.Adjacent(
						named(v.get("product").asString(null), v.get("productEn").asString(null), null), v.get("hops").asInt(),
						"PILOT".equals(v.get("status").asString(null)))),
				r.get("buysFrom").asList(ChainGaps::supply), r.get("sellsTo").asList(ChainGaps::supply),
				r.get("partners").asList(v -> named(v.get("name").asString(), v.get("nameEn").asString(null), null)),
				r.get("patents").asInt(),
				r.get("designations").asList(v -> named(v.get("name").asString(), v.get("nameEn").asString(null), null)),
				r.get("investedIn").asList(v -> named(v.get("name").asString(), v.get("nameEn").asString(null), null)));
	}

	private static CandidateFacts.Named supply(Value v) {
		String tonnes = v.get("volumeT").isNull() ? null : CandidateRules.tonnes(v.get("volumeT").asDouble());
		String product = v.get("product").asString();
		String en = v.get("productEn").asString(product) + (tonnes == null ? "" : ", " + tonnes + " t");
		String zh = v.get("productZh").asString(v.get("productEn").asString(product)) + (tonnes == null ? "" : "，" + tonnes + " 吨");
		String name = v.get("partner").asString();
		return new CandidateFacts.Named(name, v.get("partnerEn").asString(null), en, zh);
	}

	private static CandidateFacts.Named named(@Nullable String name, @Nullable String nameEn, @Nullable String detail) {
		return new CandidateFacts.Named(name == null ? String.valueOf(nameEn) : name, nameEn, detail);
	}

}
