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
	 * (holds a strong link: 锻长板), NONE or UNKNOWN, and why.
	 */
	record Role(String kind, @Nullable String reason) {

		static final String UNAVAILABLE = "chain analysis not available";

		/** The role when nothing is known. */
		public static Role unknown() {
			return new Role("UNKNOWN", UNAVAILABLE);
		}

		boolean known() {
			return !kind.equals("UNKNOWN");
		}

	}

	/** The source used when no chain analysis is plugged in: every role is UNKNOWN. */
	static ChainRoleSource unavailable() {
		return keys -> Map.of();
	}

}
