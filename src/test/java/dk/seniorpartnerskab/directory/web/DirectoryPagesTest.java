package dk.seniorpartnerskab.directory.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import dk.seniorpartnerskab.directory.ContactDetails;
import dk.seniorpartnerskab.directory.ContactDirectory;
import dk.seniorpartnerskab.directory.ContactFiles;
import dk.seniorpartnerskab.directory.ContactRole;
import dk.seniorpartnerskab.directory.ImportPreview;
import dk.seniorpartnerskab.registration.RegistrationFixtures;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DirectoryPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ContactDirectory directory;

	@Autowired
	RegistrationFixtures registrations;

	@BeforeEach
	void clean() {
		data.clean();
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(user("viewer@kl.dk").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void theListShowsAll98ByRegionWithTheirContacts() throws Exception {
		directory.add(259, new ContactDetails(ContactRole.HR_CHIEF, "Birthe Ærø", "HR-chef", "birthe@koege.dk", "", ""),
				"test");
		var page = page("/admin/kommuner");
		assertThat(page.select("main h2")).hasSize(5);
		assertThat(page.select("main tbody tr")).hasSize(98);
		assertThat(page.text()).contains("Birthe Ærø (HR-chef)",
				"Kontaktpersoner i alt: 1. Kommuner uden kontaktperson: 97.");
	}

	@Test
	void aRegistrationContactJoinsTheDirectoryMarkedAndTheMunicipalityShowsItsHistory() throws Exception {
		var edition = data.openEdition();
		registrations.register(edition.getId(), 259, "hanne@koege.dk");

		var page = page("/admin/kommuner/259");
		assertThat(page.select("h1").text()).isEqualTo("Køge Kommune");
		assertThat(page.text()).contains("Hanne HR", "hanne@koege.dk", "Fra tilmelding",
				"Køge har været tilmeldt: " + edition.getName());
		assertThat(page.select("table").get(1).select("tbody tr")).hasSize(1);
	}

	@Test
	void staffAddAContactAndAWrongAddressIsShownAtTheField() throws Exception {
		mvc.perform(post("/admin/kommuner/259/kontakter/ny").with(user("staff@kl.dk").roles("STAFF"))
			.with(csrf())
			.param("role", "HR_CONTACT")
			.param("name", "Per Hansen")
			.param("email", "per@htk"))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(
					Jsoup.parse(result.getResponse().getContentAsString()).select("#email-error").text())
				.isEqualTo("Skriv en gyldig e-mailadresse med et domæne som kommune.dk, fx navn@kommune.dk."));
		mvc.perform(post("/admin/kommuner/259/kontakter/ny").with(user("staff@kl.dk").roles("STAFF"))
			.with(csrf())
			.param("role", "HR_CONTACT")
			.param("name", "Per Hansen")
			.param("email", "per@koege.dk")).andExpect(redirectedUrl("/admin/kommuner/259"));
		assertThat(directory.contactsOf(259)).extracting(c -> c.getName()).containsExactly("Per Hansen");
	}

	@Test
	void importThroughThePagesPreviewsThenConfirmsAndTheExportImportsBackUnchanged() throws Exception {
		var staff = user("staff@kl.dk").roles("STAFF");
		var file = ContactFiles.csvWithBom(List.of(List.of("kommunekode", "navn", "rolle", "email", "telefon"),
				List.of("259", "Birthe Ærø", "HR-chef", "birthe@koege.dk", "+45 56 67 67 67"),
				List.of("999", "Ukendt", "", "u@x.dk", "")));
		var upload = mvc
			.perform(multipart("/admin/kommuner/import")
				.file(new MockMultipartFile("file", "kontakter.csv", "text/csv", file))
				.with(staff)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var preview = Jsoup.parse(mvc.perform(get(upload).with(staff)).andReturn().getResponse().getContentAsString());
		assertThat(preview.text()).contains("Ny: 1", "Afvist: 1", "ukendt kommune", "Intet er gemt endnu");
		assertThat(directory.all()).isEmpty();

		mvc.perform(post(upload).with(staff).with(csrf())).andExpect(redirectedUrl("/admin/kommuner"));
		assertThat(directory.contactsOf(259)).hasSize(1);

		byte[] exported = mvc.perform(get("/admin/kommuner/kontakter.csv").with(staff))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(exported, StandardCharsets.UTF_8)).startsWith("\uFEFFkommunekode;")
			.contains("'+45 56 67 67 67");
		var again = directory.preview(exported);
		assertThat(again.rows()).singleElement()
			.satisfies(r -> assertThat(r.outcome()).isEqualTo(ImportPreview.Outcome.UNCHANGED));
		byte[] xlsx = mvc.perform(get("/admin/kommuner/kontakter.xlsx").with(staff))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(directory.preview(xlsx).rows()).singleElement()
			.satisfies(r -> assertThat(r.outcome()).isEqualTo(ImportPreview.Outcome.UNCHANGED));
	}

	@Test
	void anUnreadableFileIsRefusedAtTheFieldAndViewersCannotImport() throws Exception {
		var result = mvc
			.perform(multipart("/admin/kommuner/import")
				.file(new MockMultipartFile("file", "x.csv", "text/csv", "bare tekst\n".getBytes()))
				.with(user("staff@kl.dk").roles("STAFF"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select("#file-error").text())
			.isEqualTo("Filen mangler en kolonne med kommunekode eller kommune.");
		mvc.perform(multipart("/admin/kommuner/import")
			.file(new MockMultipartFile("file", "x.csv", "text/csv", "bare tekst\n".getBytes()))
			.with(user("viewer@kl.dk").roles("VIEWER"))
			.with(csrf())).andExpect(status().isForbidden());
	}

}
