package dk.seniorpartnerskab.staff;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The Prometheus metrics ({@code /actuator/prometheus}) for staff only: a signed-in staff
 * member's session, or HTTP Basic with a staff login for a Prometheus scraper (use a
 * VIEWER account kept for it, over HTTPS). Anonymous requests get 401. A scrape never
 * creates a session. The main rules are in {@link SecurityConfiguration} (the other
 * actuator endpoints need an admin there).
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain metricsFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/actuator/prometheus")
			.authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.VIEWER.name()))
			.httpBasic(Customizer.withDefaults())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache(cache -> cache.disable());
		return http.build();
	}

}
