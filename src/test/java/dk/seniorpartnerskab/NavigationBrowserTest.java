package dk.seniorpartnerskab;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;

import dk.seniorpartnerskab.staff.Role;
import dk.seniorpartnerskab.support.Browser;
import dk.seniorpartnerskab.support.BrowserTestBase;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The DKFDS header and navigation: grouped staff menus that open by keyboard, and on a
 * phone the menu drawer, with and without JavaScript.
 */
class NavigationBrowserTest extends BrowserTestBase {

	@Autowired
	TestData data;

	@BeforeEach
	void staff() {
		data.clean();
		data.openEdition();
		data.staff(Role.ADMIN, "admin@kl.dk");
	}

	@Test
	void onAPhoneTheMenuButtonOpensTheDrawerWithEveryStaffPage() {
		var browser = Browser.shared("http://localhost:" + port);
		browser.login("admin@kl.dk", TestData.passwordFor("admin@kl.dk"));
		browser.width(Browser.PHONE);
		assertThat(browser.find(".navigation-menu").isDisplayed()).isFalse();
		assertThat(browser.find(".mobile-drawer").isDisplayed()).isFalse();
		browser.find(".button-menu-open").click();
		assertThat(browser.find(".mobile-drawer").isDisplayed()).isTrue();
		// The drawer slides in: its last lines are drawn a moment after it opens.
		await().atMost(Duration.ofSeconds(5)).until(() -> browser.find(".mobile-drawer").getText().contains("Log ud"));
		assertThat(browser.find(".mobile-drawer").getText()).contains("Logget ind som admin@kl.dk", "Tilmeldinger",
				"Forløb", "Netværk", "Aktiviteter", "Værktøjer", "Kommuner", "Dækning", "Udsendelser", "Mail", "Log",
				"Brugere", "Skift adgangskode", "Passkeys", "Log ud");
		assertThat(browser.driver().switchTo().activeElement().getAttribute("class")).contains("js-menu-close");
		browser.screenshot("navigation-phone-drawer-open");
		browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
		assertThat(browser.find(".mobile-drawer").isDisplayed()).isFalse();
		assertThat(browser.driver().switchTo().activeElement().getAttribute("class")).contains("js-menu-open");
	}

	@Test
	void withoutJavaScriptTheMenuLinkShowsTheDrawerAndGroupMenusOpenOnFocus() {
		try (var browser = browser(false)) {
			browser.login("admin@kl.dk", TestData.passwordFor("admin@kl.dk"));
			browser.width(Browser.PHONE);
			assertThat(browser.find(".mobile-drawer").isDisplayed()).isFalse();
			browser.find(".button-menu-open").click();
			assertThat(browser.find(".mobile-drawer").isDisplayed()).isTrue();
			browser.driver().findElement(By.xpath("//div[@id='menu']//a[normalize-space(.)='Brugere']")).click();
			assertThat(browser.h1()).isEqualTo("Brugere");
			browser.screenshot("navigation-phone-without-javascript");

			browser.width(Browser.DESKTOP);
			var system = browser.driver()
				.findElement(
						By.xpath("//div[contains(@class,'navigation-menu')]//button[normalize-space(.)='System']"));
			var log = browser.driver()
				.findElement(By.xpath("//div[@id='admin-menu-system']//a[normalize-space(.)='Log']"));
			assertThat(log.isDisplayed()).isFalse();
			system.sendKeys("");
			assertThat(log.isDisplayed()).isTrue();
			log.click();
			assertThat(browser.h1()).isEqualTo("Log over ændringer");
		}
	}

	@Test
	void theCurrentSectionIsMarkedInTheNavigation() {
		var browser = Browser.shared("http://localhost:" + port);
		browser.login("admin@kl.dk", TestData.passwordFor("admin@kl.dk"));
		browser.go("/admin/tilmeldinger");
		assertThat(browser.find(".navigation-menu a[aria-current=page]").getText()).isEqualTo("Tilmeldinger");
		browser.go("/admin/netvaerk");
		assertThat(browser.find(".navigation-menu li.active .button-overflow-menu").getText())
			.isEqualTo("Forløb og netværk");
		assertThat(browser.driver().getTitle()).isEqualTo("Netværk – Seniorpartnerskabet");
	}

}
