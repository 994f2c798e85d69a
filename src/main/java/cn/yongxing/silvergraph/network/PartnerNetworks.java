package cn.yongxing.silvergraph.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import cn.yongxing.silvergraph.graph.AnalyticsCache;
import cn.yongxing.silvergraph.graph.BadInputException;
import cn.yongxing.silvergraph.graph.GlobalId;
import cn.yongxing.silvergraph.graph.GraphReader;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The partner-network service: bounded networks around an actor, paths, common partners, and the
 * cluster-wide analytics (chain leaders, communities) computed by Neo4j Graph Data Science on a
 * projection of the whole network, once per graph version ({@link AnalyticsCache}).
 */
@Service
public class PartnerNetworks {

	private static final Logger LOG = LoggerFactory.getLogger(PartnerNetworks.class);

	private final PartnerLinks links;

	private final GraphReader reader;

	private final NetworkCypher cypher;

	private final GraphDataScience gds;

	private final NetworkProperties limits;

	private final AnalyticsCache cache;

	/** Chain leaders are ranked this far once per graph version and metal; a request takes a prefix. */
	private static final int MAX_LEADERS = 100;

	PartnerNetworks(PartnerLinks links, GraphReader reader, NetworkCypher cypher, GraphDataScience gds,
			NetworkProperties limits, AnalyticsCache cache) {
		this.links = links;
		this.reader = reader;
		this.cypher = cypher;
		this.gds = gds;
		this.limits = limits;
		this.cache = cache;
	}

	/** Whether the GDS analytics can run. */
	public Capabilities capabilities() {
		return new Capabilities(gds.available());
	}

	/**
	 * The partners within {@code depth} hops of an actor, breadth first, cut at {@code maxNodes}
	 * (then {@code truncated}), the partners tied by the most facts first. Links between partners at the
	 * outer rim are included. One statement per ring and one for the rim (plus one for a root without links).
	 */
	public PartnerNetwork network(String rootId, @Nullable Integer depth, @Nullable Collection<LinkKind> kinds,
			@Nullable Integer maxNodes) {
		String root = partnerId(rootId);
		int d = depth == null ? limits.defaultDepth() : depth;
		if (d < 1 || d > limits.maxDepth()) {
			throw new BadInputException("depth must be between 1 and " + limits.maxDepth() + ", was " + d);
		}
		int cap = cap(maxNodes);
		List<LinkKind> kindList = LinkKind.orAll(kinds);
		Set<String> frontier = Set.of(root);
		// only as many new partners as the network has room for (one more tells it is cut), the most
		// strongly tied first; at the rim none: only links between partners already in the network
		PartnerLinks.Step first = links.around(frontier, kindList, cap * 20, frontier, cap);
		// the root comes with its links; only a root without links is looked up on its own
		Partner rootPartner = first.partners().containsKey(root) ? first.partners().get(root)
				: links.partners(List.of(root)).get(root);
		if (rootPartner == null) {
			throw new BadInputException("No enterprise or institution has the id " + rootId);
		}
		Map<String, Partner> nodes = new LinkedHashMap<>(Map.of(root, rootPartner));
		Map<String, Integer> distance = new HashMap<>(Map.of(root, 0));
		Map<String, PartnerLink> edges = new LinkedHashMap<>();
		boolean truncated = false;
		for (int level = 1; level <= d + 1 && !frontier.isEmpty(); level++) {
			boolean rim = level == d + 1;
			PartnerLinks.Step step = level == 1 ? first
					: links.around(frontier, kindList, cap * 20, nodes.keySet(), rim ? 0 : cap - nodes.size() + 1);
			truncated |= step.cut();
			Set<String> next = new LinkedHashSet<>();
			for (PartnerLink link : step.links()) {
				for (String end : List.of(link.from(), link.to())) {
					if (!nodes.containsKey(end) && !rim) {
						if (nodes.size() >= cap) {
							truncated = true;
							continue;
						}
						nodes.put(end, step.partners().get(end));
						distance.put(end, level);
						next.add(end);
					}
				}
				if (nodes.containsKey(link.from()) && nodes.containsKey(link.to())) {
					edges.putIfAbsent(link.from() + "|" + link.to() + "|" + link.kind(), link);
				}
			}
			frontier = next;
		}
		return assemble(root, d, nodes, distance, List.copyOf(edges.values()), truncated);
	}

