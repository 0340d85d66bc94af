package dk.seniorpartnerskab.staff;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * After a password login: marks the browser as one that logged in to the account (see
 * {@link LoginThrottle}); when an ADMIN requires a second factor, sends the user on to
 * confirm with a passkey; a user whose password an admin set must change it first;
 * everyone else goes where they were headed, or to the admin start page.
 */
class StaffLoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final StaffUserRepository users;

	private final LoginThrottle throttle;

	private final SecondFactorPolicy secondFactor;

	private final boolean secureCookies;

	StaffLoginSuccessHandler(StaffUserRepository users, LoginThrottle throttle, SecondFactorPolicy secondFactor,
			RequestCache requestCache, boolean secureCookies) {
		this.users = users;
		this.throttle = throttle;
		this.secondFactor = secondFactor;
		this.secureCookies = secureCookies;
		setRequestCache(requestCache);
		setDefaultTargetUrl("/admin");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		var user = users.findByEmail(authentication.getName()).orElse(null);
		if (user != null) {
			response.addHeader(HttpHeaders.SET_COOKIE, throttle.knownLoginCookie(user, secureCookies).toString());
			if (user.isMustChangePassword()) {
				request.getSession().setAttribute(StaffManagement.MUST_CHANGE_PASSWORD, Boolean.TRUE);
			}
			if (secondFactor.isRequired()) {
				request.getSession().setAttribute(SecondFactorPolicy.PENDING, Boolean.TRUE);
				clearAuthenticationAttributes(request);
				getRedirectStrategy().sendRedirect(request, response, "/admin/totrin");
				return;
			}
			if (user.isMustChangePassword()) {
				clearAuthenticationAttributes(request);
				getRedirectStrategy().sendRedirect(request, response, "/admin/adgangskode");
				return;
			}
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
