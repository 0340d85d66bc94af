package dk.seniorpartnerskab.staff;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two session rules before the security context is read: a session older than
 * {@code app.security.session-lifetime} (12 hours) ends however active it was (ASVS
 * V3.3.2); a password login waiting for its passkey reaches nothing but the passkey step;
 * and a user who must change their password reaches nothing in the admin area but the
 * password page (and logout).
 */
class StaffSessionFilter extends OncePerRequestFilter {

	/**
	 * What of the admin area a password login waiting for its passkey may reach (besides
	 * the WebAuthn endpoints, which are outside it).
	 */
	private static final Set<String> SECOND_STEP = Set.of("/admin/totrin", "/admin/logout", "/admin/login");

	private final Duration lifetime;

	private final Clock clock;

	StaffSessionFilter(Duration lifetime, Clock clock) {
		this.lifetime = lifetime;
		this.clock = clock;
	}

	/** The request's path within the application. */
	static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var session = request.getSession(false);
		if (session != null) {
			if (clock.millis() - session.getCreationTime() > lifetime.toMillis()) {
				session.invalidate();
			}
			else if (session.getAttribute(SecondFactorPolicy.PENDING) != null) {
				String path = path(request);
				if (path.startsWith("/admin") && !SECOND_STEP.contains(path)) {
					response.sendRedirect(request.getContextPath() + "/admin/totrin");
					return;
				}
			}
			else if (session.getAttribute(StaffManagement.MUST_CHANGE_PASSWORD) != null) {
				String path = path(request);
				if (path.startsWith("/admin") && !path.equals("/admin/adgangskode") && !path.equals("/admin/logout")) {
					response.sendRedirect(request.getContextPath() + "/admin/adgangskode");
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

}