	/**
	 * One page of the whole-cluster network: the partners at {@code offset ..< offset + maxNodes} in
	 * the cluster's order (most relationships first, then label and key, so the first page holds the
	 * core of the network, institutions included), every link from them to partners of this or an
	 * earlier page, and those earlier partners. {@code maxNodes} null means the rest of the cluster.
	 * Three statements: the count, the partners up to the page's end, the links.
	 */
	NetworkFile clusterPage(@Nullable Collection<LinkKind> kinds, @Nullable Integer maxNodes, int offset) {
		if (offset < 0) {
			throw new BadInputException("offset must be 0 or more, was " + offset);
		}
		if (maxNodes != null && maxNodes < 1) {
			throw new BadInputException("maxNodes must be 1 or more, was " + maxNodes);
		}
		int total = reader.one("network.partnerCount", cypher.partnerCount, Map.of(), r -> r.get("total").asInt())
			.orElse(0);
		int end = maxNodes == null ? total : (int) Math.min(total, (long) offset + maxNodes);
		Map<String, Partner> upToEnd = new LinkedHashMap<>();
		if (end > offset) {
			reader.list("network.allPartners", cypher.allPartners, Map.of("limit", end), r -> Partner.from(r.get("a")))
				.forEach(p -> upToEnd.put(p.id(), p));
		}
		List<String> ordered = List.copyOf(upToEnd.keySet());
		List<String> page = ordered.subList(Math.min(offset, ordered.size()), ordered.size());
		Map<String, Partner> nodes = new LinkedHashMap<>();
		page.forEach(id -> nodes.put(id, upToEnd.get(id)));
		boolean cut = false;
		List<PartnerLink> edges = List.of();
		if (!page.isEmpty()) {
			PartnerLinks.Step step = links.around(page, LinkKind.orAll(kinds), Integer.MAX_VALUE, ordered, 0);
			cut = step.cut();
			// a link between two partners of the page is found from both ends: kept once
			Map<String, PartnerLink> distinct = new LinkedHashMap<>();
			for (PartnerLink link : step.links()) {
				if (upToEnd.containsKey(link.from()) && upToEnd.containsKey(link.to())) {
					distinct.putIfAbsent(link.from() + "|" + link.to() + "|" + link.kind(), link);
				}
			}
			edges = List.copyOf(distinct.values());
		}
		Set<String> earlier = new LinkedHashSet<>();
		for (PartnerLink link : edges) {
			for (String endpoint : List.of(link.from(), link.to())) {
				if (!nodes.containsKey(endpoint)) {
					earlier.add(endpoint);
				}
			}
		}
		earlier.forEach(id -> nodes.put(id, upToEnd.get(id)));
		Integer next = end < total ? end : null;
		PartnerNetwork network = assemble(null, 0, nodes, Map.of(), edges, next != null || cut);
		return new NetworkFile(network, offset, page.size(), total, next, next != null || cut, Set.copyOf(earlier));
	}

	/** The largest network anyone may ask for around an actor, and the page size of anonymous cluster exports. */
	int defaultMaxNodes() {
		return limits.maxNodes();
	}

	private static PartnerNetwork assemble(@Nullable String root, int depth, Map<String, Partner> nodes,
			Map<String, Integer> distance, List<PartnerLink> edges, boolean truncated) {
		Map<String, Set<String>> neighbours = new HashMap<>();
		for (PartnerLink e : edges) {
			neighbours.computeIfAbsent(e.from(), k -> new LinkedHashSet<>()).add(e.to());
			neighbours.computeIfAbsent(e.to(), k -> new LinkedHashSet<>()).add(e.from());
		}
		List<NetworkNode> networkNodes = nodes.values()
			.stream()
			.map(p -> new NetworkNode(p, distance.getOrDefault(p.id(), 0),
					neighbours.getOrDefault(p.id(), Set.of()).size(), null))
			.sorted(Comparator.comparingInt(NetworkNode::distance).thenComparing(NetworkNode::id))
			.toList();
		return new PartnerNetwork(root, depth, networkNodes, edges, truncated);
	}

