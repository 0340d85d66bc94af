package dk.seniorpartnerskab.scheduling.web;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.scheduling.Answer;
import dk.seniorpartnerskab.scheduling.InvitationManagement;
import dk.seniorpartnerskab.scheduling.InvitationRepository;
import dk.seniorpartnerskab.scheduling.Meeting;
import dk.seniorpartnerskab.scheduling.Needs;
import dk.seniorpartnerskab.scheduling.SchedulingFixtures;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class NeedsPrintAndPersonalPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	SchedulingFixtures fixtures;

	@Autowired
	InvitationManagement management;

	@Autowired
	InvitationRepository invitations;

	@Autowired
	Needs needs;

	@Autowired
	JdbcTemplate jdbc;

	Edition edition;

	Meeting day;

	@BeforeEach
	void setUp() {
		data.clean();
		edition = data.openEdition();
		long network = fixtures.network(edition.getId(), "Netværk Nord");
		fixtures.registration(edition.getId(), 751, network, true, "Anne Hansen", "Bo Jensen");
		fixtures.registration(edition.getId(), 101, network, true, "Carla Nielsen");
		day = fixtures.plannedDay(edition.getId(), network, 20);
		management.send(day.getId());
	}

	private String token(String email) {
		return fixtures.lastMailTo(email).token();
	}

	private void answer(String email, Answer answer, String needsText) throws Exception {
		var request = post("/invitation/" + token(email) + "/svar").with(csrf()).param("answer", answer.name());
		if (needsText != null) {
			request.param("needs", needsText);
		}
		mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	@Test
	void needsGivenWithAYesAreShownToStaffAndPrintedOnTheParticipantListAndBadges() throws Exception {
		answer("anne.hansen@k751.dk", Answer.ATTENDING, "Vegetar, glutenfri");
		answer("carla.nielsen@k101.dk", Answer.ATTENDING, "");
		answer("bo.jensen@k751.dk", Answer.DECLINED, "Kørestol");

		var staff = user("v@kl.dk").roles("VIEWER");
		var detail = Jsoup.parse(mvc.perform(get("/admin/aktiviteter/" + day.getId()).with(staff))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(detail.text()).contains("Vegetar, glutenfri").doesNotContain("Kørestol");

		var pdf = mvc.perform(get("/admin/aktiviteter/" + day.getId() + "/deltagerliste.pdf").with(staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		String text = text(pdf.getContentAsByteArray());
		assertThat(text).contains("Deltagerliste: Udviklingsdag 1", "Anne Hansen", "Carla Nielsen", "Aarhus",
				"København", "HR-konsulent", "Ledelse", "Vegetar, glutenfri", "Underskrift");
		assertThat(text).doesNotContain("Bo Jensen");

		String badges = text(mvc.perform(get("/admin/aktiviteter/" + day.getId() + "/navneskilte.pdf").with(staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(badges).contains("Anne Hansen", "Carla Nielsen", "Aarhus", "København").doesNotContain("Bo Jensen");
	}

	static String text(byte[] pdf) throws Exception {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	@Test
	void tooLongNeedsAreRefusedNextToTheFieldWithTheTextKept() throws Exception {
		String tooLong = "x".repeat(501);
		var html = Jsoup
			.parse(mvc
				.perform(post("/invitation/" + token("anne.hansen@k751.dk") + "/svar").with(csrf())
					.param("answer", "ATTENDING")
					.param("needs", tooLong))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(html.select("#needs-error").text()).isEqualTo("Højst 500 tegn.");
		assertThat(html.select("#needs").text()).isEqualTo(tooLong);
		assertThat(invitations.findByMeeting(day.getId())).allMatch(i -> i.getAnswer() == Answer.PENDING);
	}

	@Test
	void needsAreDeletedAfterTheRetentionDaysAndNotBefore() throws Exception {
		answer("anne.hansen@k751.dk", Answer.ATTENDING, "Vegetar");
		jdbc.update(
				"update meeting set starts_at = now() - interval '13 days 8 hours', ends_at = now() - interval '13 days 2 hours' where id = ?",
				day.getId());
		assertThat(needs.deleteExpired()).isZero();
		assertThat(needs.forMeeting(day.getId())).hasSize(1);

		jdbc.update(
				"update meeting set starts_at = now() - interval '14 days 8 hours', ends_at = now() - interval '14 days 2 hours' where id = ?",
				day.getId());
		assertThat(needs.deleteExpired()).isOne();
		assertThat(needs.forMeeting(day.getId())).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from invitation_need", Integer.class)).isZero();
	}

	@Test
	void onePersonalPageFromAnyInvitationLinkListsAllTheirMeetingsWithAnswersAndCalendarFiles() throws Exception {
		String firstLink = token("anne.hansen@k751.dk");
		var webinar = fixtures.webinar(edition.getId(), 30);
		management.send(webinar.getId());
		String secondLink = token("anne.hansen@k751.dk");

		for (String token : new String[] { firstLink, secondLink }) {
			var page = Jsoup.parse(mvc.perform(get("/invitation/" + token + "/mine"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(page.select("h2").eachText()).containsExactly("Udviklingsdag 1", "Webinar om implementering");
		}

		long webinarInvitation = invitations.findByMeeting(webinar.getId())
			.stream()
			.filter(i -> i.getEmail().equals("anne.hansen@k751.dk"))
			.findFirst()
			.orElseThrow()
			.getId();
		mvc.perform(post("/invitation/" + firstLink + "/mine/" + webinarInvitation + "/svar").with(csrf())
			.param("answer", "ATTENDING")).andExpect(status().is3xxRedirection());
		assertThat(invitations.findById(webinarInvitation).orElseThrow().getAnswer()).isEqualTo(Answer.ATTENDING);
		var ics = mvc.perform(get("/invitation/" + firstLink + "/mine/" + webinarInvitation + "/kalender.ics"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(ics).contains("BEGIN:VEVENT", webinar.getUid());

		// Someone else's invitation cannot be reached from Anne's link.
		long carla = invitations.findByMeeting(webinar.getId())
			.stream()
			.filter(i -> i.getEmail().startsWith("carla"))
			.findFirst()
			.orElseThrow()
			.getId();
		mvc.perform(
				post("/invitation/" + firstLink + "/mine/" + carla + "/svar").with(csrf()).param("answer", "DECLINED"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/invitation/" + firstLink + "/mine/" + carla + "/kalender.ics"))
			.andExpect(status().isNotFound());
	}

}
