package cn.yongxing.silvergraph.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.yongxing.silvergraph.graph.BadInputException;
import cn.yongxing.silvergraph.graph.GlobalId;
import cn.yongxing.silvergraph.graph.GraphReader;
import org.springframework.stereotype.Service;

/**
 * Recommends partners an enterprise has no link with yet. Evidence, and what each kind adds to
 * the score (a kind counts once, with its strongest piece of evidence):
 * <ul>
 * <li>SAME_METAL 1.0: an institution works on a metal the firm's products are made of;</li>
 * <li>SAME_STAGE 0.8: it works at a chain stage the firm's products are at;</li>
 * <li>SAME_IPC 0.6: it holds patents in an IPC subclass of the firm's patents;</li>
 * <li>PARTNER_OF_PARTNER 0.5: it is a partner of one of the firm's partners;</li>
 * <li>SIMILAR_FIRM_PARTNER, the similarity: it is a partner of a firm whose product profile is
 * similar (GDS node similarity, Jaccard over metals and stages), when GDS is available.</li>
 * </ul>
 */
@Service
public class PartnerRecommender {

	static final Map<String, Double> WEIGHTS = Map.of("SAME_METAL", 1.0, "SAME_STAGE", 0.8, "SAME_IPC", 0.6,
			"PARTNER_OF_PARTNER", 0.5);

	private final PartnerNetworks networks;

	private final PartnerLinks links;

	private final GraphReader reader;

	private final NetworkCypher cypher;

	private final GraphDataScience gds;

	PartnerRecommender(PartnerNetworks networks, PartnerLinks links, GraphReader reader, NetworkCypher cypher,
			GraphDataScience gds) {
		this.networks = networks;
		this.links = links;
		this.reader = reader;
		this.cypher = cypher;
		this.gds = gds;
	}

	/** The best {@code first} recommendations for an enterprise, highest score first. */
	public List<PartnerRecommendation> recommend(String enterpriseId, int first) {
		if (first < 1 || first > 100) {
			throw new BadInputException("first must be between 1 and 100, was " + first);
		}
		GlobalId id = GlobalId.parse(enterpriseId);
		if (!id.label().equals("Enterprise")) {
			throw new BadInputException("Recommendations are for enterprises; '" + enterpriseId + "' is not one");
		}
		PartnerNetwork around = networks.network(id.toString(), 2, null, null);
		Set<String> linked = around.nodes()
			.stream()
			.filter(n -> n.distance() <= 1)
			.map(NetworkNode::id)
			.collect(Collectors.toSet());
		Map<String, Candidate> candidates = new LinkedHashMap<>();
		reader.list("network.recommendations", cypher.recommendations, Map.of("key", id.key()), r -> r)
			.forEach(r -> candidate(candidates, Partner.from(r.get("c"))).add(r.get("reason").asString(),
					WEIGHTS.get(r.get("reason").asString()), r.get("detail").asString()));
		Map<String, Partner> byId = new HashMap<>();
		around.nodes().forEach(n -> byId.put(n.id(), n.partner()));
		for (PartnerLink link : around.edges()) {
			for (String end : List.of(link.from(), link.to())) {
				String other = link.other(end);
				if (!linked.contains(end) && linked.contains(other) && !other.equals(id.toString())) {
					candidate(candidates, byId.get(end)).add("PARTNER_OF_PARTNER", WEIGHTS.get("PARTNER_OF_PARTNER"),
							"partner of %s (%s)".formatted(byId.get(other).name(), describe(link)));
				}
			}
		}
		if (gds.available()) {
			similarFirmPartners(id, linked, candidates);
		}
		return candidates.values()
			.stream()
			.filter(c -> !linked.contains(c.partner.id()) && !c.partner.id().equals(id.toString()))
			.map(Candidate::build)
			.sorted(Comparator.comparingDouble(PartnerRecommendation::score)
				.reversed()
				.thenComparing(r -> r.partner().id()))
			.limit(first)
			.toList();
	}

	private void similarFirmPartners(GlobalId firm, Set<String> linked, Map<String, Candidate> candidates) {
		Map<String, Double> similar = networks.similarFirms(firm.key(), 10);
		if (similar.isEmpty()) {
			return;
		}
		PartnerLinks.Step step = links.around(similar.keySet(), LinkKind.orAll(null), 5_000);
		for (PartnerLink link : step.links()) {
			for (String peer : List.of(link.from(), link.to())) {
				Double similarity = similar.get(peer);
				String partner = link.other(peer);
				if (similarity != null && !linked.contains(partner) && !partner.equals(firm.toString())) {
					Partner peerNode = step.partners().get(peer);
					candidate(candidates, step.partners().get(partner)).add("SIMILAR_FIRM_PARTNER", similarity,
							"partner of %s (%s), whose products are similar (Jaccard %.2f over metals and chain stages)"
								.formatted(peerNode.name(), describe(link), similarity));
				}
			}
		}
	}

	private static String describe(PartnerLink link) {
		return link.evidence().stream().map(Evidence::fact).distinct().collect(Collectors.joining("; "));
	}

	private static Candidate candidate(Map<String, Candidate> candidates, Partner partner) {
		return candidates.computeIfAbsent(partner.id(), k -> new Candidate(partner));
	}

	private static final class Candidate {

		private final Partner partner;

		private final Map<String, PartnerRecommendation.Reason> reasons = new LinkedHashMap<>();

		private final Map<String, Double> bestByKind = new HashMap<>();

		Candidate(Partner partner) {
			this.partner = partner;
		}

		void add(String kind, double weight, String detail) {
			reasons.putIfAbsent(kind + "|" + detail, new PartnerRecommendation.Reason(kind, weight, detail));
			bestByKind.merge(kind, weight, Math::max);
		}

		PartnerRecommendation build() {
			double score = bestByKind.values().stream().mapToDouble(Double::doubleValue).sum();
			List<PartnerRecommendation.Reason> sorted = new ArrayList<>(reasons.values());
			sorted.sort(Comparator.comparingDouble(PartnerRecommendation.Reason::weight).reversed());
			return new PartnerRecommendation(partner, Math.round(score * 1000) / 1000.0, sorted);
		}

	}

}