	/** The network with each node's PageRank inside it (GDS on a projection of just this network). */
	public PartnerNetwork withCentrality(PartnerNetwork network) {
		if (network.edges().isEmpty()) {
			return network;
		}
		List<Map<String, Object>> pairs = new ArrayList<>();
		Map<String, Double> weights = new LinkedHashMap<>();
		network.edges().forEach(e -> {
			boolean ordered = e.from().compareTo(e.to()) <= 0;
			weights.merge((ordered ? e.from() + "|" + e.to() : e.to() + "|" + e.from()), e.weight(), Double::sum);
		});
		weights.forEach((pair, w) -> {
			String[] ends = pair.split("\\|");
			pairs.add(Map.of("a", ends[0], "b", ends[1], "weight", w));
		});
		Map<String, Double> scores = new HashMap<>();
		gds.run("subnetwork", cypher.projectEdges, Map.of("pairs", pairs), cypher.pageRank, Map.of(),
				r -> Map.entry(r.get("id").asString(), r.get("score").asDouble()))
			.forEach(e -> scores.put(e.getKey(), e.getValue()));
		List<NetworkNode> nodes = network.nodes()
			.stream()
			.map(n -> n.withCentrality(scores.getOrDefault(n.id(), 0.0)))
			.toList();
		return new PartnerNetwork(network.root(), network.depth(), nodes, network.edges(), network.truncated());
	}

	/**
	 * A shortest chain of partners between two actors, with the evidence of every hop; null when
	 * none is at most {@code maxLength} partner hops long.
	 */
	public @Nullable GraphPath shortestPath(String fromId, String toId, @Nullable Integer maxLength,
			@Nullable Collection<LinkKind> kinds) {
		String from = partnerId(fromId);
		String to = partnerId(toId);
		int max = maxLength == null ? limits.maxPathLength() : maxLength;
		if (max < 1 || max > limits.maxPathLength()) {
			throw new BadInputException("maxLength must be between 1 and " + limits.maxPathLength() + ", was " + max);
		}
		List<LinkKind> kindList = LinkKind.orAll(kinds);
		Map<String, Partner> ends = links.partners(List.of(from, to));
		for (String id : List.of(from, to)) {
			if (!ends.containsKey(id)) {
				throw new BadInputException("No enterprise or institution has the id " + id);
			}
		}
		if (from.equals(to)) {
			return new GraphPath(0, List.of(ends.get(from)), List.of());
		}
		GlobalId a = GlobalId.parse(from);
		GlobalId b = GlobalId.parse(to);
		// a search over the whole graph, bounded by its hop limit: the analytics time budget
		List<String> chain = reader.analytics()
			.one("network.path", cypher.path,
					Map.of("fromLabel", a.label(), "fromKey", a.key(), "toLabel", b.label(), "toKey", b.key(), "types",
							LinkKind.relationshipTypes(kindList)),
					r -> r.get("partners").asList(v -> v.asString()))
			.orElse(List.of());
		if (chain.size() < 2 || chain.size() - 1 > max) {
			return null;
		}
		PartnerLinks.Step step = links.around(chain.subList(0, chain.size() - 1), kindList, 10_000, chain, 0);
		List<Partner> nodes = chain.stream().map(id -> step.partners().getOrDefault(id, ends.get(id))).toList();
		List<GraphPath.PathHop> hops = new ArrayList<>();
		for (int i = 0; i + 1 < chain.size(); i++) {
			String x = chain.get(i);
			String y = chain.get(i + 1);
			hops.add(new GraphPath.PathHop(x, y, step.links().stream().filter(l -> l.joins(x, y)).toList()));
		}
		return new GraphPath(chain.size() - 1, nodes, hops);
	}

