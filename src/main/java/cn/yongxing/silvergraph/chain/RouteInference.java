package cn.yongxing.silvergraph.chain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The inference along a chain's product DAG: a product the cluster makes in volume from recycled
 * inputs needs each product that lies on every route into it (its dominators, from the chain's first
 * products), so those are made locally too — unless a contrary record (an import of the product into
 * the scope) says it comes from outside, which also ends the inference for everything upstream of it.
 * Pure and small (the template of a chain, not its firms), so it runs in memory once per graph version.
 */
final class RouteInference {

	private RouteInference() {
	}

	/**
	 * Products inferred to be made locally, each with the product made in volume it is inferred from.
	 *
	 * @param products the chain's products
	 * @param edges FEEDS edges between them, {from, to}
	 * @param recycled products a waste stream feeds directly
	 * @param volume products made locally in volume, strongest first (an earlier one wins)
	 * @param ownEvidence products whose own evidence already says more than an inference could (they are
	 *     passed over, and the walk goes on through them)
	 * @param imported products a recorded import brings into the scope
	 */
	static Map<String, String> infer(Collection<String> products, Collection<List<String>> edges, Set<String> recycled,
			List<String> volume, Predicate<String> ownEvidence, Predicate<String> imported) {
		Map<String, List<String>> preds = new HashMap<>();
		Map<String, List<String>> succs = new HashMap<>();
		Set<String> nodes = new LinkedHashSet<>(products);
		for (List<String> e : edges) {
			if (nodes.contains(e.get(0)) && nodes.contains(e.get(1)) && !e.get(0).equals(e.get(1))) {
				preds.computeIfAbsent(e.get(1), k -> new ArrayList<>()).add(e.get(0));
				succs.computeIfAbsent(e.get(0), k -> new ArrayList<>()).add(e.get(1));
			}
		}
		List<String> order = topological(nodes, preds, succs);
		Map<String, Integer> position = new HashMap<>();
		for (int i = 0; i < order.size(); i++) {
			position.put(order.get(i), i);
		}
		// dominators from the chain's first products; a product on a cycle is in no order and dominates nothing
		Map<String, Set<String>> dominators = new HashMap<>();
		Set<String> fromRecycling = new HashSet<>();
		for (String n : order) {
			Set<String> dom = null;
			for (String p : preds.getOrDefault(n, List.of())) {
				Set<String> d = dominators.get(p);
				if (d == null) {
					continue;
				}
				if (dom == null) {
					dom = new HashSet<>(d);
				}
				else {
					dom.retainAll(d);
				}
			}
			dom = dom == null ? new HashSet<>() : dom;
			dom.add(n);
			dominators.put(n, dom);
			if (recycled.contains(n) || preds.getOrDefault(n, List.of()).stream().anyMatch(fromRecycling::contains)) {
				fromRecycling.add(n);
			}
		}
		Map<String, String> inferred = new LinkedHashMap<>();
		for (String v : volume) {
			if (!fromRecycling.contains(v) || !dominators.containsKey(v)) {
				continue;
			}
			// nearest dominator first: the walk up the only route stops at a recorded import
			List<String> route = new ArrayList<>(dominators.get(v));
			route.remove(v);
			route.sort((a, b) -> Integer.compare(position.get(b), position.get(a)));
			for (String x : route) {
				if (imported.test(x)) {
					break;
				}
				if (!ownEvidence.test(x)) {
					inferred.putIfAbsent(x, v);
				}
			}
		}
		return inferred;
	}

	private static List<String> topological(Set<String> nodes, Map<String, List<String>> preds,
			Map<String, List<String>> succs) {
		Map<String, Integer> indegree = new HashMap<>();
		nodes.forEach(n -> indegree.put(n, preds.getOrDefault(n, List.of()).size()));
		ArrayDeque<String> ready = new ArrayDeque<>();
		nodes.stream().filter(n -> indegree.get(n) == 0).forEach(ready::add);
		List<String> order = new ArrayList<>();
		while (!ready.isEmpty()) {
			String n = ready.poll();
			order.add(n);
			for (String s : succs.getOrDefault(n, List.of())) {
				if (indegree.merge(s, -1, Integer::sum) == 0) {
					ready.add(s);
				}
			}
		}
		return order;
	}

}
