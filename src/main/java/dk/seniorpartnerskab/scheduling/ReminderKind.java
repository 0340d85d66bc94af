package dk.seniorpartnerskab.scheduling;

/**
 * UNANSWERED: no answer N days after the invitation; BEFORE_MEETING: attending, N days
 * before the meeting.
 */
public enum ReminderKind {

	UNANSWERED, BEFORE_MEETING

}
