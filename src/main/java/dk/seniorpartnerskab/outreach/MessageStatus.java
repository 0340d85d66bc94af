package dk.seniorpartnerskab.outreach;

/** PLANNED waits for its time (the deadline reminder); SENT has gone to the outbox. */
public enum MessageStatus {

	PLANNED, SENT, CANCELLED

}
