package dk.seniorpartnerskab.edition.web;

import java.util.LinkedHashMap;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.seniorpartnerskab.edition.EditionStatus;
import dk.seniorpartnerskab.edition.EditionRepository;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.web.Copenhagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.time.Instant;

@IntegrationTest
class EditionAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	EditionRepository editions;

	@BeforeEach
	void clean() {
		data.clean();
	}

	/**
	 * The form as a browser would post it, with some fields changed (each name sent
	 * once).
	 */
	private MockHttpServletRequestBuilder validForm(String path, String... overrides) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("name", "Seniorpartnerskabet 2027-28");
		fields.put("slug", "2027");
		fields.put("referencePrefix", "SP27");
		fields.put("publicIntro", "Vær med");
		fields.put("registrationOpens", "2027-05-01T09:00");
		fields.put("registrationCloses", "2027-09-01T12:00");
		fields.put("courseStart", "2027-10-01");
		fields.put("courseEnd", "2028-09-30");
		fields.put("developmentDaysPerNetwork", "4");
		fields.put("digitalMeetingsPerNetwork", "3");
		fields.put("status", "PUBLISHED");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		var request = post(path).with(csrf()).with(user("s@kl.dk").roles("STAFF"));
		fields.forEach(request::param);
		return request;
	}

	@Test
	void staffCreateAnEditionWithTimesInCopenhagen() throws Exception {
		mvc.perform(validForm("/admin/forloeb/ny")).andExpect(redirectedUrl("/admin/forloeb"));
		var edition = editions.findBySlug("2027").orElseThrow();
		assertThat(edition.getDevelopmentDaysPerNetwork()).isEqualTo(4);
		assertThat(edition.getRegistrationCloses()).isEqualTo(Instant.parse("2027-09-01T10:00:00Z"));
		assertThat(Copenhagen.at(edition.getRegistrationOpens()).getHour()).isEqualTo(9);
	}

	@Test
	void badInputIsShownInDanishNextToEachFieldAndKept() throws Exception {
		var page = mvc
			.perform(validForm("/admin/forloeb/ny", "name", "", "slug", "Med Mellemrum", "registrationCloses",
					"2027-04-01T12:00", "developmentDaysPerNetwork", "tre"))
			.andExpect(status().isOk())
			.andReturn();
		var html = Jsoup.parse(page.getResponse().getContentAsString());
		assertThat(html.select("#error-summary[role=alert] li")).hasSizeGreaterThanOrEqualTo(4);
		assertThat(html.select("#name-error").text()).isEqualTo("Feltet skal udfyldes.");
		assertThat(html.select("#name").attr("aria-describedby")).contains("name-error");
		assertThat(html.select("#name").attr("aria-invalid")).isEqualTo("true");
		assertThat(html.select("#slug-error").text()).isEqualTo("Brug kun små bogstaver, tal og bindestreger.");
		assertThat(html.select("#slug").val()).isEqualTo("Med Mellemrum");
		assertThat(html.select("#registrationCloses-error").text()).contains("Fristen skal ligge efter");
		assertThat(html.select("#developmentDaysPerNetwork-error").text()).isEqualTo("Skriv et helt tal.");
		assertThat(html.select("#error-summary a[href=#slug]")).hasSize(1);
		assertThat(editions.count()).isZero();
	}

	@Test
	void aSecondEditionWithTheSameSlugIsRefusedNextToTheField() throws Exception {
		mvc.perform(validForm("/admin/forloeb/ny")).andExpect(redirectedUrl("/admin/forloeb"));
		var page = mvc.perform(validForm("/admin/forloeb/ny")).andExpect(status().isOk()).andReturn();
		assertThat(Jsoup.parse(page.getResponse().getContentAsString()).select("#slug-error").text())
			.contains("allerede brugt");
	}

	@Test
	void copyingAnEditionStartsADraftForTheNextOne() throws Exception {
		var original = data.openEdition();
		var result = mvc
			.perform(post("/admin/forloeb/" + original.getId() + "/kopier").with(csrf())
				.with(user("s@kl.dk").roles("STAFF")))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		var copyId = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/admin/forloeb/", ""));
		var copy = editions.findById(copyId).orElseThrow();
		assertThat(copy.getStatus()).isEqualTo(EditionStatus.DRAFT);
		assertThat(copy.getSlug()).isEqualTo(original.getSlug() + "-kopi");
		assertThat(copy.getRegistrationCloses()).isEqualTo(original.getRegistrationCloses());
	}

	@Test
	void aStaleFormDoesNotOverwriteAnotherStaffMembersChange() throws Exception {
		mvc.perform(validForm("/admin/forloeb/ny")).andExpect(redirectedUrl("/admin/forloeb"));
		var edition = editions.findBySlug("2027").orElseThrow();
		long loadedVersion = edition.getVersion();
		mvc.perform(validForm("/admin/forloeb/" + edition.getId(), "name", "Første ændring", "version",
				String.valueOf(loadedVersion)))
			.andExpect(redirectedUrl("/admin/forloeb"));
		var page = mvc
			.perform(validForm("/admin/forloeb/" + edition.getId(), "name", "Anden ændring", "version",
					String.valueOf(loadedVersion)))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(Jsoup.parse(page.getResponse().getContentAsString()).select("#error-summary").text())
			.contains("En anden har gemt forløbet");
		assertThat(editions.findBySlug("2027").orElseThrow().getName()).isEqualTo("Første ændring");
	}

}
