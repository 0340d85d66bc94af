/**
 * Runtime infrastructure: the embedded PostgreSQL default, demo data and the startup
 * banner.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System", allowedDependencies = { "edition", "web" })
package dk.seniorpartnerskab.system;
