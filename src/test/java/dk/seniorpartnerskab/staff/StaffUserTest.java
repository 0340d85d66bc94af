package dk.seniorpartnerskab.staff;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StaffUserTest {

	private final Instant start = Instant.parse("2026-11-23T10:00:00Z");

	private StaffUser user() {
		return new StaffUser("a@kl.dk", "A", "{noop}x", Role.STAFF);
	}

	@Test
	void fiveFailuresWithinFifteenMinutesLockForFifteenMinutes() {
		var user = user();
		for (int i = 0; i < 4; i++) {
			user.recordFailedLogin(start.plus(Duration.ofMinutes(i * 3)));
		}
		assertThat(user.isLocked(start.plus(Duration.ofMinutes(12)))).isFalse();
		user.recordFailedLogin(start.plus(Duration.ofMinutes(14)));
		assertThat(user.isLocked(start.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(user.isLocked(start.plus(Duration.ofMinutes(28)))).isTrue();
		assertThat(user.isLocked(start.plus(Duration.ofMinutes(29)))).isFalse();
	}

	@Test
	void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
		var user = user();
		for (int i = 0; i < 10; i++) {
			user.recordFailedLogin(start.plus(Duration.ofMinutes(i * 4)));
		}
		assertThat(user.isLocked(start.plus(Duration.ofMinutes(36)))).isFalse();
	}

	@Test
	void aSuccessfulLoginClearsTheCount() {
		var user = user();
		for (int i = 0; i < 4; i++) {
			user.recordFailedLogin(start);
		}
		user.recordSuccessfulLogin();
		user.recordFailedLogin(start);
		assertThat(user.isLocked(start)).isFalse();
	}

}
