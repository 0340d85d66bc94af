package dk.seniorpartnerskab.edition;

import java.time.Instant;

/**
 * Whether registration is possible at a given moment: before it opens, while open, after
 * the deadline.
 */
public enum RegistrationWindow {

	NOT_YET_OPEN, OPEN, CLOSED;

	/**
	 * Opens at {@code opens} (inclusive); the deadline {@code closes} is the first moment
	 * it is closed.
	 */
	public static RegistrationWindow at(Instant now, Instant opens, Instant closes) {
		if (now.isBefore(opens)) {
			return NOT_YET_OPEN;
		}
		return now.isBefore(closes) ? OPEN : CLOSED;
	}

}
