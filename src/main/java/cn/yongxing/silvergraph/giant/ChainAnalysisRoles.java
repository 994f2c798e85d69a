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
		chain.rolesOf(enterpriseKeys).forEach((key, role) -> roles.put(key, new Role(role.role().name(), reason(role))));
		return roles;
	}

	private static String reason(ChainRole role) {
		return switch (role.role()) {
			case FILLS_GAP -> "makes " + String.join(", ", role.gapProducts())
					+ ": a weak or targeted link of the cluster's chain (chain-gap analysis)";
			case STRONG_LINK -> "makes " + String.join(", ", role.strongProducts())
					+ ": a strong link of the cluster's chain (chain-gap analysis)";
			case NONE -> "makes no product on a weak, targeted or strong link of the cluster's chains";
		};
	}

}
