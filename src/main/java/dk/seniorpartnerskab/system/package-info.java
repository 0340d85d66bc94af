/**
 * Runtime infrastructure: the embedded PostgreSQL default, demo data and the startup
 * banner.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package dk.seniorpartnerskab.system;
