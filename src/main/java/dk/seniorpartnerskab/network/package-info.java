/**
 * Networks (netværk) per edition, the assignment board, and the proposal that splits
 * municipalities evenly.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Networks",
		allowedDependencies = { "audit", "edition", "municipality", "registration", "staff", "web" })
package dk.seniorpartnerskab.network;
