/**
 * Staff users, roles, login with throttling, passwords and passkeys, their sessions and
 * security events, and the security configuration of the whole application.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff",
		allowedDependencies = { "audit", "privacy", "system", "web" })
package dk.seniorpartnerskab.staff;
