package dk.seniorpartnerskab.registration.web;

import java.time.Duration;
import java.time.Instant;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import dk.seniorpartnerskab.registration.RegistrationStatus;
import dk.seniorpartnerskab.registration.RegistrationRepository;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class StaffRegistrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	RegistrationRepository registrations;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void clean() {
		data.clean();
	}

	private void editionPastItsDeadline() {
		var now = Instant.now();
		data.edition(now.minus(Duration.ofDays(60)), now.minus(Duration.ofDays(1)), null);
	}

	@Test
	void staffRegisterAMunicipalityOnItsBehalfAfterTheDeadline() throws Exception {
		editionPastItsDeadline();
		var result = mvc
			.perform(RegistrationRequests.valid(StaffRegistrationController.PATH)
				.with(user("sekretariat@kl.dk").roles("STAFF")))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		var registration = registrations.findAll().get(0);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/tilmeldinger/" + registration.getId());
		assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.RECEIVED);
		assertThat(registration.getMunicipalityCode()).isEqualTo(101);
		assertThat(jdbc.queryForList("select actor from registration_history where action = 'registered-by-staff'",
				String.class))
			.containsExactly("sekretariat@kl.dk");
		assertThat(
				jdbc.queryForObject("select count(*) from outgoing_mail where recipient = 'hanne@kk.dk'", Long.class))
			.isEqualTo(1);
	}

	@Test
	void thePublicFormStaysClosedAfterTheDeadline() throws Exception {
		editionPastItsDeadline();
		var page = mvc.perform(RegistrationRequests.valid()).andReturn();
		assertThat(Jsoup.parse(page.getResponse().getContentAsString()).text()).contains("Tilmeldingen er lukket");
		assertThat(registrations.count()).isZero();
	}

	@Test
	void theStaffFormShowsTheSameFieldsWithDanishErrors() throws Exception {
		editionPastItsDeadline();
		var page = mvc
			.perform(RegistrationRequests.valid(StaffRegistrationController.PATH)
				.with(RegistrationRequests.set("contactName", ""))
				.with(user("sekretariat@kl.dk").roles("STAFF")))
			.andExpect(status().isOk())
			.andReturn();
		var html = Jsoup.parse(page.getResponse().getContentAsString());
		assertThat(html.select("#error-summary")).hasSize(1);
		assertThat(html.select("form.app-registration-form").attr("action"))
			.startsWith(StaffRegistrationController.PATH);
		assertThat(registrations.count()).isZero();
		var form = Jsoup.parse(mvc.perform(get(StaffRegistrationController.PATH).with(user("v@kl.dk").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(form.select("h1").text()).isEqualTo("Tilmeld en kommune på dens vegne");
	}

	@Test
	void aViewerCannotRegisterOnBehalf() throws Exception {
		editionPastItsDeadline();
		mvc.perform(RegistrationRequests.valid(StaffRegistrationController.PATH).with(user("v@kl.dk").roles("VIEWER")))
			.andExpect(status().isForbidden());
		assertThat(registrations.count()).isZero();
	}

}
