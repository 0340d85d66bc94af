package dk.seniorpartnerskab.staff;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import dk.seniorpartnerskab.audit.AuditLog;
import dk.seniorpartnerskab.audit.AuditTarget;
import dk.seniorpartnerskab.web.ClientAddress;

/**
 * Before a password is checked: an address or account that must wait (see
 * {@link LoginThrottle}) is sent back to the login form without the password being tried,
 * unless the browser has logged in to the account before.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	private final StaffUserRepository users;

	private final AuditLog auditLog;

	private final Clock clock;

	LoginThrottleFilter(LoginThrottle throttle, StaffUserRepository users, AuditLog auditLog, Clock clock) {
		this.throttle = throttle;
		this.users = users;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/admin/login".equals(StaffSessionFilter.path(request)));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String email = request.getParameter("email");
		var user = email == null ? Optional.<StaffUser>empty() : users.findByEmail(email.trim());
		var now = clock.instant();
		boolean known = user.map(u -> throttle.isKnownLogin(request, u)).orElse(false);
		boolean wait = !known && (throttle.addressThrottled(ClientAddress.of(request), now)
				|| user.map(u -> u.isThrottled(now)).orElse(false));
		if (wait) {
			auditLog.record(email == null ? "?" : email.trim(), "login.throttled",
					user.map(StaffManagement::target).orElse(AuditTarget.of("staff_user")), null, null);
			response.sendRedirect(request.getContextPath() + "/admin/login?vent=1");
			return;
		}
		chain.doFilter(request, response);
	}

}
