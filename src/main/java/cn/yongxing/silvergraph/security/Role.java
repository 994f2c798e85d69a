package cn.yongxing.silvergraph.security;

/** What a caller may do; each role includes the ones before it. */
public enum Role {

	/** Reads the graph (anonymous callers by default). */
	VIEWER,
	/** Also sees sensitive (financial) fields and exports. */
	ANALYST,
	/** Also writes: upserts and links. */
	EDITOR,
	/** Also imports datasets, deletes, and reads the audit trail. */
	ADMIN;

	String authority() {
		return "ROLE_" + name();
	}

	/** {@code ROLE_ADMIN > ROLE_EDITOR > …}, for Spring Security's role hierarchy. */
	static String hierarchy() {
		var sb = new StringBuilder();
		Role[] roles = values();
		for (int i = roles.length - 1; i > 0; i--) {
			sb.append(roles[i].authority()).append(" > ").append(roles[i - 1].authority()).append('\n');
		}
		return sb.toString();
	}

}
