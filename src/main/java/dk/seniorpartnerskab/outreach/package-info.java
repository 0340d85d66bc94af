/**
 * Outreach: messages from staff to chosen contacts of the 98 municipalities, through the
 * outbox, once per address per message, with ready-made starting points, a planned
 * deadline reminder and an unsubscribe link.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outreach", allowedDependencies = { "privacy", "audit",
		"directory", "edition", "mail", "municipality", "registration", "toolkit", "web" })
package dk.seniorpartnerskab.outreach;
