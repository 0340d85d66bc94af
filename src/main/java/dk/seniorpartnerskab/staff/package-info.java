/**
 * Staff users, roles, login with lockout, and the security configuration of the whole
 * application.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff",
		allowedDependencies = { "privacy", "system", "web" })
package dk.seniorpartnerskab.staff;
