package dk.seniorpartnerskab.scheduling.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.scheduling.MeetingKind;
import dk.seniorpartnerskab.scheduling.MeetingRepository;
import dk.seniorpartnerskab.scheduling.MeetingStatus;
import dk.seniorpartnerskab.scheduling.SchedulingFixtures;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.web.Copenhagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class MeetingAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	SchedulingFixtures fixtures;

	Edition edition;

	@BeforeEach
	void setUp() {
		data.clean();
		edition = data.openEdition();
	}

	private MockHttpServletRequestBuilder form(String path, String... overrides) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("kind", "DEVELOPMENT_DAY");
		fields.put("title", "Første udviklingsdag");
		fields.put("theme", "Hvordan ser forløbet for udvikling og gennemførelse af en god seniorindsats ud?");
		fields.put("date", "2027-09-30");
		fields.put("startTime", "09:30");
		fields.put("endTime", "16:00");
		fields.put("venue", "KL-huset");
		fields.put("address", "Weidekampsgade 10, 2300 København S");
		fields.put("planned", "true");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		var request = post(path).with(csrf()).with(user("s@kl.dk").roles("STAFF"));
		fields.forEach(request::param);
		return request;
	}

	private String createPath() {
		return "/admin/aktiviteter/ny?forloeb=" + edition.getId();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup
			.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	@Test
	void staffPlanADevelopmentDayWithTimesInCopenhagenSummerTime() throws Exception {
		var result = mvc.perform(form(createPath())).andExpect(status().is3xxRedirection()).andReturn();
		var meeting = meetings.findAll().get(0);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/aktiviteter/" + meeting.getId());
		assertThat(meeting.getStartsAt()).isEqualTo(Instant.parse("2027-09-30T07:30:00Z"));
		assertThat(meeting.getEndsAt()).isEqualTo(Instant.parse("2027-09-30T14:00:00Z"));
		assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.PLANNED);
		assertThat(meeting.getKind()).isEqualTo(MeetingKind.DEVELOPMENT_DAY);

		var detail = page(get("/admin/aktiviteter/" + meeting.getId()).with(user("v@kl.dk").roles("VIEWER")));
		assertThat(detail.select("h1").text()).isEqualTo("Første udviklingsdag");
		assertThat(detail.text()).contains("torsdag 30. september 2027 kl. 09.30–16.00",
				"KL-huset, Weidekampsgade 10, 2300 København S");
		var list = page(get("/admin/aktiviteter?forloeb=" + edition.getId()).with(user("v@kl.dk").roles("VIEWER")));
		assertThat(list.select("tbody tr").text()).contains("torsdag 30. september 2027 kl. 09.30–16.00");
	}

	@Test
	void timesAroundTheOctoberChangeMapToTheRightInstants() throws Exception {
		// 31 October 2027: clocks go back from 03:00 summer time to 02:00 winter time.
		mvc.perform(form(createPath(), "date", "2027-10-31", "startTime", "01:30", "endTime", "10:00"))
			.andExpect(status().is3xxRedirection());
		var meeting = meetings.findAll().get(0);
		assertThat(meeting.getStartsAt()).isEqualTo(Instant.parse("2027-10-30T23:30:00Z"));
		assertThat(meeting.getEndsAt()).isEqualTo(Instant.parse("2027-10-31T09:00:00Z"));
		assertThat(Duration.between(meeting.getStartsAt(), meeting.getEndsAt()).toMinutes())
			.as("8.5 wall-clock hours, one of them repeated")
			.isEqualTo(9 * 60 + 30);
	}

	@Test
	void aDateInThePastIsRefusedNextToTheDateField() throws Exception {
		var yesterday = LocalDate.now(Copenhagen.ZONE).minusDays(1);
		var html = page(form(createPath(), "date", yesterday.toString(), "outsidePeriodConfirmed", "true"));
		assertThat(html.select("#date-error").text()).contains("ligger i fortiden");
		assertThat(html.select("#date").attr("aria-invalid")).isEqualTo("true");
		assertThat(meetings.count()).isZero();
	}

	@Test
	void aDateOutsideTheCoursePeriodIsRefusedUntilStaffConfirmItExplicitly() throws Exception {
		var afterCourse = edition.getCourseEnd().plusDays(3).toString();
		var html = page(form(createPath(), "date", afterCourse));
		assertThat(html.select("#date-error").text()).contains("uden for forløbets periode");
		assertThat(html.select("#outsidePeriodConfirmed")).hasSize(1);
		assertThat(html.select("#date").val()).isEqualTo(afterCourse);
		assertThat(meetings.count()).isZero();

		mvc.perform(form(createPath(), "date", afterCourse, "outsidePeriodConfirmed", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(meetings.count()).isOne();
	}

	@Test
	void aTimeThatDoesNotExistOnTheSpringForwardDayIsRefusedClearly() throws Exception {
		// 28 March 2027: clocks jump from 02:00 to 03:00, so 02:30 never happens in
		// Copenhagen.
		var html = page(form(createPath(), "date", "2027-03-28", "startTime", "02:30", "endTime", "10:00"));
		assertThat(html.select("#startTime-error").text()).contains("findes ikke i dansk tid");
		assertThat(html.select("#startTime").attr("aria-invalid")).isEqualTo("true");
		assertThat(meetings.count()).isZero();
	}

	@Test
	void aTimeThatHappensTwiceOnTheFallBackDayIsRefusedClearly() throws Exception {
		var html = page(form(createPath(), "date", "2027-10-31", "startTime", "02:30", "endTime", "10:00"));
		assertThat(html.select("#startTime-error").text()).contains("findes to gange");
		assertThat(meetings.count()).isZero();
	}

	@Test
	void aPlannedMeetingNeedsItsPlaceAndAnEndAfterItsStartInDanish() throws Exception {
		var html = page(form(createPath(), "venue", "", "address", "", "endTime", "09:00", "title", ""));
		assertThat(html.select("#venue-error").text()).isEqualTo("Skriv mødestedet for en udviklingsdag.");
		assertThat(html.select("#address-error").text()).isEqualTo("Skriv adressen for en udviklingsdag.");
		assertThat(html.select("#endTime-error").text()).contains("efter starttidspunktet");
		assertThat(html.select("#title-error").text()).isEqualTo("Feltet skal udfyldes.");
		assertThat(html.select("#error-summary li")).hasSize(4);

		var digital = page(form(createPath(), "kind", "DIGITAL_MEETING", "onlineLink", ""));
		assertThat(digital.select("#onlineLink-error").text()).contains("linket");
		assertThat(meetings.count()).isZero();
	}

	@Test
	void aDraftMayBeSavedWithoutDateOrPlace() throws Exception {
		mvc.perform(form(createPath(), "planned", "false", "date", "", "startTime", "", "endTime", "", "venue", "",
				"address", ""))
			.andExpect(status().is3xxRedirection());
		assertThat(meetings.findAll().get(0).getStatus()).isEqualTo(MeetingStatus.DRAFT);
		var list = page(get("/admin/aktiviteter?forloeb=" + edition.getId()).with(user("v@kl.dk").roles("VIEWER")));
		assertThat(list.select("table caption").text()).contains("Hele forløbet");
		assertThat(list.select("tbody tr").text()).contains("Første udviklingsdag", "Ikke fastlagt", "Kladde");
	}

	@Test
	void aStaleFormDoesNotOverwriteAnotherStaffMembersChange() throws Exception {
		mvc.perform(form(createPath())).andExpect(status().is3xxRedirection());
		var meeting = meetings.findAll().get(0);
		String edit = "/admin/aktiviteter/" + meeting.getId() + "/rediger";
		mvc.perform(form(edit, "title", "Første ændring", "version", String.valueOf(meeting.getVersion())))
			.andExpect(status().is3xxRedirection());
		var html = page(form(edit, "title", "Anden ændring", "version", String.valueOf(meeting.getVersion())));
		assertThat(html.select("#error-summary").text()).contains("En anden har gemt aktiviteten");
		assertThat(meetings.findAll().get(0).getTitle()).isEqualTo("Første ændring");
	}

	@Test
	void planningTheCourseForANetworkCreatesTheEditionsNumberOfDraftsOnlyOnce() throws Exception {
		long north = fixtures.network(edition.getId(), "Netværk Nord");
		var plan = post("/admin/aktiviteter/planlaeg").param("forloeb", String.valueOf(edition.getId()))
			.param("netvaerk", String.valueOf(north))
			.with(csrf())
			.with(user("s@kl.dk").roles("STAFF"));
		mvc.perform(plan).andExpect(status().is3xxRedirection());
		mvc.perform(plan).andExpect(status().is3xxRedirection());

		var all = meetings.findByEdition(edition.getId());
		assertThat(all).hasSize(6).allMatch(m -> m.getStatus() == MeetingStatus.DRAFT && north == m.getNetworkId());
		assertThat(all).filteredOn(m -> m.getKind() == MeetingKind.DEVELOPMENT_DAY)
			.extracting(m -> m.getTitle())
			.containsExactlyInAnyOrder("Udviklingsdag 1 – Netværk Nord", "Udviklingsdag 2 – Netværk Nord",
					"Udviklingsdag 3 – Netværk Nord");
		assertThat(all).filteredOn(m -> m.getKind() == MeetingKind.DIGITAL_MEETING).hasSize(3);

		var list = page(get("/admin/aktiviteter?forloeb=" + edition.getId()).with(user("v@kl.dk").roles("VIEWER")));
		assertThat(list.select("h2").eachText()).contains("Hele forløbet", "Netværk Nord");
		assertThat(list.select("table caption").eachText()).contains("Aktiviteter for Netværk Nord, efter dato");
	}

	@Test
	void viewersCannotCreateMeetings() throws Exception {
		mvc.perform(form(createPath()).with(user("v@kl.dk").roles("VIEWER"))).andExpect(status().isForbidden());
		assertThat(meetings.count()).isZero();
	}

}
