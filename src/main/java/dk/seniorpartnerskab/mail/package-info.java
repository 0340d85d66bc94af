/**
 * All outgoing mail: the transactional outbox, templates, the retrying dispatcher and the
 * staff mail log. The only code that talks SMTP.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail",
		allowedDependencies = { "audit", "privacy", "web" })
package dk.seniorpartnerskab.mail;
