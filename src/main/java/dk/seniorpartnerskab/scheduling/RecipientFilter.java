package dk.seniorpartnerskab.scheduling;

import java.util.function.Predicate;

/**
 * Who of a meeting's invited a message goes to: everyone, by answer, or by attendance.
 */
public enum RecipientFilter {

	ALL(i -> true), ATTENDING(i -> i.getAnswer() == Answer.ATTENDING), DECLINED(i -> i.getAnswer() == Answer.DECLINED),
	PENDING(i -> i.getAnswer() == Answer.PENDING), ATTENDED(i -> Boolean.TRUE.equals(i.getAttended())),
	NOT_ATTENDED(i -> Boolean.FALSE.equals(i.getAttended()));

	private final Predicate<Invitation> filter;

	RecipientFilter(Predicate<Invitation> filter) {
		this.filter = filter;
	}

	public boolean includes(Invitation invitation) {
		return invitation.isActive() && filter.test(invitation);
	}

}
