package cn.yongxing.silvergraph.chain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.yongxing.silvergraph.graph.CypherFiles;
import cn.yongxing.silvergraph.graph.GraphReader;
import org.springframework.stereotype.Service;

/**
 * Public API of the chain analysis for other features (the little-giant engine): whether each local
 * enterprise fills a gap or holds a strong link of the cluster's chains. One statement for any
 * number of enterprises (the products they make), and the cluster's chain links (read once per
 * graph version).
 */
@Service
public class ChainRoles {

	private final GraphReader reader;

	private final ChainLinks links;

	private final String producersCypher = CypherFiles.load("chain", "producers");

	ChainRoles(GraphReader reader, ChainLinks links) {
		this.reader = reader;
		this.links = links;
	}

	/**
	 * The chain role of each enterprise, by key; every given key is in the result (NONE for outside or
	 * unknown enterprises and those making no chain product). FILLS_GAP: it makes a product whose link
	 * in the cluster is WEAK (one producer, pilot only, short of local demand) or that is a development
	 * target; otherwise STRONG_LINK when it makes a product whose link is STRONG.
	 */
	public Map<String, ChainRole> rolesOf(Collection<String> enterpriseKeys) {
		List<String> keys = List.copyOf(new LinkedHashSet<>(enterpriseKeys));
		Map<String, List<String>> made = new HashMap<>();
		if (!keys.isEmpty()) {
			reader.list("chainRoles.producers", producersCypher, Map.of("keys", keys), r -> r).forEach(r -> {
				if (r.get("local").asBoolean(false)) {
					made.computeIfAbsent(r.get("key").asString(), k -> new ArrayList<>()).add(r.get("product").asString());
				}
			});
		}
		Set<String> gapProducts = new LinkedHashSet<>();
		Set<String> strongProducts = new LinkedHashSet<>();
		if (!made.isEmpty()) {
			Set<String> products = new LinkedHashSet<>();
			made.values().forEach(products::addAll);
			for (var link : links.links(null, null, products)) {
				var status = link.assessment().status();
				if (status == LinkStatus.WEAK || link.facts().target()) {
					gapProducts.add(link.product().key());
				}
				else if (status == LinkStatus.STRONG) {
					strongProducts.add(link.product().key());
				}
			}
		}
		Map<String, ChainRole> roles = new LinkedHashMap<>();
		for (String key : keys) {
			List<String> products = made.getOrDefault(key, List.of());
			List<String> gaps = products.stream().filter(gapProducts::contains).toList();
			List<String> strong = products.stream().filter(p -> strongProducts.contains(p) && !gapProducts.contains(p)).toList();
			ChainRole.Role role = !gaps.isEmpty() ? ChainRole.Role.FILLS_GAP
					: !strong.isEmpty() ? ChainRole.Role.STRONG_LINK : ChainRole.Role.NONE;
			roles.put(key, new ChainRole(key, role, gaps, strong));
		}
		return roles;
	}

}
