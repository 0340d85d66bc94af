package dk.seniorpartnerskab.registration.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.seniorpartnerskab.support.Browser;
import dk.seniorpartnerskab.support.BrowserTestBase;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/** A contact registers the municipality in a browser without JavaScript, then uses the private link. */
class RegistrationBrowserTest extends BrowserTestBase {

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void openEdition() {
		data.clean();
		data.openEdition();
	}

	/** A field inside the participant fieldset "Deltager n", found by its label as a user would. */
	private static WebElement participantField(Browser browser, int n, String label) {
		var labelElement = browser.driver()
			.findElement(By.xpath("//fieldset[legend[normalize-space(.)='Deltager " + n + "']]//label[normalize-space(.)='"
					+ label + "' or normalize-space(./span[1])='" + label + "']"));
		return browser.driver().findElement(By.id(labelElement.getAttribute("for")));
	}

	private static void fillParticipant(Browser browser, int n, String name, String email, String title, String side) {
		participantField(browser, n, "Navn").clear();
		participantField(browser, n, "Navn").sendKeys(name);
		participantField(browser, n, "E-mail").clear();
		participantField(browser, n, "E-mail").sendKeys(email);
		participantField(browser, n, "Stilling").clear();
		participantField(browser, n, "Stilling").sendKeys(title);
		participantField(browser, n, side).click();
	}

	@Test
	void aContactRegistersGetsReceiptAndMailAndSwapsAParticipantThroughThePrivateLink() {
		try (var browser = browser(false)) {
			browser.go("/tilmelding");
			assertThat(browser.h1()).isEqualTo("Tilmeld jeres kommune");
			browser.screenshot("registration-empty-form");

			browser.click("Send tilmelding");
			assertThat(browser.find("#error-summary").getText()).contains("Vælg kommunen.", "Skriv kontaktpersonens navn.");
			browser.screenshot("registration-form-with-errors");

			new Select(browser.field("Kommune")).selectByVisibleText("Aarhus");
			browser.fill("Kontaktpersonens navn", "Hanne Hansen")
				.fill("Stilling", "HR-chef")
				.fill("E-mail", "hanne@aarhus.dk")
				.fill("Telefon", "+45 87 65 43 21");
			browser.field("Vi er i gang med en seniorindsats").click();
			browser.fill("Beskrivelse af seniorindsatsen",
					"Vi tilbyder seniorsamtaler fra 58 år og har en seniorpolitik, som HovedMED vedtog i 2024.");
			browser.field("HovedMED").click();
			browser.field("TRIO").click();
			browser.fill("Beskrivelse af samarbejdet", "HovedMED drøftede indsatsen i marts og følger den hvert kvartal.");
			fillParticipant(browser, 1, "Lene Leder", "lene@aarhus.dk", "Direktør", "Ledelse");
			fillParticipant(browser, 2, "Tom Tillid", "tom@aarhus.dk", "FTR", "Medarbejdere");

			browser.click("Tilføj deltager");
			assertThat(browser.field("Kontaktpersonens navn").getAttribute("value")).isEqualTo("Hanne Hansen");
			assertThat(participantField(browser, 2, "Navn").getAttribute("value")).isEqualTo("Tom Tillid");
			fillParticipant(browser, 3, "Tina Tillid", "tina@aarhus.dk", "TR", "Medarbejdere");
			browser.field("Jeg accepterer, at oplysningerne i tilmeldingen behandles for at gennemføre Seniorpartnerskabet.")
				.click();
			browser.click("Send tilmelding");

			assertThat(browser.h1()).isEqualTo("Tak for jeres tilmelding");
			assertThat(browser.currentPath()).isEqualTo("/tilmelding/kvittering");
			assertThat(browser.text()).contains("Jeres referencenummer er SP27-0001", "Aarhus", "Lene Leder",
					"Tom Tillid", "Tina Tillid", "Hvad sker der nu?");
			browser.screenshot("registration-receipt");

			String link = privateLinkFromMail("hanne@aarhus.dk");
			assertThat(link).startsWith("http://localhost:8080/tilmelding/");
			browser.go(link.substring("http://localhost:8080".length()));
			assertThat(browser.h1()).isEqualTo("Tilmelding af Aarhus");
			assertThat(browser.text()).contains("Status: Modtaget");

			var name = participantField(browser, 2, "Navn");
			name.clear();
			name.sendKeys("Ulla Ny");
			var email = participantField(browser, 2, "E-mail");
			email.clear();
			email.sendKeys("ulla@aarhus.dk");
			browser.click("Gem ændringer");
			assertThat(browser.text()).contains("Ændringerne er gemt.");
			assertThat(participantField(browser, 2, "Navn").getAttribute("value")).isEqualTo("Ulla Ny");
			assertThat(participantField(browser, 3, "Navn").getAttribute("value")).isEqualTo("Tina Tillid");
			browser.screenshot("registration-private-page");
		}
		assertThat(jdbc.queryForList("select action from registration_history order by id", String.class))
			.containsExactly("submitted", "participant-changed");
	}

	/** The private link from the confirmation mail. */
	private String privateLinkFromMail(String recipient) {
		String body = jdbc.queryForObject("select text_body from outgoing_mail where recipient = ?", String.class,
				recipient);
		return body.replaceAll("(?s).*(http://localhost:8080/tilmelding/[A-Za-z0-9_-]{43}).*", "$1");
	}

}
