package dk.seniorpartnerskab.staff;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dk.seniorpartnerskab.support.Browser;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.support.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkeys in a real Chromium with Selenium's virtual authenticator (CTAP2, a resident
 * key, user verification): a staff member registers a passkey, logs in with it alone,
 * and, once an ADMIN requires a second factor, confirms a password login with it.
 * WebAuthn checks the page's origin, so this app runs on a fixed port that its base URL
 * names (its own Spring context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
class PasskeyBrowserTest {

	static final int PORT = freePort();

	@DynamicPropertySource
	static void port(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("app.base-url", () -> "http://localhost:" + PORT);
	}

	@Autowired
	TestData data;

	@Autowired
	SecondFactorPolicy secondFactor;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		data.clean();
		data.staff(Role.ADMIN, "noegle@kl.dk");
	}

	@Test
	void aStaffMemberRegistersAPasskeyLogsInWithItAndUsesItAsTheSecondFactor() {
		String email = "noegle@kl.dk";
		try (var browser = Browser.open("http://localhost:" + PORT, true)) {
			var authenticator = ((HasVirtualAuthenticator) browser.driver()).addVirtualAuthenticator(
					new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
						.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
						.setHasResidentKey(true)
						.setHasUserVerification(true)
						.setIsUserVerified(true));

			browser.login(email, TestData.passwordFor(email));
			assertThat(browser.currentPath()).isEqualTo("/admin");
			browser.go("/admin/passkeys");
			browser.fill("Navn på passkey", "Min bærbare");
			browser.screenshot("passkeys-1-add-1280");
			browser.click("Tilføj passkey");
			assertThat(browser.text()).contains("Min bærbare");
			assertThat(authenticator.getCredentials()).hasSize(1);
			assertThat(jdbc.queryForObject("select count(*) from user_credentials", Integer.class)).isEqualTo(1);
			browser.driver().manage().window().setSize(new Dimension(390, 844));
			browser.screenshot("passkeys-2-list-390");
			browser.driver().manage().window().setSize(new Dimension(1280, 1400));

			// Passkey alone: no password typed.
			browser.click("Log ud");
			browser.go("/admin/login");
			browser.screenshot("passkeys-3-login-1280");
			browser.click("Log ind med passkey");
			assertThat(browser.currentPath()).isEqualTo("/admin");
			assertThat(browser.text()).contains("Logget ind som " + email);

			// An ADMIN requires a second factor: the password alone no longer gets in.
			secondFactor.require(true, "test");
			browser.click("Log ud");
			browser.login(email, TestData.passwordFor(email));
			assertThat(browser.currentPath()).isEqualTo("/admin/totrin");
			browser.go("/admin/forloeb");
			assertThat(browser.currentPath()).isEqualTo("/admin/totrin");
			browser.screenshot("passkeys-4-second-step-1280");
			browser.click("Bekræft med passkey");
			assertThat(browser.currentPath()).isEqualTo("/admin");
			browser.go("/admin/forloeb");
			assertThat(browser.currentPath()).isEqualTo("/admin/forloeb");
		}
		assertThat(jdbc.queryForList("select action from audit_entry order by id", String.class))
			.contains("staff.passkeyAdded", "login.succeeded", "logout", "staff.secondFactorRequired");
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
