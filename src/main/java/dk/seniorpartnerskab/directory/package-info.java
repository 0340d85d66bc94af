/**
 * The contacts directory of all 98 municipalities: contacts by role, import and export,
 * opt-outs from outreach, and each municipality's page with its history across editions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory", allowedDependencies = { "privacy", "audit",
		"edition", "municipality", "network", "registration", "scheduling", "toolkit", "web" })
package dk.seniorpartnerskab.directory;
