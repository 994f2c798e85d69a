package cn.yongxing.silvergraph.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.yongxing.silvergraph.graph.CypherFiles;
import cn.yongxing.silvergraph.graph.GraphReader;
import cn.yongxing.silvergraph.network.NetworkNode;
import cn.yongxing.silvergraph.network.PartnerNetworks;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * PROFILEs Cypher on the loaded graph and summarises each plan: operators, total db hits, and the
 * two things to look for at scale — label scans / all-nodes scans where an index seek was meant, and
 * Cartesian products.
 */
final class Profiler {

	private Profiler() {
	}

	record Profile(String name, long dbHits, long rows, Set<String> operators, List<String> warnings) {

		String line() {
			return "| %s | %d | %d | %s | %s |".formatted(name, dbHits, rows, String.join(", ", operators),
					warnings.isEmpty() ? "ok" : String.join("; ", warnings));
		}
	}

	/** The statements profiled: the raw forms of the relation queries and the read kernel's batch lookup. */
	static Map<String, String> statements(List<QueryCase> cases) {
		Map<String, String> statements = new LinkedHashMap<>();
		for (QueryCase q : cases) {
			if (q.cypher() != null) {
				statements.put("raw " + q.name(), q.cypher());
			}
		}
		statements.put("kernel batch lookup by global id (GraphReader.UNWIND_IDS_AS_H)",
				GraphReader.UNWIND_IDS_AS_H + "RETURN key, h.name AS name");
		statements.put("kernel batch lookup by key, static label",
				"UNWIND $keys AS key MATCH (h:Enterprise {key: split(key, ':')[1]}) RETURN key, h.name AS name");
		return statements;
	}

	/** Each raw statement's own parameters: the first its case draws (a fixed seed). */
	static Map<String, Map<String, Object>> parameters(List<QueryCase> cases) {
		Map<String, Map<String, Object>> own = new LinkedHashMap<>();
		for (QueryCase q : cases) {
			if (q.cypher() != null) {
				own.put("raw " + q.name(), q.params().apply(new java.util.Random(1)));
			}
		}
		return own;
	}

	/** PROFILEs each statement with the shared parameters and, over them, its own ({@link #parameters}). */
	static List<Profile> profile(Driver driver, Map<String, String> statements, Map<String, Object> shared,
			Map<String, Map<String, Object>> own) {
		List<Profile> profiles = new ArrayList<>();
		try (var session = driver.session()) {
			statements.forEach((name, cypher) -> {
				Map<String, Object> params = new java.util.HashMap<>(shared);
				params.putAll(own.getOrDefault(name, Map.of()));
				var summary = session.executeRead(tx -> tx.run("PROFILE " + cypher, params).consume());
				ProfiledPlan plan = summary.profile();
				Set<String> operators = new TreeSet<>();
				long[] totals = new long[1];
				walk(plan, operators, totals);
				List<String> warnings = new ArrayList<>();
				operators.stream().filter(o -> o.contains("CartesianProduct")).findAny()
					.ifPresent(o -> warnings.add("Cartesian product"));
				operators.stream().filter(o -> o.contains("AllNodesScan") || o.contains("NodeByLabelScan"))
					.findAny().ifPresent(o -> warnings.add("scan: " + o));
				profiles.add(new Profile(name, totals[0], plan.records(), operators, warnings));
			});
		}
		return profiles;
	}

