package dk.seniorpartnerskab.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

class StaffSessionFilterTest {

	private MockHttpSession session;

	private MockHttpServletResponse run(Duration sessionAge, String path) throws Exception {
		var clock = Clock.fixed(Instant.ofEpochMilli(session.getCreationTime()).plus(sessionAge), ZoneOffset.UTC);
		var request = new MockHttpServletRequest("GET", path);
		request.setServletPath(path);
		request.setSession(session);
		var response = new MockHttpServletResponse();
		new StaffSessionFilter(Duration.ofHours(12), clock).doFilter(request, response, new MockFilterChain());
		return response;
	}

	@Test
	void aSessionEndsTwelveHoursAfterLoginHoweverActiveItWas() throws Exception {
		session = new MockHttpSession();
		run(Duration.ofHours(11).plusMinutes(59), "/admin");
		assertThat(session.isInvalid()).isFalse();
		run(Duration.ofHours(12).plusMinutes(1), "/admin");
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void aPasswordLoginWaitingForItsPasskeyReachesOnlyThePasskeyStep() throws Exception {
		session = new MockHttpSession();
		session.setAttribute(SecondFactorPolicy.PENDING, true);
		assertThat(run(Duration.ZERO, "/admin/tilmeldinger").getRedirectedUrl()).isEqualTo("/admin/totrin");
		assertThat(run(Duration.ZERO, "/admin/totrin").getRedirectedUrl()).isNull();
		assertThat(run(Duration.ZERO, "/webauthn/authenticate/options").getRedirectedUrl()).isNull();
	}

	@Test
	void aUserWhoMustChangeTheirPasswordReachesOnlyThePasswordPage() throws Exception {
		session = new MockHttpSession();
		session.setAttribute(StaffManagement.MUST_CHANGE_PASSWORD, true);
		assertThat(run(Duration.ZERO, "/admin/log").getRedirectedUrl()).isEqualTo("/admin/adgangskode");
		assertThat(run(Duration.ZERO, "/admin/adgangskode").getRedirectedUrl()).isNull();
		assertThat(run(Duration.ZERO, "/").getRedirectedUrl()).isNull();
	}

}
