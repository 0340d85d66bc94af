package dk.seniorpartnerskab.staff.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dk.seniorpartnerskab.staff.Role;

/**
 * Every page rendered by a controller gets {@code mayChange}: whether the signed-in user
 * may change things (staff or administrator, through the role hierarchy), the rule the
 * server's own authorization applies to every POST. Templates show the forms and buttons
 * for changes with {@code th:if="${mayChange}"}: worked out once per request, where a
 * {@code sec:authorize} parses and evaluates its expression again on every row of a table
 * (README: Speed). They also get {@code signedInRoles}, the names of the roles the user
 * has through the hierarchy, from which the menu leaves out what the user may not open,
 * and {@code signedInName}, the signed-in user's e-mail address (none for anonymous
 * visitors), which the layout shows in the admin area: a model value where
 * {@code sec:authorize} and {@code #authentication} would build a security expression
 * context twice a page.
 */
@ControllerAdvice
class StaffRightsAdvice {

	private static final String PREFIX = "ROLE_";

	private final RoleHierarchy roles;

	StaffRightsAdvice(RoleHierarchy roles) {
		this.roles = roles;
	}

	/** The rights worked out from one look at the role hierarchy. */
	@ModelAttribute
	void rights(Authentication authentication, Model model) {
		Set<String> signedInRoles = roles(authentication);
		model.addAttribute("signedInName", signedIn(authentication) ? authentication.getName() : null);
		model.addAttribute("signedInRoles", signedInRoles);
		model.addAttribute("mayChange", signedInRoles.contains(Role.STAFF.name()));
	}

	private static boolean signedIn(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated();
	}

	private Set<String> roles(Authentication authentication) {
		if (!signedIn(authentication)) {
			return Set.of();
		}
		return roles.getReachableGrantedAuthorities(authentication.getAuthorities())
			.stream()
			.map(authority -> authority.getAuthority())
			.filter(authority -> authority != null && authority.startsWith(PREFIX))
			.map(authority -> authority.substring(PREFIX.length()))
			.collect(Collectors.toUnmodifiableSet());
	}

}