	/**
	 * PROFILEs each statement with its parameters: per statement the total db hits, rows, time, the
	 * warnings (Cartesian product, scans) and the operators that did most of the work.
	 */
	static List<String> profileDetailed(Driver driver, Map<String, Map.Entry<String, Map<String, Object>>> statements) {
		List<String> out = new ArrayList<>();
		try (var session = driver.session()) {
			statements.forEach((name, statement) -> {
				long t = System.nanoTime();
				var summary = session.executeWrite(tx -> {
					var result = tx.run("PROFILE " + statement.getKey(), statement.getValue());
					result.list(); // the profile is complete only once every row is read
					return result.consume();
				});
				long ms = (System.nanoTime() - t) / 1_000_000;
				ProfiledPlan plan = summary.profile();
				List<ProfiledPlan> all = new ArrayList<>();
				flatten(plan, all);
				long hits = all.stream().mapToLong(ProfiledPlan::dbHits).sum();
				List<String> warnings = new ArrayList<>();
				all.stream().map(Plan::operatorType).filter(o -> o.contains("CartesianProduct")).findAny()
					.ifPresent(o -> warnings.add("CARTESIAN PRODUCT"));
				all.stream().filter(p -> p.operatorType().contains("AllNodesScan") || p.operatorType().contains("NodeByLabelScan"))
					.forEach(p -> warnings.add("scan " + p.operatorType().replaceAll("@.*", "") + " " + details(p)));
				out.add("PROFILE %s: %d db hits, %d rows, %d ms%s".formatted(name, hits, plan.records(), ms,
						warnings.isEmpty() ? "" : " — " + String.join("; ", warnings)));
				all.stream().sorted(java.util.Comparator.comparingLong(ProfiledPlan::dbHits).reversed()).limit(6)
					.filter(p -> p.dbHits() > 0)
					.forEach(p -> out.add("    %,12d hits %,10d rows  %s %s".formatted(p.dbHits(), p.records(),
							p.operatorType().replaceAll("@.*", ""), details(p))));
			});
		}
		return out;
	}

	/**
	 * The frontier statements {@code partnerNetwork(root, depth: 2)} sends, with the parameters it sends
	 * them (rings from the network itself): ring 0 and 1 with room for new partners, the rim (ring 2) without.
	 */
	static Map<String, Map.Entry<String, Map<String, Object>>> networkSteps(PartnerNetworks networks, String root) {
		String frontier = CypherFiles.load("network", "frontier").replace("{{links}}", CypherFiles.load("network", "_links"));
		List<String> kinds = List.of("COLLABORATION", "JOINT_PROJECT", "CO_PATENT", "CO_STANDARD", "SUPPLY");
		var network = networks.network(root, 2, null, null);
		List<String> all = network.nodes().stream().map(NetworkNode::id).toList();
		Map<String, Map.Entry<String, Map<String, Object>>> steps = new LinkedHashMap<>();
		for (int ring = 0; ring <= 2; ring++) {
			int r = ring;
			List<String> ids = network.nodes().stream().filter(n -> n.distance() == r).map(NetworkNode::id).toList();
			List<String> known = network.nodes().stream().filter(n -> n.distance() <= r).map(NetworkNode::id).toList();
			Map<String, Object> params = new HashMap<>(Map.of("ids", ids, "kinds", kinds, "rowLimit", 10_000,
					"known", r == 2 ? all : known, "fresh", r == 2 ? 0 : 500 - known.size() + 1));
			params.put("only", r == 2 ? all : null);
			steps.put("network/frontier of " + root + " (" + all.size() + " nodes), ring " + ring + " (" + ids.size() + " ids)",
					Map.entry(frontier, params));
		}
		return steps;
	}

	/** A local enterprise collaborating with the institution that has the most collaborators. */
	static String nextToTheBiggestHub(Driver driver) {
		try (var session = driver.session()) {
			return "Enterprise:" + session.executeRead(tx -> tx.run("""
					MATCH (i:Institution) WITH i ORDER BY COUNT { (i)<-[:COLLABORATES_WITH]-() } DESC LIMIT 1
					MATCH (e:Enterprise {local: true})-[:COLLABORATES_WITH]->(i)
					RETURN e.key AS k ORDER BY k LIMIT 1""").single().get("k").asString());
		}
	}

	private static String details(Plan p) {
		var d = p.arguments().get("Details");
		String text = d == null ? "" : d.asString();
		return text.length() > 140 ? text.substring(0, 140) + "…" : text;
	}

	private static void flatten(ProfiledPlan plan, List<ProfiledPlan> all) {
		all.add(plan);
		for (Plan child : plan.children()) {
			flatten((ProfiledPlan) child, all);
		}
	}

	private static void walk(ProfiledPlan plan, Set<String> operators, long[] totals) {
		operators.add(plan.operatorType().replaceAll("@.*", ""));
		totals[0] += plan.dbHits();
		for (Plan child : plan.children()) {
			walk((ProfiledPlan) child, operators, totals);
		}
	}

}
