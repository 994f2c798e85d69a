package cn.yongxing.silvergraph.giant;

import java.util.Collection;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Where the candidate engine learns each local enterprise's role in its industry chain. The chain
 * analysis implements it as a bean; without one the role is UNKNOWN ("chain analysis not available").
 */
public interface ChainRoleSource {

	/** Roles of enterprises by key; enterprises missing from the map have role {@link Role#unknown}. */
	Map<String, Role> rolesOf(Collection<String> enterpriseKeys);

	/**
	 * A role: {@code kind} FILLS_GAP (fills a blank or fixes a weak link: 填空白 / 补短板), STRONG_LINK
	 * (holds a strong link: 锻长板), NONE (no product of it on such a link is recorded) or UNKNOWN, and
	 * why, in English and Chinese.
	 */
	record Role(String kind, @Nullable String reason, @Nullable String reasonZh) {

		/** A role with its reason in English only. */
		public Role(String kind, @Nullable String reason) {
			this(kind, reason, null);
		}

		/** The role when nothing is known. */
		public static Role unknown() {
			return new Role("UNKNOWN", "chain analysis not available", "暂无产业链分析结果");
		}

		boolean known() {
			return !kind.equals("UNKNOWN");
		}

		/** The reason in a language (the English one when no Chinese is given). */
		String reason(Lang lang) {
			String r = lang == Lang.ZH && reasonZh != null ? reasonZh : reason;
			return r == null ? lang.pick("no reason given", "未说明原因") : r;
		}

	}

	/** The source used when no chain analysis is plugged in: every role is UNKNOWN. */
	static ChainRoleSource unavailable() {
		return keys -> Map.of();
	}

}
