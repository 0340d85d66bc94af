package dk.seniorpartnerskab;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dk.seniorpartnerskab.staff.Role;
import dk.seniorpartnerskab.support.BrowserTestBase;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

class FoundationBrowserTest extends BrowserTestBase {

	@Autowired
	TestData data;

	@Test
	void aVisitorSeesTheLandingPageAndStaffLogInToTheAdminStartPage() {
		data.clean();
		data.openEdition();
		data.staff(Role.ADMIN, "admin@kl.dk");
		try (var browser = browser(true)) {
			browser.go("/");
			assertThat(browser.h1()).isEqualTo("Seniorpartnerskabet");
			assertThat(browser.text()).contains("Tilmeldingsfrist");
			browser.screenshot("foundation-landing");

			browser.go("/admin");
			assertThat(browser.currentPath()).isEqualTo("/admin/login");
			browser.login("admin@kl.dk", "forkert");
			assertThat(browser.text()).contains("Vi kunne ikke logge dig ind");

			browser.login("admin@kl.dk", TestData.passwordFor("admin@kl.dk"));
			assertThat(browser.currentPath()).startsWith("/admin").doesNotContain("login");
			assertThat(browser.h1()).isEqualTo("Administration");
			assertThat(browser.text()).contains("Logget ind som admin@kl.dk", "Forløb", "System");
			// Users are an admin's, in the System group of the menu (folded until
			// opened).
			assertThat(browser.find("#admin-menu-system a[href='/admin/brugere']").getAttribute("textContent"))
				.contains("Brugere");
			browser.screenshot("foundation-admin-start");
		}
	}

	@Test
	void unknownPagesAndMissingCsrfTokensGetDanishErrorPagesWithoutStackTraces() {
		try (var browser = browser(false)) {
			browser.go("/findes-ikke");
			assertThat(browser.h1()).isEqualTo("Siden findes ikke");
			assertThat(browser.text()).doesNotContain("Exception", "at dk.");
			browser.screenshot("foundation-404");
		}
	}

}
