package dk.seniorpartnerskab.toolkit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dk.seniorpartnerskab.staff.Role;
import dk.seniorpartnerskab.support.BrowserTestBase;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

class ToolkitBrowserTest extends BrowserTestBase {

	@Autowired
	TestData data;

	@Test
	void staffPublishAToolkitWithAFileAndAVisitorFindsAndDownloadsIt() throws Exception {
		data.clean();
		data.staff(Role.STAFF, "staff@kl.dk");
		byte[] pdf = ToolkitFixtures.pdf("Skabelon til seniorsamtalen");
		Path upload = Files.createTempDirectory("toolkit-upload").resolve("Skabelon til seniorsamtalen.pdf");
		Files.write(upload, pdf);

		try (var staff = browser(true)) {
			staff.login("staff@kl.dk", TestData.passwordFor("staff@kl.dk"));
			staff.go("/admin/vaerktoejer");
			staff.click("Opret nyt værktøj");
			staff.fill("Titel", "Materiale til seniorsamtalen")
				.fill("Kort navn i adressen", "materiale-til-seniorsamtalen")
				.fill("Kort beskrivelse",
						"En skabelon til seniorsamtalen og en introduktion for ledere og medarbejdere.")
				.fill("Tekst", "## Indhold\n\n- Skabelon til samtalen\n- Introduktion for ledere");
			staff.click("Gem");
			assertThat(staff.text()).contains("Værktøjet er oprettet som kladde");

			staff.click("Tilføj en fil");
			staff.fill("Filens titel", "Skabelon til samtalen");
			staff.field("Fil").sendKeys(upload.toAbsolutePath().toString());
			staff.screenshot("toolkit-upload");
			staff.click("Upload filen");
			assertThat(staff.text()).contains("Filen er tilføjet", "Skabelon til seniorsamtalen.pdf");

			staff.click("Offentliggør værktøjet");
			assertThat(staff.h1()).isEqualTo("Offentliggør Materiale til seniorsamtalen?");
			assertThat(staff.text()).contains("/vaerktoejer/materiale-til-seniorsamtalen",
					"Der sendes ingen mails nu.");
			staff.screenshot("toolkit-confirm-publish");
			staff.click("Ja, offentliggør");
			assertThat(staff.text()).contains("Værktøjet er offentliggjort");
			staff.screenshot("toolkit-admin-published");
		}

		try (var visitor = browser(false)) {
			visitor.go("/vaerktoejer");
			assertThat(visitor.h1()).isEqualTo("Værktøjer til seniorindsatsen");
			visitor.screenshot("toolkit-library");
			visitor.click("Materiale til seniorsamtalen");
			assertThat(visitor.h1()).isEqualTo("Materiale til seniorsamtalen");
			assertThat(visitor.text()).contains("Skabelon til samtalen", "Introduktion for ledere");
			visitor.screenshot("toolkit-page");

			var link = visitor.find(".app-downloads a");
			assertThat(link.getText()).contains("Hent Skabelon til samtalen", "PDF");
			var response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(link.getAttribute("href"))).build(),
						HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
					value -> assertThat(value).startsWith("attachment").contains("Skabelon til seniorsamtalen.pdf"));
			assertThat(response.body()).isEqualTo(pdf);
		}
	}

}
