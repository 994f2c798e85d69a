package cn.yongxing.silvergraph.giant;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.yongxing.silvergraph.chain.ChainRole;
import cn.yongxing.silvergraph.chain.ChainRoles;
import cn.yongxing.silvergraph.graph.CypherFiles;
import cn.yongxing.silvergraph.graph.GraphReader;
import org.springframework.stereotype.Component;

/**
 * The industry-chain role criterion (产业链配套) answered by the chain-gap analysis: a firm fills a
 * gap (补短板 / 填空白) when it makes a weak or targeted link, holds a strong link (锻长板) otherwise.
 */
@Component
class ChainAnalysisRoles implements ChainRoleSource {

	private final ChainRoles chain;

	private final GraphReader reader;

	private final String productNames = CypherFiles.load("giant", "product-names");

	ChainAnalysisRoles(ChainRoles chain, GraphReader reader) {
		this.chain = chain;
		this.reader = reader;
	}

	@Override
	public Map<String, Role> rolesOf(Collection<String> enterpriseKeys) {
		Map<String, ChainRole> found = chain.rolesOf(enterpriseKeys);
		Set<String> products = new LinkedHashSet<>();
		found.values().forEach(r -> {
			products.addAll(r.gapProducts());
			products.addAll(r.strongProducts());
		});
		Map<String, String[]> names = new HashMap<>();
		if (!products.isEmpty()) {
			reader.list("giant.productNames", productNames, Map.of("keys", List.copyOf(products)), r -> r)
				.forEach(r -> names.put(r.get("key").asString(),
						new String[] { r.get("name").asString(r.get("key").asString()), r.get("nameZh").asString("") }));
		}
		Map<String, Role> roles = new LinkedHashMap<>();
		found.forEach((key, role) -> roles.put(key,
				new Role(role.role().name(), reason(role, names, Lang.EN), reason(role, names, Lang.ZH))));
		return roles;
	}

	/** Product names people read, in a language (the key only when the graph names none). */
	private static String names(List<String> keys, Map<String, String[]> names, Lang l) {
		return String.join(l.pick(", ", "、"), keys.stream().map(k -> {
			String[] n = names.get(k);
			return n == null ? k : l == Lang.ZH && !n[1].isEmpty() ? n[1] : n[0];
		}).toList());
	}

	private static String reason(ChainRole role, Map<String, String[]> names, Lang l) {
		return switch (role.role()) {
			case FILLS_GAP -> l.pick("makes " + names(role.gapProducts(), names, l)
					+ ": a weak or targeted link of the cluster's chain (chain-gap analysis)",
					"生产" + names(role.gapProducts(), names, l) + "：属于集群产业链的薄弱或目标环节（产业链缺口分析）");
			case STRONG_LINK -> l.pick("makes " + names(role.strongProducts(), names, l)
					+ ": a strong link of the cluster's chain (chain-gap analysis)",
					"生产" + names(role.strongProducts(), names, l) + "：属于集群产业链的强势环节（产业链缺口分析）");
			case NONE -> l.pick("no product of it on a weak, targeted or strong link of the cluster's chains is recorded",
					"图谱中没有记录它在集群产业链薄弱、目标或强势环节上的产品");
		};
	}

}
