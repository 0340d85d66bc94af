package dk.seniorpartnerskab.outreach;

/** The ready-made text a message started from (FREE: none). */
public enum StartingPoint {

	FREE, INVITATION, DEADLINE_REMINDER, TOOLKIT

}
