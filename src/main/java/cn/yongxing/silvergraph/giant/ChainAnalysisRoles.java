package cn.yongxing.silvergraph.giant;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.yongxing.silvergraph.chain.ChainRole;
import cn.yongxing.silvergraph.chain.ChainRoles;
import org.springframework.stereotype.Component;

/**
 * The industry-chain role criterion (产业链配套) answered by the chain-gap analysis: a firm fills a
 * gap (补短板 / 填空白) when it makes a weak or targeted link, holds a strong link (锻长板) otherwise.
 */
@Component
class ChainAnalysisRoles implements ChainRoleSource {

	private final ChainRoles chain;

	ChainAnalysisRoles(ChainRoles chain) {
		this.chain = chain;
	}

	@Override
	public Map<String, Role> rolesOf(Collection<String> enterpriseKeys) {
		Map<String, Role> roles = new LinkedHashMap<>();
		chain.rolesOf(enterpriseKeys).forEach((key, role) -> roles.put(key,
				new Role(role.role().name(), reason(role, Lang.EN), reason(role, Lang.ZH))));
		return roles;
	}

	private static String reason(ChainRole role, Lang l) {
		return switch (role.role()) {
			case FILLS_GAP -> l.pick("makes " + String.join(", ", role.gapProducts())
					+ ": a weak or targeted link of the cluster's chain (chain-gap analysis)",
					"生产" + String.join("、", role.gapProducts()) + "：属于集群产业链的薄弱或目标环节（产业链缺口分析）");
			case STRONG_LINK -> l.pick("makes " + String.join(", ", role.strongProducts())
					+ ": a strong link of the cluster's chain (chain-gap analysis)",
					"生产" + String.join("、", role.strongProducts()) + "：属于集群产业链的强势环节（产业链缺口分析）");
			case NONE -> l.pick("no product of it on a weak, targeted or strong link of the cluster's chains is recorded",
					"图谱中没有记录它在集群产业链薄弱、目标或强势环节上的产品");
		};
	}

}
