package dk.seniorpartnerskab.staff.web;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dk.seniorpartnerskab.staff.Role;

/**
 * Every page rendered by a controller gets {@code mayChange}: whether the signed-in user
 * may change things (staff or administrator, through the role hierarchy), the rule the
 * server's own authorization applies to every POST. Templates show the forms and buttons
 * for changes with {@code th:if="${mayChange}"}: worked out once per request, where a
 * {@code sec:authorize} parses and evaluates its expression again on every row of a table
 * (README: Speed).
 */
@ControllerAdvice
class StaffRightsAdvice {

	private static final String STAFF = "ROLE_" + Role.STAFF.name();

	private final RoleHierarchy roles;

	StaffRightsAdvice(RoleHierarchy roles) {
		this.roles = roles;
	}

	@ModelAttribute("mayChange")
	boolean mayChange(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& roles.getReachableGrantedAuthorities(authentication.getAuthorities())
					.stream()
					.anyMatch(authority -> STAFF.equals(authority.getAuthority()));
	}

}
