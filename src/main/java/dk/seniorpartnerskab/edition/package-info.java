/**
 * Programme editions (forløb): dates, deadline, planned meetings and limits; the admin
 * pages for them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Editions", allowedDependencies = { "web" })
package dk.seniorpartnerskab.edition;
