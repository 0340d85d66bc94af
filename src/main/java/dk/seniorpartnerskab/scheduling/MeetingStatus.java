package dk.seniorpartnerskab.scheduling;

/**
 * DRAFT: being planned, not shown to anyone; PLANNED: dated and placed, invitations may
 * go out; CANCELLED.
 */
public enum MeetingStatus {

	DRAFT, PLANNED, CANCELLED

}
