package cn.yongxing.silvergraph.chain;

import java.util.List;

/**
 * An enterprise's role in the cluster's chains, for rules such as the little-giant "industry-chain
 * role" criterion (补短板 / 锻长板 / 填空白).
 *
 * @param enterpriseKey the enterprise
 * @param role FILLS_GAP, STRONG_LINK or NONE
 * @param gapProducts products it makes whose link is WEAK or a development target (fills or shores up a gap)
 * @param strongProducts products it makes whose link is STRONG
 */
public record ChainRole(String enterpriseKey, Role role, List<String> gapProducts, List<String> strongProducts) {

	/** The role itself. */
	public enum Role {

		/** Makes a product whose local link is weak, or that the cluster names as a development target. */
		FILLS_GAP,
		/** Makes a product whose local link is strong (several local producers, enough capacity). */
		STRONG_LINK,
		/** Makes no product of a chain locally (or is not a local enterprise). */
		NONE

	}

}
