package dk.seniorpartnerskab.staff;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

import dk.seniorpartnerskab.audit.AuditLog;
import dk.seniorpartnerskab.web.Assets;

/**
 * Security of the whole application. Public pages are open; {@code /admin/**} needs a
 * staff login. Roles are enforced here on the server: reading needs VIEWER, every
 * changing request (anything but GET) needs STAFF, user management and the audit log need
 * ADMIN. ADMIN implies STAFF implies VIEWER.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * No inline scripts, no framing, forms only to ourselves. The mail preview sets its
	 * own, stricter policy for the sandboxed frame it is shown in.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-src 'self'; frame-ancestors 'none'";

	private final boolean secureCookies;

	private final String passkeyRelyingParty;

	private final Set<String> passkeyOrigins;

	/**
	 * Cookies are {@code Secure} and HSTS is sent when the public address is https (or
	 * {@code APP_SECURE_COOKIES=true}), without further settings.
	 */
	SecurityConfiguration(@Value("${app.base-url:}") String baseUrl,
			@Value("${app.secure-cookies:false}") boolean secureCookiesSetting) {
		this.secureCookies = secureCookiesSetting || baseUrl.toLowerCase(Locale.ROOT).startsWith("https://");
		var address = URI.create(baseUrl.isBlank() ? "http://localhost:8080" : baseUrl);
		this.passkeyRelyingParty = address.getHost();
		this.passkeyOrigins = Set.of(address.getScheme() + "://" + address.getRawAuthority());
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, StaffUserRepository users,
			AuditLog auditLog, Clock clock, SecondFactorPolicy secondFactor,
			@Value("${app.security.session-lifetime:12h}") Duration sessionLifetime) throws Exception {
		var requestCache = new CookieRequestCache();
		http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/admin/login")
			.permitAll()
			.requestMatchers("/admin/brugere", "/admin/brugere/**", "/admin/log", "/admin/log/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers(HttpMethod.POST, "/admin/logout")
			.authenticated()
			.requestMatchers("/admin/adgangskode", "/admin/passkeys", "/admin/passkeys/**", "/admin/totrin")
			.authenticated()
			.requestMatchers("/webauthn/register/**", "/webauthn/register")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/admin", "/admin/**")
			.hasRole(Role.VIEWER.name())
			.requestMatchers(HttpMethod.HEAD, "/admin", "/admin/**")
			.hasRole(Role.VIEWER.name())
			.requestMatchers("/admin", "/admin/**")
			.hasRole(Role.STAFF.name())
			.anyRequest()
			.permitAll());
		http.formLogin(form -> form.loginPage("/admin/login")
			.loginProcessingUrl("/admin/login")
			.usernameParameter("email")
			.passwordParameter("password")
			.successHandler(new StaffLoginSuccessHandler(users, throttle, secondFactor, requestCache, secureCookies))
			.failureUrl("/admin/login?fejl=1"));
		http.addFilterBefore(new LoginThrottleFilter(throttle, users, auditLog, clock),
				UsernamePasswordAuthenticationFilter.class);
		http.addFilterBefore(new StaffSessionFilter(sessionLifetime, clock), SecurityContextHolderFilter.class);
		// Passkeys: registered on /admin/passkeys, used on the login page or as the
		// second
		// step after the password (/admin/totrin) when an ADMIN requires it.
		http.webAuthn(webAuthn -> webAuthn.rpName("Seniorpartnerskabet")
			.rpId(passkeyRelyingParty)
			.allowedOrigins(passkeyOrigins)
			.disableDefaultRegistrationPage(true));
		http.logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logget-ud=1"));
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		// Anonymous visitors get no server session: the CSRF token lives in a cookie
		// (double submit, the form field masked per page), and the page to return to
		// after
		// login too. Only a staff login creates a session.
		http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()));
		http.requestCache(cache -> cache.requestCache(requestCache));
		securityHeaders(http);
		return http.build();
	}

	/**
	 * Static assets (content-hashed, immutable) before the session and login machinery:
	 * no session is read or written, no CSRF token made, no authorization decided; only
	 * the same security headers as every page. Measured in PageSpeedBenchmark (README:
	 * Speed).
	 */
	@Bean
	@Order(0)
	SecurityFilterChain staticResourcesFilterChain(HttpSecurity http) throws Exception {
		var paths = new ArrayList<>(List.of(Assets.PATTERNS));
		paths.add("/favicon.ico");
		http.securityMatcher(paths.toArray(String[]::new))
			.securityContext(context -> context.disable())
			.sessionManagement(session -> session.disable())
			.requestCache(cache -> cache.disable())
			.anonymous(anonymous -> anonymous.disable())
			.servletApi(servletApi -> servletApi.disable())
			.csrf(csrf -> csrf.disable())
			.logout(logout -> logout.disable());
		securityHeaders(http);
		return http.build();
	}

	private void securityHeaders(HttpSecurity http) throws Exception {
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(frame -> frame.sameOrigin())
			.httpStrictTransportSecurity(hsts -> {
				if (secureCookies) {
					// Behind a TLS-terminating proxy the request may look plain: send it
					// anyway.
					hsts.requestMatcher(AnyRequestMatcher.INSTANCE).maxAgeInSeconds(31_536_000);
				}
				else {
					hsts.disable();
				}
			}));
	}

	private CookieCsrfTokenRepository csrfTokens() {
		var repository = new CookieCsrfTokenRepository();
		repository.setCookieCustomizer(cookie -> cookie.secure(secureCookies).sameSite("Lax").path("/"));
		return repository;
	}

	/** The session cookie follows the same rule as the CSRF cookie. */
	@Bean
	DefaultCookieSerializerCustomizer secureSessionCookie() {
		return serializer -> {
			if (secureCookies) {
				serializer.setUseSecureCookie(true);
			}
		};
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.ADMIN.name())
			.implies(Role.STAFF.name())
			.role(Role.STAFF.name())
			.implies(Role.VIEWER.name())
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
