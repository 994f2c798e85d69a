package cn.yongxing.silvergraph.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.yongxing.silvergraph.graph.AnalyticsCache;
import cn.yongxing.silvergraph.graph.GraphChanged;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A measurement, not part of the build: on a loaded store ({@code -Dbetweenness.store=DIR}, e.g.
 * one {@code import DIR --offline} wrote), the sources the betweenness budget affords, and the error
 * of the betweenness sampled from that many and from each of {@code -Dbetweenness.samples} sources
 * against the exact one on the whole partner network; then the time of {@code chainLeaders}
 * computed and cached.
 * ({@code -Dbetweenness.sampledOnly=true} leaves out the exact betweenness, for large stores)
 * {@code mvn verify -Dit.test=BetweennessSamplingIT -Dbetweenness.store=DIR -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}
 */
@EnabledIfSystemProperty(named = "betweenness.store", matches = ".+")
@SpringBootTest(properties = { "silvergraph.embedded.data-directory=${betweenness.store}",
		"silvergraph.embedded.bolt-port=0", "silvergraph.seed.enabled=false", "silvergraph.embedded.page-cache=1g",
		"silvergraph.embedded.transaction-timeout=60m", "silvergraph.limits.analytics-timeout=3600s" })
class BetweennessSamplingIT {

	@Autowired
	GraphDataScience gds;

	@Autowired
	NetworkCypher cypher;

	@Autowired
	PartnerNetworks networks;

	@Autowired
	NetworkProperties limits;

	@Autowired
	AnalyticsCache cache;

	@Test
	void measuresTheSampledBetweennessAgainstTheExactOne() {
		System.out.println("BETWEENNESS RUN " + load());
		gds.shared("partners", cypher.projectPartners, PartnerNetworks.wholeNetwork(), (graph, nodes) -> {
			long t0 = System.nanoTime();
			PartnerNetworks.Betweenness chosen = networks.betweenness(graph, nodes);
			System.out.printf("BETWEENNESS RUN %d nodes; within the budget of %s: %d sources (pilot %d) in %.1f s%n", nodes,
					limits.betweennessBudget(), chosen.sources(), limits.betweennessPilot(), (System.nanoTime() - t0) / 1e9);
			Map<String, Double> exact = null;
			if (!Boolean.getBoolean("betweenness.sampledOnly")) {
				long e0 = System.nanoTime();
				exact = scores(graph, nodes, nodes);
				System.out.printf("BETWEENNESS RUN exact (%d sources) %.1f s%n", nodes, (System.nanoTime() - e0) / 1e9);
				report("budget", exact, toMap(chosen.scores()));
			}
			for (String k : System.getProperty("betweenness.samples", "32,64,128,256,512,1000,2000").split(",")) {
				long samples = Math.min(nodes, Long.parseLong(k.trim()));
				long s0 = System.nanoTime();
				Map<String, Double> sampled = scores(graph, nodes, samples);
				System.out.printf("BETWEENNESS RUN sampled (%d sources) %.1f s%n", samples, (System.nanoTime() - s0) / 1e9);
				if (exact != null) {
					report(samples + " sources", exact, sampled);
				}
			}
			return null;
		});
		for (String metal : new String[] { "Ag", null }) {
			cache.graphChanged(new GraphChanged("measurement: compute afresh"));
			long t0 = System.nanoTime();
			networks.chainLeaders(metal, 10);
			double computed = (System.nanoTime() - t0) / 1e9;
			List<Double> cached = new ArrayList<>();
			for (int i = 0; i < 21; i++) {
				long c0 = System.nanoTime();
				networks.chainLeaders(metal, 10);
				cached.add((System.nanoTime() - c0) / 1e6);
			}
			cached.sort(null);
			System.out.printf("BETWEENNESS RUN chainLeaders(%s): computed in %.1f s (projection, PageRank, betweenness, "
					+ "degree), cached p50 %.3f ms%n", metal, computed, cached.get(10));
		}
		System.out.println("BETWEENNESS RUN " + load());
		assertThat(limits.exactBetweennessUpTo()).isPositive();
	}

	/** The betweenness from this many sampled sources, scaled as {@link PartnerNetworks} scales it. */
	private Map<String, Double> scores(String graph, long nodes, long samplingSize) {
		Map<String, Double> scores = new HashMap<>();
		gds.stream("betweenness", cypher.betweenness, Map.of("graph", graph, "samplingSize", samplingSize),
				r -> Map.entry(r.get("id").asString(), r.get("score").asDouble() * nodes / samplingSize))
			.forEach(e -> scores.put(e.getKey(), e.getValue()));
		return scores;
	}

	private static String load() {
		try {
			return "load average " + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
		}
		catch (java.io.IOException ex) {
			return "load average unknown";
		}
	}

	private static Map<String, Double> toMap(List<Map.Entry<String, Double>> entries) {
		Map<String, Double> map = new HashMap<>();
		entries.forEach(e -> map.put(e.getKey(), e.getValue()));
		return map;
	}

	private static void report(String what, Map<String, Double> exact, Map<String, Double> sampled) {
		double max = exact.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
		double maxError = 0;
		double sumError = 0;
		for (var e : exact.entrySet()) {
			double error = Math.abs(sampled.getOrDefault(e.getKey(), 0.0) - e.getValue());
			maxError = Math.max(maxError, error);
			sumError += error;
		}
		List<String> exactTop = top(exact, 100);
		List<String> sampledTop = top(sampled, 100);
		double top10Relative = 0;
		for (String id : exactTop.subList(0, Math.min(10, exactTop.size()))) {
			top10Relative = Math.max(top10Relative, Math.abs(sampled.getOrDefault(id, 0.0) - exact.get(id)) / exact.get(id));
		}
		System.out.printf("BETWEENNESS RUN %s: error / max exact: max %.4f, mean %.6f; top 10 by exact: largest relative "
				+ "error %.3f; overlap of the top 10: %d/10, of the top 100: %d/100; the same first: %s%n", what, maxError / max,
				sumError / exact.size() / max, top10Relative, overlap(exactTop, sampledTop, 10),
				overlap(exactTop, sampledTop, 100), exactTop.getFirst().equals(sampledTop.getFirst()));
	}

	private static List<String> top(Map<String, Double> scores, int n) {
		return scores.entrySet().stream()
			.sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
			.limit(n).map(Map.Entry::getKey).toList();
	}

	private static int overlap(List<String> a, List<String> b, int n) {
		Set<String> first = new HashSet<>(a.subList(0, Math.min(n, a.size())));
		first.retainAll(b.subList(0, Math.min(n, b.size())));
		return first.size();
	}

}
