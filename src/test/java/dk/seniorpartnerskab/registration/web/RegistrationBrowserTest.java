package dk.seniorpartnerskab.registration.web;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.seniorpartnerskab.mail.MailDispatcher;
import dk.seniorpartnerskab.support.Browser;
import dk.seniorpartnerskab.support.BrowserTestBase;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A contact registers the municipality in a browser without JavaScript, then uses the
 * private link.
 */
class RegistrationBrowserTest extends BrowserTestBase {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	@Autowired
	TestData data;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void openEdition() {
		data.clean();
		data.openEdition();
	}

	/**
	 * A field inside the participant fieldset "Deltager n", found by its label as a user
	 * would.
	 */
	private static WebElement participantField(Browser browser, int n, String label) {
		var labelElement = browser.driver()
			.findElement(By.xpath("//fieldset[legend[normalize-space(.)='Deltager " + n
					+ "']]//label[normalize-space(.)='" + label + "' or normalize-space(./span[1])='" + label + "']"));
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
	void aContactRegistersGetsReceiptAndMailAndSwapsAParticipantThroughThePrivateLink() throws Exception {
		try (var browser = browser(false)) {
			browser.go("/tilmelding");
			assertThat(browser.h1()).isEqualTo("Tilmeld jeres kommune");
			browser.screenshot("registration-empty-form");

			browser.click("Send tilmelding");
			assertThat(browser.find("#error-summary").getText()).contains("Vælg kommunen.",
					"Skriv kontaktpersonens navn.");
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
			browser.fill("Beskrivelse af samarbejdet",
					"HovedMED drøftede indsatsen i marts og følger den hvert kvartal.");
			fillParticipant(browser, 1, "Lene Leder", "lene@aarhus.dk", "Direktør", "Ledelse");
			fillParticipant(browser, 2, "Tom Tillid", "tom@aarhus.dk", "FTR", "Medarbejdere");

			browser.click("Tilføj deltager");
			assertThat(browser.field("Kontaktpersonens navn").getAttribute("value")).isEqualTo("Hanne Hansen");
			assertThat(participantField(browser, 2, "Navn").getAttribute("value")).isEqualTo("Tom Tillid");
			fillParticipant(browser, 3, "Tina Tillid", "tina@aarhus.dk", "TR", "Medarbejdere");
			browser.field(
					"Jeg accepterer, at oplysningerne i tilmeldingen behandles for at gennemføre Seniorpartnerskabet.")
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

	/**
	 * Delivers the outbox and reads the private link from the confirmation mail that
	 * arrives in GreenMail.
	 */
	private String privateLinkFromMail(String recipient) throws Exception {
		dispatcher.dispatchDue();
		await().until(() -> mail.getReceivedMessages().length == 1);
		MimeMessage message = mail.getReceivedMessages()[0];
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo(recipient);
		assertThat(message.getSubject()).isEqualTo("Tilmelding modtaget: Aarhus (SP27-0001)");
		String text = plainText(message);
		assertThat(text).contains("SP27-0001", "Lene Leder", "Tom Tillid", "Tina Tillid", "HovedMED");
		return text.replaceAll("(?s).*(http://localhost:8080/tilmelding/[A-Za-z0-9_-]{43}).*", "$1");
	}

	private static String plainText(Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				String text = plainText(body);
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

}
