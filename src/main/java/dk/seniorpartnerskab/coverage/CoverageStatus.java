package dk.seniorpartnerskab.coverage;

/**
 * How far a municipality has come in an edition, each step including the ones before:
 * registered (received or on the waiting list), approved, placed in a network, attended
 * at least one development day. Rejected and withdrawn count as not registered.
 */
public enum CoverageStatus {

	NOT_REGISTERED, REGISTERED, APPROVED, IN_NETWORK, ATTENDED

}
