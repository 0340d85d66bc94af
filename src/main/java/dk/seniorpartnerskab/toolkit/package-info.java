/**
 * Toolkits (værktøjer): the public library with versioned files for all 98
 * municipalities, staff editing, download counts and notices to registered
 * municipalities.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Toolkits",
		allowedDependencies = { "audit", "edition", "mail", "privacy", "registration", "web" })
package dk.seniorpartnerskab.toolkit;
