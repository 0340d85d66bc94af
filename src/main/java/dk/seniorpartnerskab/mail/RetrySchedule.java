package dk.seniorpartnerskab.mail;

import java.time.Duration;
import java.util.Optional;

/**
 * When to try a mail again after a failed attempt: 1 minute, then doubling (2, 4, 8 ...
 * minutes) up to 12 hours between attempts, {@value #MAX_ATTEMPTS} attempts in all. The
 * waits add up to about 29 hours, so an SMTP outage over a night and a day delays mail
 * but loses none; after that the mail is FAILED and staff see it in the mail log ("Send
 * igen").
 */
final class RetrySchedule {

	static final int MAX_ATTEMPTS = 12;

	static final Duration FIRST_DELAY = Duration.ofMinutes(1);

	static final Duration LONGEST_DELAY = Duration.ofHours(12);

	private RetrySchedule() {
	}

	/**
	 * The wait after the given number of failed attempts, or empty when it is time to
	 * give up.
	 */
	static Optional<Duration> delayAfter(int failedAttempts) {
		if (failedAttempts < 1) {
			throw new IllegalArgumentException("failedAttempts must be at least 1");
		}
		if (failedAttempts >= MAX_ATTEMPTS) {
			return Optional.empty();
		}
		// 2^(n-1) minutes; from the 11th attempt on the cap applies (and the shift stays
		// far from overflow).
		long minutes = 1L << Math.min(failedAttempts - 1, 20);
		Duration delay = FIRST_DELAY.multipliedBy(minutes);
		return Optional.of(delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay);
	}

}
