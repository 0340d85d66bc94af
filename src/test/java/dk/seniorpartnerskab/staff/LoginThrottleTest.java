package dk.seniorpartnerskab.staff;

import java.time.Instant;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

	private final Instant start = Instant.parse("2026-11-23T10:00:00Z");

	private final LoginThrottle throttle = new LoginThrottle();

	@Test
	void twentyFailuresFromOneAddressCostNothingAndFurtherOnesMakeItWait() {
		for (int i = 0; i < 19; i++) {
			throttle.addressFailed("10.0.0.1", start);
		}
		assertThat(throttle.addressThrottled("10.0.0.1", start)).isFalse();
		throttle.addressFailed("10.0.0.1", start);
		assertThat(throttle.addressThrottled("10.0.0.1", start.plusSeconds(29))).isTrue();
		assertThat(throttle.addressThrottled("10.0.0.1", start.plusSeconds(31))).isFalse();
		assertThat(throttle.addressThrottled("10.0.0.2", start)).isFalse();
	}

	@Test
	void aKnownLoginCookieIsValidForItsAccountUntilThePasswordChanges() {
		var user = new StaffUser("a@kl.dk", "A", "{bcrypt}hash-1", Role.ADMIN);
		ReflectionTestUtils.setField(user, "id", 7L);
		var cookie = throttle.knownLoginCookie(user, true);
		var request = new MockHttpServletRequest();
		request.setCookies(new Cookie(cookie.getName(), cookie.getValue()));
		assertThat(throttle.isKnownLogin(request, user)).isTrue();

		var other = new StaffUser("b@kl.dk", "B", "{bcrypt}hash-1", Role.ADMIN);
		ReflectionTestUtils.setField(other, "id", 8L);
		assertThat(throttle.isKnownLogin(request, other)).isFalse();
		user.changePassword("{bcrypt}hash-2", start);
		assertThat(throttle.isKnownLogin(request, user)).isFalse();
	}

}
