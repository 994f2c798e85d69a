package cn.yongxing.silvergraph.security;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the current caller may see: the one decision behind every guard on sensitive values. Raw
 * fields marked {@code @sensitive} and every value derived from financial figures (the tier
 * assessments compute without them for a caller who may not see them) ask this component.
 */
@Component
public class Clearance {

	private final RoleHierarchy roles;

	Clearance(RoleHierarchy roles) {
		this.roles = roles;
	}

	/** Whether the current caller may see financial figures and anything derived from them (ANALYST or higher). */
	public boolean seesFinancials() {
		return holds(Role.ANALYST);
	}

	/** Whether the current caller holds the role, directly or through the hierarchy. */
	public boolean holds(Role role) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		return caller != null && caller.isAuthenticated()
				&& roles.getReachableGrantedAuthorities(caller.getAuthorities()).stream()
					.anyMatch(a -> role.authority().equals(a.getAuthority()));
	}

}
