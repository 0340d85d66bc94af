package dk.seniorpartnerskab.registration;

/** The party a participant represents; the programme requires both. */
public enum Side {

	MANAGEMENT, EMPLOYEES

}