	/** The partners both actors have, with the links to each. */
	public List<CommonPartner> commonPartners(String aId, String bId, @Nullable Collection<LinkKind> kinds) {
		String a = partnerId(aId);
		String b = partnerId(bId);
		PartnerLinks.Step step = links.around(List.of(a, b), LinkKind.orAll(kinds), 10_000);
		Map<String, List<PartnerLink>> ofA = new TreeMap<>();
		Map<String, List<PartnerLink>> ofB = new TreeMap<>();
		for (PartnerLink l : step.links()) {
			if (l.from().equals(a) || l.to().equals(a)) {
				ofA.computeIfAbsent(l.other(a), k -> new ArrayList<>()).add(l);
			}
			if (l.from().equals(b) || l.to().equals(b)) {
				ofB.computeIfAbsent(l.other(b), k -> new ArrayList<>()).add(l);
			}
		}
		return ofA.keySet()
			.stream()
			.filter(ofB::containsKey)
			.filter(id -> !id.equals(a) && !id.equals(b))
			.map(id -> new CommonPartner(step.partners().get(id), ofA.get(id), ofB.get(id)))
			.toList();
	}

	/**
	 * Local enterprises on a metal's chain (all local enterprises without a metal), ranked by
	 * weighted PageRank in the whole partner network, then betweenness.
	 */
	public List<ChainLeader> chainLeaders(@Nullable String metal, @Nullable Integer first) {
		int n = first == null ? 10 : first;
		if (n < 1 || n > MAX_LEADERS) {
			throw new BadInputException("first must be between 1 and " + MAX_LEADERS + ", was " + n);
		}
		Leaders leaders = cache.get("network.leaders|" + metal, () -> leaders(metal));
		if (!leaders.metalKnown()) {
			throw new BadInputException("Unknown metal '" + metal + "'; use a symbol such as Ag, Bi or Te");
		}
		return leaders.ranked().subList(0, Math.min(n, leaders.ranked().size()));
	}

	/** The best {@link #MAX_LEADERS} chain leaders of a metal, or that the metal is unknown. */
	private record Leaders(boolean metalKnown, List<ChainLeader> ranked) {
	}

	private Leaders leaders(@Nullable String metal) {
		if (metal != null && reader.one("network.metal", "MATCH (m:Metal {key: $metal}) RETURN m.key AS key",
				Map.of("metal", metal), r -> r).isEmpty()) {
			return new Leaders(false, List.of());
		}
		List<Partner> candidates = reader.list("network.leaderCandidates", cypher.leaderCandidates,
				java.util.Collections.singletonMap("metal", metal), r -> Partner.from(r.get("e")));
		Centralities centralities = centralities();
		Map<String, double[]> scores = centralities.scores();
		int size = scores.size();
		List<Partner> ranked = candidates.stream()
			.sorted(Comparator.<Partner>comparingDouble(p -> -score(scores, p, 0))
				.thenComparingDouble(p -> -score(scores, p, 1))
				.thenComparing(Partner::id))
			.limit(MAX_LEADERS)
			.toList();
		List<ChainLeader> leaders = new ArrayList<>();
		for (Partner p : ranked) {
			double pr = score(scores, p, 0);
			double bc = score(scores, p, 1);
			int partners = (int) score(scores, p, 2);
			List<String> reasons = new ArrayList<>();
			if (partners == 0) {
				reasons.add("no recorded partner links, so no network centrality");
			}
			else {
				reasons.add("PageRank %.4f in the partner network of %d actors".formatted(pr, size));
				reasons.add("%d partner%s".formatted(partners, partners == 1 ? "" : "s"));
				if (bc > 0) {
					reasons.add(centralities.exact()
							? "broker: betweenness %.1f (partner paths run through it)".formatted(bc)
							: "broker: betweenness about %s (partner paths run through it; estimated from %d of %d actors as sources)"
								.formatted(twoFigures(bc), centralities.sources(), centralities.nodes()));
				}
			}
			leaders.add(new ChainLeader(p, leaders.size() + 1, pr, bc, partners, reasons));
		}
		return new Leaders(true, List.copyOf(leaders));
	}

