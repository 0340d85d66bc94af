/**
 * Reference data: Denmark's 98 municipalities and 5 regions, read-only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Municipalities", allowedDependencies = { "web" })
package dk.seniorpartnerskab.municipality;
