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
	void fourFailuresCostNothingAndTheFifthMakesTheNextAttemptWaitThirtySeconds() {
		var user = user();
		for (int i = 0; i < 4; i++) {
			assertThat(user.recordFailedLogin(start.plusSeconds(i))).isFalse();
		}
		assertThat(user.isThrottled(start.plusSeconds(4))).isFalse();
		assertThat(user.recordFailedLogin(start.plusSeconds(4))).isTrue();
		assertThat(user.isThrottled(start.plusSeconds(33))).isTrue();
		assertThat(user.isThrottled(start.plusSeconds(35))).isFalse();
	}

	@Test
	void theDelayDoublesWithEachFurtherFailureUpToFifteenMinutes() {
		assertThat(StaffUser.delayAfter(5)).isEqualTo(Duration.ofSeconds(30));
		assertThat(StaffUser.delayAfter(6)).isEqualTo(Duration.ofSeconds(60));
		assertThat(StaffUser.delayAfter(7)).isEqualTo(Duration.ofSeconds(120));
		assertThat(StaffUser.delayAfter(9)).isEqualTo(Duration.ofSeconds(480));
		assertThat(StaffUser.delayAfter(10)).isEqualTo(Duration.ofMinutes(15));
		assertThat(StaffUser.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void failuresOlderThanAnHourAreForgotten() {
		var user = user();
		for (int i = 0; i < 4; i++) {
			user.recordFailedLogin(start);
		}
		assertThat(user.recordFailedLogin(start.plus(Duration.ofMinutes(61)))).isFalse();
		assertThat(user.isThrottled(start.plus(Duration.ofMinutes(61)))).isFalse();
	}

	@Test
	void aSuccessfulLoginClearsTheCount() {
		var user = user();
		for (int i = 0; i < 4; i++) {
			user.recordFailedLogin(start);
		}
		user.recordSuccessfulLogin();
		user.recordFailedLogin(start);
		assertThat(user.isThrottled(start)).isFalse();
	}

	@Test
	void aPasswordSetByAnAdminMustBeChangedAndTheUsersOwnNeedNot() {
		var user = user();
		user.resetPassword("{noop}new", start);
		assertThat(user.isMustChangePassword()).isTrue();
		user.changePassword("{noop}own", start);
		assertThat(user.isMustChangePassword()).isFalse();
		assertThat(StaffUser.withTemporaryPassword("b@kl.dk", "B", "{noop}x", Role.VIEWER).isMustChangePassword())
			.isTrue();
	}

}
