package dk.seniorpartnerskab.registration.web;

import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.seniorpartnerskab.support.Browser;
import dk.seniorpartnerskab.support.BrowserTestBase;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.toolkit.ToolkitFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adding and removing participant rows keeps the person where they were, with and without
 * JavaScript, and a chosen attachment survives the round trip (kept on the server).
 */
class ParticipantRowsBrowserTest extends BrowserTestBase {

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void openEdition() {
		data.clean();
		data.openEdition();
		jdbc.update("delete from pending_attachment");
	}

	@Test
	void withoutJavaScriptAddingARowComesBackAtTheNewRowAndKeepsTheChosenFile() throws Exception {
		var plan = Files.createTempFile("seniorplan", ".pdf");
		Files.write(plan, ToolkitFixtures.pdf("Seniorpolitik"));
		try (var browser = browser(false)) {
			browser.go("/tilmelding");
			new Select(browser.field("Kommune")).selectByVisibleText("Aarhus");
			browser.fill("Kontaktpersonens navn", "Hanne Hansen");
			browser.field("Bilag").sendKeys(plan.toString());

			browser.click("Tilføj deltager");
			assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("participants2.name");
			assertThat((Long) browser.js("return Math.round(window.scrollY)")).isPositive();
			assertThat(browser.field("Kontaktpersonens navn").getAttribute("value")).isEqualTo("Hanne Hansen");
			var fileName = plan.getFileName().toString();
			assertThat(browser.find("#kept-attachments").getText()).contains(fileName);
			assertThat(jdbc.queryForObject("select count(*) from pending_attachment", Integer.class)).isEqualTo(1);
			browser.screenshot("registration-row-added-file-kept");

			var before = browser.find("html");
			browser.driver().findElement(By.cssSelector("button[name=removeParticipant][value='2']")).click();
			new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(before));
			assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("participants");
			assertThat(browser.driver().findElements(By.cssSelector("fieldset.app-participant"))).hasSize(2);
			assertThat(browser.find("#kept-attachments").getText()).contains(fileName);
			assertThat(jdbc.queryForObject("select count(*) from pending_attachment", Integer.class)).isEqualTo(1);
		}
	}

	@Test
	void withJavaScriptARowIsAddedInPlaceWithTheFocusInItsFirstField() {
		var browser = Browser.shared("http://localhost:" + port);
		browser.go("/tilmelding");
		browser.fill("Kontaktpersonens navn", "Hanne Hansen");
		var page = browser.find("html");
		browser.driver().findElement(By.cssSelector("button[name=addParticipant]")).click();
		assertThat(browser.find("html")).isEqualTo(page);
		assertThat(browser.driver().findElements(By.cssSelector("fieldset.app-participant"))).hasSize(3);
		assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("participants2.name");
		assertThat(browser.find("fieldset.app-participant:last-of-type legend").getText()).isEqualTo("Deltager 3");
		assertThat(browser.field("Kontaktpersonens navn").getAttribute("value")).isEqualTo("Hanne Hansen");
	}

}
