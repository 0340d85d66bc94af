package dk.seniorpartnerskab.coverage;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import org.springframework.beans.factory.annotation.Autowired;

import dk.seniorpartnerskab.directory.ContactFiles;
import dk.seniorpartnerskab.registration.RegistrationFixtures;
import dk.seniorpartnerskab.staff.Role;
import dk.seniorpartnerskab.support.Browser;
import dk.seniorpartnerskab.support.BrowserTestBase;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageBrowserTest extends BrowserTestBase {

	@Autowired
	TestData data;

	@Autowired
	RegistrationFixtures registrations;

	private static String tile(Browser browser, String municipality) {
		return browser.driver()
			.findElement(By.xpath("//li[contains(@class,'app-tile')][.//span[@class='app-tile-name' and text()='"
					+ municipality + "']]"))
			.getText();
	}

	@Test
	void staffImportContactsInviteThoseNotRegisteredAndSeeTheGridChangeAfterARegistration() throws Exception {
		data.clean();
		data.staff(Role.STAFF, "staff@kl.dk");
		var edition = data.openEdition();
		registrations.register(edition.getId(), RegistrationFixtures.AARHUS, "kontakt@aarhus.dk");
		var file = Files.createTempDirectory("contacts").resolve("kontakter.csv");
		Files.write(file,
				ContactFiles.csvWithBom(List.of(List.of("Kommunekode", "Kommune", "Rolle", "Navn", "E-mail"),
						List.of("259", "Køge", "HR-chef", "Birthe Ærø", "birthe@koege.dk"),
						List.of("580", "Aabenraa", "Kommunaldirektør", "Søren Østergård", "soeren@aabenraa.dk"),
						List.of("751", "Aarhus", "HR-kontaktperson", "Anna Andersen", "anna@aarhus.dk"),
						List.of("999", "", "HR-chef", "Ingen Kommune", "ingen@x.dk"))));

		try (var staff = browser(false)) {
			staff.login("staff@kl.dk", TestData.passwordFor("staff@kl.dk"));
			staff.go("/admin/kommuner");
			staff.click("Importér kontakter");
			staff.field("Fil med kontaktpersoner").sendKeys(file.toAbsolutePath().toString());
			staff.click("Vis hvad der vil ske");
			assertThat(staff.text()).contains("Ny: 3", "Afvist: 1", "ukendt kommune", "ingen@x.dk",
					"Intet er gemt endnu");
			staff.screenshot("directory-import-preview");
			staff.click("Importér");
			assertThat(staff.text()).contains("Importen er gennemført", "Birthe Ærø (HR-chef)");

			staff.go("/admin/udsendelser");
			staff.click("Invitation til forløbet");
			assertThat(staff.field("Emne").getAttribute("value")).contains(edition.getName());
			staff.click("Vis forhåndsvisning");
			assertThat(staff.text()).contains("Beskeden går til 2 kontaktpersoner i 2 kommuner.");
			staff.screenshot("outreach-preview");
			staff.click("Send til 2 modtagere");
			assertThat(staff.text()).contains("Beskeden er lagt i udbakken til 2 modtagere.");

			staff.go("/admin/daekning");
			assertThat(tile(staff, "Køge")).contains("Ikke tilmeldt");
			assertThat(tile(staff, "Aarhus")).contains("Tilmeldt");
			assertThat(staff.text()).contains("1 af 98 kommuner er tilmeldt");
			assertThat(staff.driver().findElements(By.cssSelector("figure.app-chart img.app-chart-image"))).hasSize(3);

			registrations.register(edition.getId(), 259, "hanne@koege.dk");
			staff.go("/admin/daekning");
			assertThat(tile(staff, "Køge")).isEqualTo("Køge\nTilmeldt");
			assertThat(staff.text()).contains("2 af 98 kommuner er tilmeldt");

			staff.driver().manage().window().setSize(new Dimension(1280, 2400));
			staff.screenshot("coverage-1280");
			staff.driver().manage().window().setSize(new Dimension(390, 2400));
			staff.screenshot("coverage-390");
			staff.driver().manage().window().setSize(new Dimension(1280, 1400));
			staff.go("/admin/daekning#funnel");
			staff.screenshot("coverage-charts-1280");
		}
	}

}
