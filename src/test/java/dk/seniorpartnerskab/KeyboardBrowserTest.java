package dk.seniorpartnerskab;

import java.nio.file.Files;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;

import dk.seniorpartnerskab.registration.RegistrationFixtures;
import dk.seniorpartnerskab.staff.Role;
import dk.seniorpartnerskab.support.Browser;
import dk.seniorpartnerskab.support.BrowserTestBase;
import dk.seniorpartnerskab.support.Keyboard;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.toolkit.ToolkitFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole registration and a staff approval with the keyboard only (Tab, Shift-Tab,
 * Space, Enter and typing); after every key the focus is visible and never lost to the
 * page body (checked by {@link Keyboard}).
 */
class KeyboardBrowserTest extends BrowserTestBase {

	@Autowired
	TestData data;

	@Autowired
	RegistrationFixtures registrations;

	private long editionId;

	@BeforeEach
	void openEdition() {
		data.clean();
		editionId = data.openEdition().getId();
		data.staff(Role.STAFF, "staff@kl.dk");
	}

	@Test
	void aContactRegistersTheMunicipalityWithTheKeyboardOnly() throws Exception {
		var browser = Browser.shared("http://localhost:" + port);
		var keyboard = new Keyboard(browser);
		var plan = Files.createTempFile("seniorplan", ".pdf");
		Files.write(plan, ToolkitFixtures.pdf("Seniorpolitik"));

		browser.go("/tilmelding");
		keyboard.tabTo("Kommune").type("Aarhus");
		assertThat(browser.field("Kommune").getAttribute("value")).isEqualTo("751");
		keyboard.tabTo("Kontaktpersonens navn").type("Hanne Hansen");
		keyboard.tabTo("Stilling").type("HR-chef");
		keyboard.tabTo("E-mail").type("hanne@aarhus.dk");
		keyboard.tabTo("Telefon").type("87654321");
		keyboard.tabTo("Vi er i gang med en seniorindsats").press(Keys.SPACE);
		keyboard.tabTo("Beskrivelse af seniorindsatsen")
			.type("Vi tilbyder seniorsamtaler fra 58 år og har en seniorpolitik fra 2024.");
		keyboard.tabTo("HovedMED").press(Keys.SPACE);
		keyboard.tabTo("TRIO").press(Keys.SPACE);
		keyboard.tabTo("Beskrivelse af samarbejdet").type("HovedMED følger indsatsen hvert kvartal.");
		fillParticipant(keyboard, "Lene Leder", "lene@aarhus.dk", "Direktør", "Ledelse");
		fillParticipant(keyboard, "Tom Tillid", "tom@aarhus.dk", "FTR", "Medarbejdere");

		// With JavaScript the row is added in place, and the focus is in its first field.
		keyboard.tabTo("Tilføj deltager").press(Keys.ENTER);
		assertThat(keyboard.focused().getAttribute("id")).isEqualTo("participants2.name");
		keyboard.type("Tina Tillid");
		keyboard.tabTo("E-mail").type("tina@aarhus.dk");
		keyboard.tabTo("Stilling").type("TR");
		// The new row starts with no side chosen: Tab enters the group at its first
		// option.
		keyboard.tabTo("Ledelse").press(Keys.SPACE);
		assertThat(keyboard.focused().isSelected()).as(keyboard.trail()).isTrue();

		// Attaching a file: Tab to the file field and hand it the file, as the file
		// dialog would.
		keyboard.shiftTabTo("Bilag");
		keyboard.focused().sendKeys(plan.toString());
		keyboard
			.tabTo("Jeg accepterer, at oplysningerne i tilmeldingen behandles for at gennemføre "
					+ "Seniorpartnerskabet.")
			.press(Keys.SPACE);
		keyboard.tabTo("Send tilmelding").enterAndWait();

		assertThat(browser.h1()).isEqualTo("Tak for jeres tilmelding");
		assertThat(browser.text()).contains("Aarhus", "Lene Leder", "Tom Tillid", "Tina Tillid");
		assertThat(browser.accessibilityViolations()).isEmpty();
		keyboard.tabTo("Forside");
		browser.screenshot("keyboard-registration-receipt");
		System.out.println("Registration with the keyboard only: " + keyboard.keys() + " keys");
	}

	@Test
	void staffApproveARegistrationWithTheKeyboardOnly() {
		var reference = registrations.register(editionId, RegistrationFixtures.AARHUS, "hanne@aarhus.dk").reference();
		var browser = Browser.shared("http://localhost:" + port);
		var keyboard = new Keyboard(browser);

		browser.go("/admin/login");
		keyboard.tabTo("E-mail").type("staff@kl.dk");
		keyboard.tabTo("Adgangskode").type(TestData.passwordFor("staff@kl.dk"));
		keyboard.enterAndWait();
		keyboard.tabTo("Tilmeldinger").enterAndWait();
		assertThat(browser.h1()).isEqualTo("Tilmeldinger");
		keyboard.tabTo(reference).enterAndWait();
		assertThat(browser.h1()).contains("Aarhus");
		keyboard.tabTo("Godkend").enterAndWait();
		// A confirmation step, where there is one, is confirmed the same way.
		if (!browser.text().contains("godkendt")) {
			keyboard.tabTo("Godkend").enterAndWait();
		}
		assertThat(browser.text()).contains("Godkendt");
		keyboard.press(Keys.TAB);
		browser.screenshot("keyboard-staff-approved");
	}

	/**
	 * The form's first two rows come with "Ledelse" and "Medarbejdere" chosen, and Tab
	 * enters a radio group at its chosen option: the side is checked, not changed.
	 */
	private static void fillParticipant(Keyboard keyboard, String name, String email, String title, String side) {
		keyboard.tabTo("Navn").type(name);
		keyboard.tabTo("E-mail").type(email);
		keyboard.tabTo("Stilling").type(title);
		keyboard.press(Keys.TAB);
		assertThat(keyboard.focusedName()).as(keyboard.trail()).isEqualTo(side);
		assertThat(keyboard.focused().isSelected()).isTrue();
	}

}
