package dk.seniorpartnerskab.registration.web;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.registration.ParticipationLine;
import dk.seniorpartnerskab.registration.RegistrationFixtures;
import dk.seniorpartnerskab.registration.RegistrationManagement;
import dk.seniorpartnerskab.registration.RegistrationStatus;
import dk.seniorpartnerskab.registration.RegistrationRepository;
import dk.seniorpartnerskab.registration.TestParticipationInfo;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;

import static dk.seniorpartnerskab.registration.web.RegistrationRequests.newAddress;
import static dk.seniorpartnerskab.registration.web.RegistrationRequests.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.util.Map;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@IntegrationTest
class PrivateRegistrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	RegistrationManagement management;

	@Autowired
	RegistrationRepository registrations;

	@Autowired
	JdbcTemplate jdbc;

	Edition edition;

	long registrationId;

	String token;

	@BeforeEach
	void registered() {
		data.clean();
		edition = data.openEdition();
		registrationId = fixtures.register(edition.getId(), RegistrationFixtures.COPENHAGEN, "hr@kk.dk")
			.registrationId();
		token = tokenFromLastMail();
	}

	@AfterEach
	void forgetLines() {
		TestParticipationInfo.LINES.clear();
	}

	private String tokenFromLastMail() {
		String body = jdbc.queryForObject("select text_body from outgoing_mail order by id desc limit 1", String.class);
		return body.replaceAll("(?s).*/tilmelding/([A-Za-z0-9_-]{43}).*", "$1");
	}

	private Document page(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	/**
	 * Follows a redirect as a browser does, with the session cookie that carries the
	 * flash message.
	 */
	private Document follow(MvcResult redirect) throws Exception {
		var request = get(redirect.getResponse().getRedirectedUrl());
		var cookie = redirect.getResponse().getCookie("SESSION");
		if (cookie != null) {
			request.cookie(cookie);
		}
		return page(mvc.perform(request).andExpect(status().isOk()).andReturn());
	}

	private Document privatePage() throws Exception {
		return page(mvc.perform(get("/tilmelding/" + token)).andExpect(status().isOk()).andReturn());
	}

	/** The private page's form as the browser posts it, with the current values. */
	private MockMultipartHttpServletRequestBuilder edit() throws Exception {
		var html = privatePage();
		var request = MockMvcRequestBuilders.multipart("/tilmelding/" + token);
		for (var input : html
			.select("form[enctype] input[name], form[enctype] textarea[name], form[enctype] select[name]")) {
			String type = input.attr("type");
			if (type.equals("file") || input.attr("name").equals("_csrf")) {
				continue;
			}
			if ((type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked")) {
				continue;
			}
			request.param(input.attr("name"), input.tagName().equals("textarea") ? input.text() : input.val());
		}
		request.with(csrf()).with(newAddress());
		return request;
	}

	@Test
	void theLinkShowsStatusAndTheLinesOfEveryParticipationInfo() throws Exception {
		TestParticipationInfo.LINES.put(registrationId, List.of(new ParticipationLine("Netværk", "Netværk Nord"),
				new ParticipationLine("Udviklingsdag", "1. oktober")));
		var html = privatePage();
		assertThat(html.select("h1").text()).isEqualTo("Tilmelding af København");
		assertThat(html.text()).contains("Status: Modtaget", "SP27-0001", "Netværk Nord", "Udviklingsdag",
				"1. oktober");
		assertThat(html.getElementById("contactName").val()).isEqualTo("Hanne HR");
		assertThat(html.select("select#municipalityCode")).isEmpty();
	}

	@Test
	void withoutAssignmentThePageSaysNetworkAndDatesComeLater() throws Exception {
		assertThat(privatePage().text()).contains("Når kommunen er fordelt i et netværk");
	}

	@Test
	void anUnknownOrReplacedLinkGetsAKindNotFoundPage() throws Exception {
		var html = page(mvc.perform(get("/tilmelding/" + "A".repeat(43))).andExpect(status().isNotFound()).andReturn());
		assertThat(html.select("h1").text()).isEqualTo("Linket virker ikke");
		mvc.perform(get("/tilmelding/kort")).andExpect(status().isNotFound());
	}

	@Test
	void theContactCanChangeAllDetailsUntilTheDeadlineAndTheChangeIsInTheHistory() throws Exception {
		var saved = mvc.perform(edit().with(set("contactName", "Hanne Ny")).with(set("contactPhone", "87654321")))
			.andExpect(redirectedUrl("/tilmelding/" + token))
			.andReturn();
		var html = follow(saved);
		assertThat(html.text()).contains("Ændringerne er gemt.");
		assertThat(html.getElementById("contactName").val()).isEqualTo("Hanne Ny");
		var registration = management.find(registrationId).orElseThrow();
		assertThat(registration.getContactName()).isEqualTo("Hanne Ny");
		assertThat(registration.getHistory()).last().satisfies(h -> {
			assertThat(h.getAction()).isEqualTo("details-changed");
			assertThat(h.getDetail()).contains("contactName", "contactPhone");
			assertThat(h.getActor()).isEqualTo("kontaktperson");
		});
	}

	@Test
	void invalidChangesShowFieldErrorsAndSaveNothing() throws Exception {
		var html = page(
				mvc.perform(edit().with(set("effortDescription", "kort"))).andExpect(status().isOk()).andReturn());
		assertThat(html.getElementById("effortDescription-error").text()).contains("mellem 50 og 5.000 tegn");
		assertThat(management.find(registrationId).orElseThrow().getEffortDescription())
			.startsWith("Vi har en seniorpolitik");
	}

	@Test
	void aParticipantCanBeSwappedAddedAndRemovedWithEachChangeInTheHistory() throws Exception {
		var html = page(mvc.perform(edit().param("addParticipant", "1")).andExpect(status().isOk()).andReturn());
		assertThat(html.select("fieldset.app-participant")).hasSize(3);
		mvc.perform(edit().with(set("participants[1].name", "Tina Ny"))
			.with(set("participants[1].email", "tina@kk.dk"))
			.param("participants[2].name", "Per Plus")
			.param("participants[2].email", "per@kk.dk")
			.param("participants[2].title", "TR")
			.param("participants[2].side", "EMPLOYEES")).andExpect(redirectedUrl("/tilmelding/" + token));
		var registration = management.find(registrationId).orElseThrow();
		assertThat(registration.getParticipants()).extracting(p -> p.getName())
			.containsExactly("Lene Leder", "Tina Ny", "Per Plus");
		assertThat(registration.getHistory()).extracting(h -> h.getAction())
			.containsSubsequence("participant-changed", "participant-added");
		html = privatePage();
		var remove = page(mvc.perform(edit().param("removeParticipant", "0")).andExpect(status().isOk()).andReturn());
		assertThat(remove.select("fieldset.app-participant")).hasSize(2);
		assertThat(html.getElementById("participants1.name").val()).isEqualTo("Tina Ny");
	}

	@Test
	void afterTheDeadlineOnlyParticipantsCanChangeUntilTheCourseEnds() throws Exception {
		jdbc.update(
				"update edition set registration_opens = now() - interval '20 days', registration_closes = now() - interval '1 day'");
		var html = privatePage();
		assertThat(html.select("#contactName")).isEmpty();
		assertThat(html.getElementById("participants0.name")).isNotNull();
		assertThat(html.text()).contains("Fristen er overskredet");
		mvc.perform(edit().with(set("participants[0].name", "Lars Leder")).param("contactName", "Forsøg på at ændre"))
			.andExpect(redirectedUrl("/tilmelding/" + token));
		var registration = management.find(registrationId).orElseThrow();
		assertThat(registration.getContactName()).isEqualTo("Hanne HR");
		assertThat(registration.getParticipants().get(0).getName()).isEqualTo("Lars Leder");

		jdbc.update("update edition set course_start = ?, course_end = ?", LocalDate.now().minusDays(300),
				LocalDate.now().minusDays(1));
		assertThat(privatePage().text()).contains("Tilmeldingen kan ikke længere rettes", "Lars Leder");
	}

	@Test
	void aChangeMadeMeanwhileIsNotOverwritten() throws Exception {
		var stale = edit().with(set("contactName", "Gammel side"));
		mvc.perform(edit().with(set("contactName", "Først gemt"))).andExpect(redirectedUrl("/tilmelding/" + token));
		var html = page(mvc.perform(stale).andExpect(status().isConflict()).andReturn());
		assertThat(html.text()).contains("Tilmeldingen er ændret, mens du arbejdede");
		assertThat(management.find(registrationId).orElseThrow().getContactName()).isEqualTo("Først gemt");
	}

	@Test
	void withdrawingAsksForConfirmationFirstAndIsKeptInTheHistory() throws Exception {
		var confirm = page(
				mvc.perform(get("/tilmelding/" + token + "/traek-tilbage")).andExpect(status().isOk()).andReturn());
		assertThat(confirm.select("h1").text()).isEqualTo("Vil I trække tilmeldingen af København tilbage?");
		assertThat(registrations.findById(registrationId).orElseThrow().getStatus())
			.isEqualTo(RegistrationStatus.RECEIVED);
		var withdrawn = mvc
			.perform(post("/tilmelding/" + token + "/traek-tilbage")
				.param("version", confirm.select("input[name=version]").val())
				.with(csrf()))
			.andExpect(redirectedUrl("/tilmelding/" + token))
			.andReturn();
		var registration = management.find(registrationId).orElseThrow();
		assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.WITHDRAWN);
		assertThat(registration.getHistory()).last().extracting(h -> h.getAction()).isEqualTo("withdrawn");
		var html = follow(withdrawn);
		assertThat(html.text()).contains("Tilmeldingen er trukket tilbage.", "Status: Trukket tilbage");
		assertThat(html.select("a[href$=traek-tilbage]")).isEmpty();
	}

	@Test
	void theLostLinkFormAnswersTheSameForKnownAndUnknownAddressesAndSendsANewLink() throws Exception {
		var known = mvc.perform(post("/tilmelding/link").param("email", "HR@kk.dk").with(csrf()).with(newAddress()))
			.andExpect(redirectedUrl("/tilmelding/link"))
			.andReturn();
		var unknown = mvc
			.perform(post("/tilmelding/link").param("email", "nobody@kk.dk").with(csrf()).with(newAddress()))
			.andExpect(redirectedUrl("/tilmelding/link"))
			.andReturn();
		assertThat((Map<String, Object>) known.getFlashMap()).isEqualTo(unknown.getFlashMap());
		var page = follow(known);
		assertThat(page.text()).contains("Hvis adressen hører til en tilmelding, har vi nu sendt et nyt link");
		String newToken = tokenFromLastMail();
		assertThat(newToken).isNotEqualTo(token);
		mvc.perform(get("/tilmelding/" + token)).andExpect(status().isNotFound());
		mvc.perform(get("/tilmelding/" + newToken)).andExpect(status().isOk());
		assertThat(
				jdbc.queryForObject("select count(*) from outgoing_mail where kind = 'REGISTRATION_LINK'", Long.class))
			.isEqualTo(1);
	}

	@Test
	void theLostLinkFormWantsAValidAddress() throws Exception {
		var html = page(
				mvc.perform(post("/tilmelding/link").param("email", "ikke en adresse").with(csrf()).with(newAddress()))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(html.getElementById("email-error").text()).contains("gyldig e-mailadresse");
	}

}
