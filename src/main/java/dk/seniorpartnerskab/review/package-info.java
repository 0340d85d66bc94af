/**
 * Staff review of registrations: the list with filters and exports, the detail page,
 * decisions and the waiting list.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review",
		allowedDependencies = { "audit", "edition", "mail", "municipality", "network", "registration", "web" })
package dk.seniorpartnerskab.review;