	/** An estimate to two significant figures (its error is larger than the rest would say). */
	static String twoFigures(double value) {
		return new java.math.BigDecimal(value).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString();
	}

	private static double score(Map<String, double[]> scores, Partner p, int index) {
		double[] s = scores.get(p.id());
		return s == null ? 0 : s[index];
	}

	/**
	 * PageRank, betweenness and degree of every linked actor, by global id, and how many of the
	 * {@code nodes} actors the betweenness took as sources (all of them: exact).
	 */
	record Centralities(Map<String, double[]> scores, long nodes, long sources) {

		boolean exact() {
			return sources >= nodes;
		}

	}

	/** The centralities of the whole partner network; once per graph version. */
	private Centralities centralities() {
		return cache.get("network.centralities", this::computeCentralities);
	}

	private Centralities computeCentralities() {
		return gds.shared("partners", cypher.projectPartners, wholeNetwork(), (graph, nodes) -> {
			Map<String, double[]> scores = new HashMap<>();
			if (nodes == 0) {
				return new Centralities(scores, 0, 0);
			}
			long t0 = System.nanoTime();
			score(scores, 0, gds.stream("pageRank", cypher.pageRank, Map.of("graph", graph), PartnerNetworks::idAndScore));
			long t1 = System.nanoTime();
			Betweenness betweenness = betweenness(graph, nodes);
			score(scores, 1, betweenness.scores());
			long t2 = System.nanoTime();
			score(scores, 2, gds.stream("degree", cypher.degree, Map.of("graph", graph), PartnerNetworks::idAndScore));
			LOG.info("Centralities of the partner network ({} actors): PageRank {} ms, betweenness {} ms from {} sources{}, degree {} ms",
					nodes, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, betweenness.sources(),
					betweenness.sources() >= nodes ? " (exact)" : "", (System.nanoTime() - t2) / 1_000_000);
			return new Centralities(scores, nodes, betweenness.sources());
		});
	}

	/** Betweenness scores by global id and the number of source nodes they were computed from. */
	record Betweenness(List<Map.Entry<String, Double>> scores, long sources) {
	}

	/**
	 * The betweenness of every node: exact (Brandes, every node a source) up to
	 * {@code silvergraph.network.exact-betweenness-up-to} nodes; above it estimated from sampled sources,
	 * as many as fit in {@code silvergraph.network.betweenness-budget}. The cost of a source is one
	 * breadth-first pass over the graph, so a pilot run from {@code betweenness-pilot} sources measures
	 * it on this graph, this machine and its current load (timed without streaming scores); the estimate
	 * then takes as many sources as the rest of the budget holds (at most {@code exact-betweenness-up-to},
	 * at least the pilot's number). A sample of k of n sources sees about k/n of every node's shortest paths, so the
	 * sampled sums are scaled by n/k, the usual estimator of the exact value; its error against exact,
	 * measured by sample size: docs/network-analytics.md.
	 */
	Betweenness betweenness(String graph, long nodes) {
		if (nodes <= limits.exactBetweennessUpTo()) {
			return new Betweenness(sampledBetweenness(graph, nodes, nodes), nodes);
		}
		long pilot = limits.betweennessPilot();
		long t0 = System.nanoTime();
		gds.stream("betweennessPilot", cypher.betweennessPilot, Map.of("graph", graph, "samplingSize", pilot), r -> r);
		double perSource = (System.nanoTime() - t0) / (double) pilot;
		long sources = Math.max(pilot,
				sourcesWithin(limits, limits.betweennessBudget().toNanos() - (System.nanoTime() - t0), perSource));
		return new Betweenness(sampledBetweenness(graph, nodes, sources), sources);
	}

