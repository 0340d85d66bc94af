package dk.seniorpartnerskab.registration;

/**
 * How far the municipality's senior effort is: already started ("i gang") or decided
 * ("besluttet").
 */
public enum EffortStatus {

	STARTED, DECIDED

}
