/**
 * The audit log: who changed what and when (decisions, assignments, edits, exports),
 * shown to ADMIN.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "web" })
package dk.seniorpartnerskab.audit;