	/**
	 * How many sources, at this cost each, fit in what is left of the budget: the exact limit if it
	 * fits, else the largest power of two that does, so that timing noise between two computations of
	 * the same graph seldom changes the sample (and with the fixed seed, the estimate).
	 */
	static long sourcesWithin(NetworkProperties limits, long nanosLeft, double nanosPerSource) {
		long fit = nanosLeft <= 0 ? 0 : (long) Math.floor(nanosLeft / Math.max(nanosPerSource, 1));
		return fit >= limits.exactBetweennessUpTo() ? limits.exactBetweennessUpTo() : Long.highestOneBit(fit);
	}

	private List<Map.Entry<String, Double>> sampledBetweenness(String graph, long nodes, long sources) {
		double scale = (double) nodes / sources;
		return gds.stream("betweenness", cypher.betweenness, Map.of("graph", graph, "samplingSize", sources),
				r -> Map.entry(r.get("id").asString(), r.get("score").asDouble() * scale));
	}

	private static Map.Entry<String, Double> idAndScore(Record r) {
		return Map.entry(r.get("id").asString(), r.get("score").asDouble());
	}

	private static void score(Map<String, double[]> scores, int index, List<Map.Entry<String, Double>> values) {
		values.forEach(e -> scores.computeIfAbsent(e.getKey(), k -> new double[3])[index] = e.getValue());
	}

	/** Parameters of the projection of the whole partner network: every kind of link, to any partner. */
	static Map<String, Object> wholeNetwork() {
		Map<String, Object> params = new HashMap<>();
		params.put("kinds", LinkKind.names(LinkKind.orAll(null)));
		params.put("only", null);
		return params;
	}

	/** Louvain communities of the whole partner network with at least {@code minSize} members, largest first. */
	public List<PartnerCommunity> communities(@Nullable Integer minSize) {
		int min = minSize == null ? 2 : minSize;
		if (min < 1) {
			throw new BadInputException("minSize must be at least 1, was " + min);
		}
		List<PartnerCommunity> result = new ArrayList<>();
		for (List<Partner> members : cache.get("network.communities", this::louvain)) {
			if (members.size() >= min) {
				result.add(new PartnerCommunity(result.size() + 1, members.size(), members));
			}
		}
		return result;
	}

	/** Every Louvain community of the whole partner network, largest first; once per graph version. */
	private List<List<Partner>> louvain() {
		Map<Long, List<Partner>> groups = new LinkedHashMap<>();
		gds.shared("partners", cypher.projectPartners, wholeNetwork(), (graph, nodes) -> nodes == 0 ? List.<Map.Entry<Long, Partner>>of()
				: gds.stream("communities", cypher.communities, Map.of("graph", graph),
						r -> Map.entry(r.get("communityId").asLong(), Partner.from(r.get("n")))))
			.forEach(e -> groups.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return groups.values()
			.stream()
			.sorted(Comparator.<List<Partner>>comparingInt(g -> -g.size()).thenComparing(g -> g.getFirst().id()))
			.map(List::copyOf)
			.toList();
	}

	/** Enterprises whose product profile is most like this one's (GDS node similarity), by id. */
	Map<String, Double> similarFirms(String enterpriseKey, int topK) {
		Map<String, Double> similar = new LinkedHashMap<>();
		gds.run("similarity", cypher.projectProfiles, Map.of(), cypher.similarFirms,
				Map.of("key", enterpriseKey, "topK", topK),
				r -> Map.entry(r.get("id").asString(), r.get("similarity").asDouble()))
			.forEach(e -> similar.put(e.getKey(), e.getValue()));
		return similar;
	}

	int cap(@Nullable Integer maxNodes) {
		int cap = maxNodes == null ? limits.maxNodes() : maxNodes;
		if (cap < 1 || cap > limits.maxNodes()) {
			throw new BadInputException("maxNodes must be between 1 and " + limits.maxNodes() + ", was " + cap);
		}
		return cap;
	}

	static String partnerId(String id) {
		GlobalId parsed = GlobalId.parse(id);
		if (!parsed.label().equals("Enterprise") && !parsed.label().equals("Institution")) {
			throw new BadInputException("'" + id + "' is not an enterprise or institution; partner networks link "
					+ "Enterprise:… and Institution:… nodes");
		}
		return parsed.toString();
	}

}
