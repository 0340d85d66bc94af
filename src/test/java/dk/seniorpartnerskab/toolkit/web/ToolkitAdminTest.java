package dk.seniorpartnerskab.toolkit.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.toolkit.ToolkitFixtures;
import dk.seniorpartnerskab.toolkit.ToolkitStatus;
import dk.seniorpartnerskab.toolkit.ToolkitRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class ToolkitAdminTest {

	private static final RequestPostProcessor STAFF = user("staff@kl.dk").roles("STAFF");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ToolkitFixtures fixtures;

	@Autowired
	ToolkitRepository toolkits;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void clean() {
		data.clean();
	}

	private MockHttpServletRequestBuilder form(String path, String... overrides) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("title", "Håndbog til seniorindsatsen");
		fields.put("slug", "haandbog");
		fields.put("summary", "Om at organisere og forankre seniorindsatsen.");
		fields.put("body", "## Indhold\n\n- Samarbejde i MED");
		fields.put("sortOrder", "10");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		var request = post(path).with(csrf()).with(STAFF);
		fields.forEach(request::param);
		return request;
	}

	private static Document html(ResultActions result) throws Exception {
		return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
	}

	@Test
	void staffCreateADraftAndPublishIt() throws Exception {
		mvc.perform(form("/admin/vaerktoejer/ny")).andExpect(status().is3xxRedirection());
		var toolkit = toolkits.findBySlug("haandbog").orElseThrow();
		assertThat(toolkit.getStatus()).isEqualTo(ToolkitStatus.DRAFT);
		mvc.perform(get("/vaerktoejer/haandbog")).andExpect(status().isNotFound());

		var question = Jsoup
			.parse(mvc.perform(get("/admin/vaerktoejer/" + toolkit.getId() + "/offentliggoer").with(STAFF))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(question.select("h1").text()).isEqualTo("Offentliggør " + toolkit.getTitle() + "?");
		assertThat(question.select("#confirm-what").text()).contains("/vaerktoejer/haandbog");
		assertThat(question.select("#confirm-who").text()).startsWith("Der sendes ingen mails nu.");
		assertThat(question.select("main form[method=post] input[name=_csrf]")).hasSize(1);
		assertThat(toolkits.findBySlug("haandbog").orElseThrow().isPublished()).as("the question changes nothing")
			.isFalse();

		mvc.perform(post("/admin/vaerktoejer/" + toolkit.getId() + "/offentliggoer").with(csrf()).with(STAFF))
			.andExpect(redirectedUrl("/admin/vaerktoejer/" + toolkit.getId()));
		var published = toolkits.findBySlug("haandbog").orElseThrow();
		assertThat(published.getStatus()).isEqualTo(ToolkitStatus.PUBLISHED);
		assertThat(published.getPublishedOn()).isNotNull();
		mvc.perform(get("/vaerktoejer/haandbog")).andExpect(status().isOk());

		mvc.perform(post("/admin/vaerktoejer/" + toolkit.getId() + "/kladde").with(csrf()).with(STAFF))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/vaerktoejer/haandbog")).andExpect(status().isNotFound());

		assertThat(jdbc.queryForList("""
				select action from audit_entry where target_type = 'toolkit' and target_id = ? and actor = 'staff@kl.dk'
				order by id""", String.class, String.valueOf(toolkit.getId()))).containsExactly("toolkit.created",
				"toolkit.published", "toolkit.unpublished");
	}

	@Test
	void viewersMayLookButNotPublish() throws Exception {
		var toolkit = fixtures.draft("Håndbog", "haandbog");
		mvc.perform(get("/admin/vaerktoejer/" + toolkit.getId()).with(user("v@kl.dk").roles("VIEWER")))
			.andExpect(status().isOk());
		mvc.perform(post("/admin/vaerktoejer/" + toolkit.getId() + "/offentliggoer").with(csrf())
			.with(user("v@kl.dk").roles("VIEWER"))).andExpect(status().isForbidden());
		assertThat(toolkits.findBySlug("haandbog").orElseThrow().isPublished()).isFalse();
	}

	@Test
	void badInputIsShownNextToTheFieldsAndATakenSlugIsRefused() throws Exception {
		fixtures.draft("Håndbog", "haandbog");
		var page = html(mvc.perform(form("/admin/vaerktoejer/ny", "title", "", "slug", "haandbog", "sortOrder", "ti"))
			.andExpect(status().isOk()));
		assertThat(page.select("#title-error").text()).isEqualTo("Feltet skal udfyldes.");
		assertThat(page.select("#sortOrder-error").text()).isEqualTo("Skriv et helt tal.");
		page = html(mvc.perform(form("/admin/vaerktoejer/ny")).andExpect(status().isOk()));
		assertThat(page.select("#slug-error").text()).contains("allerede brugt");
		assertThat(page.select("#slug").attr("aria-invalid")).isEqualTo("true");
	}

	@Test
	void aStaleFormDoesNotOverwriteAnotherStaffMembersChange() throws Exception {
		var toolkit = fixtures.draft("Håndbog", "haandbog");
		String path = "/admin/vaerktoejer/" + toolkit.getId();
		String loaded = String.valueOf(toolkit.getVersion());
		mvc.perform(form(path, "title", "Første ændring", "version", loaded)).andExpect(redirectedUrl(path));
		var page = html(
				mvc.perform(form(path, "title", "Anden ændring", "version", loaded)).andExpect(status().isOk()));
		assertThat(page.select("#error-summary").text()).contains("En anden har gemt værktøjet");
		assertThat(toolkits.findById(toolkit.getId()).orElseThrow().getTitle()).isEqualTo("Første ændring");
	}

	@Test
	void staffUploadAFileAndANewVersionWithAChangeNote() throws Exception {
		var toolkit = fixtures.draft("Håndbog", "haandbog");
		String base = "/admin/vaerktoejer/" + toolkit.getId() + "/filer/";
		mvc.perform(multipart(base + "ny")
			.file(new MockMultipartFile("file", "Håndbog.pdf", "application/pdf", ToolkitFixtures.pdf("v1")))
			.param("title", "Håndbogen som PDF")
			.with(csrf())
			.with(STAFF)).andExpect(redirectedUrl("/admin/vaerktoejer/" + toolkit.getId()));
		var file = toolkits.findById(toolkit.getId()).orElseThrow().getFiles().get(0);
		assertThat(file.current().getUploadedBy()).isEqualTo("staff@kl.dk");

		var refused = html(mvc
			.perform(multipart(base + file.getId() + "/ny-version")
				.file(new MockMultipartFile("file", "v2.pdf", "application/pdf", ToolkitFixtures.pdf("v2")))
				.with(csrf())
				.with(STAFF))
			.andExpect(status().isOk()));
		assertThat(refused.select("#changeNote-error").text()).isEqualTo("Skriv kort, hvad der er ændret.");

		mvc.perform(multipart(base + file.getId() + "/ny-version")
			.file(new MockMultipartFile("file", "v2.pdf", "application/pdf", ToolkitFixtures.pdf("v2")))
			.param("changeNote", "Nye eksempler")
			.with(csrf())
			.with(STAFF)).andExpect(status().is3xxRedirection());
		var current = toolkits.findById(toolkit.getId()).orElseThrow().getFiles().get(0).current();
		assertThat(current.getNumber()).isEqualTo(2);
		assertThat(current.getChangeNote()).isEqualTo("Nye eksempler");
		assertThat(current.getFileName()).isEqualTo("v2.pdf");
	}

	@Test
	void aFileWhoseContentIsNotWhatItsNameSaysIsRefusedWithADanishMessageNextToTheField() throws Exception {
		var toolkit = fixtures.draft("Håndbog", "haandbog");
		String path = "/admin/vaerktoejer/" + toolkit.getId() + "/filer/ny";

		var page = html(mvc
			.perform(multipart(path)
				.file(new MockMultipartFile("file", "haandbog.pdf", "application/pdf", ToolkitFixtures.docx()))
				.param("title", "Håndbogen")
				.with(csrf())
				.with(STAFF))
			.andExpect(status().isOk()));
		assertThat(page.select("#file-error").text()).isEqualTo(
				"Filen »haandbog.pdf« er en DOCX-fil, men navnet slutter ikke på .docx. Giv filen det rigtige navn, og prøv igen.");
		assertThat(page.select("#file").attr("aria-describedby")).contains("file-error");
		assertThat(page.select("#error-summary a[href=#file]")).hasSize(1);
		assertThat(page.select("#title").val()).isEqualTo("Håndbogen");

		page = html(mvc.perform(multipart(path)
			.file(new MockMultipartFile("file", "rapport.pdf", "application/pdf",
					"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
			.param("title", "Rapport")
			.with(csrf())
			.with(STAFF)).andExpect(status().isOk()));
		assertThat(page.select("#file-error").text()).contains("men indholdet er ikke en PDF-fil");

		page = html(mvc.perform(multipart(path).param("title", "Uden fil").with(csrf()).with(STAFF))
			.andExpect(status().isOk()));
		assertThat(page.select("#file-error").text()).isEqualTo("Vælg en fil.");
		assertThat(toolkits.findById(toolkit.getId()).orElseThrow().getFiles()).isEmpty();
	}

	@Test
	void theFourToolkitsAreSeededAsDraftsByAMigration() throws Exception {
		jdbc.execute(Files.readString(Path.of("src/main/resources/db/migration/V52__seed_toolkits.sql")));
		var all = toolkits.findAllByOrderBySortOrderAscTitleAsc();
		assertThat(all).extracting(t -> t.getTitle())
			.containsExactly("Håndbog til seniorindsatsen", "Inspirationskatalog til senioraftaler",
					"Kommunikation om seniorindsatsen", "Materiale til seniorsamtalen");
		assertThat(all).allMatch(t -> t.getStatus() == ToolkitStatus.DRAFT && !t.getSummary().isBlank());
		assertThat(all.get(1).getBody()).contains("Løntillæg", "Hjemmearbejde",
				"Aflastning fra særligt belastende opgaver");
		assertThat(Jsoup.parse(mvc.perform(get("/vaerktoejer")).andReturn().getResponse().getContentAsString())
			.select("main")
			.text()).doesNotContain("Håndbog til seniorindsatsen");
	}

	@Test
	void previewShowsTheRenderedTextBeforeSavingAndSavesNothing() throws Exception {
		var page = html(mvc.perform(form("/admin/vaerktoejer/ny", "preview", "1", "body",
				"# Overskrift\n\nEn **vigtig** pointe og <script>alert(1)</script>")));
		var preview = page.getElementById("preview");
		assertThat(preview).isNotNull();
		assertThat(preview.select("h2").text()).contains("Forhåndsvisning", "Overskrift");
		assertThat(preview.select("strong").text()).isEqualTo("vigtig");
		assertThat(preview.select("script")).isEmpty();
		assertThat(page.getElementById("title").val()).isEqualTo("Håndbog til seniorindsatsen");
		assertThat(toolkits.count()).isZero();
	}

}
