package cn.yongxing.silvergraph.chain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.yongxing.silvergraph.graph.CypherFiles;
import cn.yongxing.silvergraph.enterprise.Enterprise;
import cn.yongxing.silvergraph.graph.BadInputException;
import cn.yongxing.silvergraph.graph.GlobalId;
import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.GraphReader;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * The chain-gap analysis (补链 / 延链 / 强链): gaps of a chain in a scope with their severity, reasons
 * and evidence, and ranked candidates to fill them. Two statements per request (links, then
 * candidates for all gaps at once), plus one to check the arguments.
 */
@Service
class ChainGaps {

	private final GraphReader reader;

	private final ChainLinks links;

	private final ChainProperties config;

	private final GapRules rules;

	private final CandidateRules candidateRules;

	private final String scopeCypher = CypherFiles.load("chain", "scope");

	private final String candidatesCypher = CypherFiles.load("chain", "candidates");

	ChainGaps(GraphReader reader, ChainLinks links, ChainProperties config) {
		if (config.maxHops() < 1 || config.maxHops() > 6) {
			throw new IllegalArgumentException("silvergraph.chain.max-hops must be between 1 and 6");
		}
		this.reader = reader;
		this.links = links;
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
		for (var link : links.links("chainGaps.links", metal, scope.park(), null)) {
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

	/** Ranked candidates per product key, for gaps in the cluster ({@code park} null) or one park. */
	Map<String, List<GapCandidate>> candidates(Collection<String> products, @Nullable String park,
			Map<String, String[]> productNames) {
		Map<String, Object> params = Map.of("products", List.copyOf(products), "park", park == null ? "" : park,
				"maxHops", config.maxHops(), "preselect", config.preselectFactor() * config.maxCandidates());
		Map<String, List<GapCandidate>> byProduct = new LinkedHashMap<>();
		reader.list("chainGaps.candidates", candidatesCypher, params, r -> r).forEach(r -> {
			String key = r.get("key").asString();
			String[] names = productNames.getOrDefault(key, new String[] { key, key });
			CandidateFacts facts = facts(r);
			var scored = candidateRules.score(facts, names[0], names[1]);
			byProduct.computeIfAbsent(key, k -> new ArrayList<>())
				.add(new GapCandidate(Enterprise.from(r.get("e")), facts.inScope() ? CandidateAction.EXTEND : CandidateAction.ATTRACT,
						scored.score(), scored.factors(), scored.reasonsZh(), scored.reasonsEn()));
		});
		byProduct.values().forEach(list -> list.sort(Comparator.comparingDouble(GapCandidate::score).reversed()
			.thenComparing(c -> c.enterprise().key())));
		return byProduct;
	}

	private GapReasons.Scope scope(@Nullable String metal, @Nullable String parkId) {
		String park = parkId == null ? null : parkId.contains(":") ? parkKey(parkId) : parkId;
		Map<String, Object> params = Map.of("metal", metal == null ? "" : metal, "park", park == null ? "" : park);
		var row = reader.one("chainGaps.scope", scopeCypher, params, r -> r).orElseThrow();
		if (!row.get("metalKnown").asBoolean()) {
			throw new BadInputException("No metal with symbol '" + metal + "'");
		}
		if (park == null) {
			return GapReasons.Scope.CLUSTER;
		}
		Value pk = row.get("pk");
		if (pk.isNull()) {
			throw new BadInputException("No park with id '" + parkId + "'");
		}
		String nameZh = pk.get("name").asString();
		return new GapReasons.Scope(park, nameZh, pk.get("nameEn").asString(nameZh));
	}

	private static String parkKey(String id) {
		GlobalId gid = GlobalId.parse(id);
		if (!gid.label().equals("Park")) {
			throw new BadInputException("'" + id + "' is not a Park id");
		}
		return gid.key();
	}

	private ChainGap gap(ChainLinks.Link link, GapRules.Scored scored, GapReasons.Scope scope) {
		String[] reason = GapReasons.of(link, scored.kind(), rules, scope);
		String id = String.join(":", scope.park() == null ? "cluster" : scope.park(), link.metal().key(),
				link.product().key(), scored.kind().name());
		return new ChainGap(id, scored.kind(), scored.severity(), scored.factors(), link.metal(), link.product(),
				link.stage(), reason[0], reason[1], evidence(link, scored.kind()), scope.park());
	}

	private static GapEvidence evidence(ChainLinks.Link link, GapKind kind) {
		List<String> groups = switch (kind) {
			case MISSING -> List.of("upstream", "targets", "outputTargets");
			case WEAK -> List.of("local", "downstream", "targets", "outputTargets");
			case LEAKAGE -> List.of("local", "leaks", "processingTargets");
			case INNOVATION -> List.of("local");
		};
		List<EvidenceEdge> edges = groups.stream().flatMap(g -> link.edges().get(g).stream()).toList();
		Map<String, GraphNode> nodes = new LinkedHashMap<>();
		nodes.put(link.product().id(), link.product());
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
		String volume = v.get("volumeT").isNull() ? "" : ", " + CandidateRules.tonnes(v.get("volumeT").asDouble()) + " t";
		return named(v.get("partner").asString(), v.get("partnerEn").asString(null), v.get("product").asString() + volume);
	}

	private static CandidateFacts.Named named(@Nullable String name, @Nullable String nameEn, @Nullable String detail) {
		return new CandidateFacts.Named(name == null ? String.valueOf(nameEn) : name, nameEn, detail);
	}

}
