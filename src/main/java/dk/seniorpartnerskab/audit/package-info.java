/**
 * The audit log: who changed what and when (decisions, assignments, edits, exports),
 * shown to ADMIN.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package dk.seniorpartnerskab.audit;
