package dk.seniorpartnerskab.scheduling.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.scheduling.Meeting;
import dk.seniorpartnerskab.scheduling.MeetingDetails;
import dk.seniorpartnerskab.scheduling.MeetingManagement;
import dk.seniorpartnerskab.scheduling.MeetingRepository;
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
class CoursePlanTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	SchedulingFixtures fixtures;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	MeetingManagement meetingManagement;

	Edition edition;

	long north;

	long south;

	long west;

	LocalDate base;

	@BeforeEach
	void setUp() throws Exception {
		data.clean();
		edition = data.openEdition();
		north = fixtures.network(edition.getId(), "Netværk Nord");
		south = fixtures.network(edition.getId(), "Netværk Syd");
		west = fixtures.network(edition.getId(), "Netværk Vest");
		fixtures.registration(edition.getId(), 851, north, true, "Anne Hansen", "Bo Jensen");
		fixtures.registration(edition.getId(), 101, south, true, "Carla Nielsen", "Dan Larsen", "Eva Holm");
		fixtures.registration(edition.getId(), 561, west, true, "Finn Berg");
		staff(post("/admin/aktiviteter/plan/kladder?forloeb=" + edition.getId()));
		base = edition.getCourseStart().plusDays(10);
	}

	private ResultActions staff(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(csrf()).with(user("planner@kl.dk").roles("STAFF")));
	}

	private Document page() throws Exception {
		return Jsoup
			.parse(staff(get(path())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private String path() {
		return "/admin/aktiviteter/plan?forloeb=" + edition.getId();
	}

	/** The form's values as a browser would send them. */
	static Map<String, String> values(Document page) {
		var values = new LinkedHashMap<String, String>();
		for (var input : page.select("form[method=post] input[name], form[method=post] select[name]")) {
			String type = input.attr("type");
			if (input.attr("name").equals("_csrf")) {
				continue;
			}
			if ((type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked")) {
				continue;
			}
			values.put(input.attr("name"), input.val());
		}
		return values;
	}

	private Document submit(Map<String, String> values) throws Exception {
		var request = MockMvcRequestBuilders.post(path());
		values.forEach(request::param);
		var response = staff(request).andReturn().getResponse();
		if (response.getStatus() == 302) {
			return null;
		}
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	/** Dates for the whole plan: network n, meeting m (0-5). */
	private void fillAll(Map<String, String> values) {
		for (int n = 0; n < 3; n++) {
			for (int m = 0; m < 6; m++) {
				String cell = "networks[" + n + "].cells[" + m + "].";
				values.put(cell + "date", base.plusWeeks(m * 6L).plusDays(n).toString());
				values.put(cell + "startTime", m < 3 ? "09:30" : "13:00");
				values.put(cell + "endTime", m < 3 ? "16:00" : "15:00");
				if (m < 3) {
					values.put(cell + "venue", "Rådhuset " + n);
					values.put(cell + "address", "Torvet " + n);
				}
				else {
					values.put(cell + "onlineLink", "https://meet.example.dk/" + n + "-" + m);
				}
			}
		}
	}

	private List<Meeting> networkMeetings(long networkId) {
		return meetings.findByNetworkIdOrderByStartsAtAsc(networkId)
			.stream()
			.sorted(Comparator.comparing(Meeting::getId))
			.toList();
	}

	@Test
	void savingAPlanOfThreeNetworksAndSixMeetingsInOneRequestSendsUpdatesOnlyToTheAffected() throws Exception {
		var values = values(page());
		assertThat(values.keySet().stream().filter(k -> k.endsWith(".meetingId"))).hasSize(18);
		fillAll(values);
		assertThat(submit(values)).as("saved and redirected").isNull();
		assertThat(meetings.findAll()).hasSize(18).allMatch(Meeting::isPlanned);
		assertThat(fixtures.mails("MEETING_UPDATE")).isEmpty();

		staff(post("/admin/aktiviteter/plan/send?forloeb=" + edition.getId())).andExpect(status().is3xxRedirection());
		// 6 meetings per network: 2 + 3 + 1 participants
		assertThat(fixtures.mails("MEETING_INVITATION")).hasSize(6 * (2 + 3 + 1));

		var again = values(page());
		// Nord's second development day starts later; Syd's third digital meeting moves
		// to another link; everything else is sent back unchanged.
		again.put("networks[0].cells[1].startTime", "10:00");
		again.put("networks[1].cells[5].onlineLink", "https://meet.example.dk/ny");
		assertThat(submit(again)).isNull();

		var updates = fixtures.mails("MEETING_UPDATE");
		assertThat(updates).extracting(SchedulingFixtures.SentMail::to)
			.containsExactlyInAnyOrder("anne.hansen@k851.dk", "bo.jensen@k851.dk", "carla.nielsen@k101.dk",
					"dan.larsen@k101.dk", "eva.holm@k101.dk");
		var nordDay2 = networkMeetings(north).get(1);
		assertThat(Copenhagen.at(nordDay2.getStartsAt()).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
		assertThat(nordDay2.getSequence()).isEqualTo(1);
		assertThat(networkMeetings(south).get(5).getOnlineLink()).isEqualTo("https://meet.example.dk/ny");
		assertThat(networkMeetings(west)).allMatch(m -> m.getSequence() == 0);
	}

	@Test
	void copyingAPatternShowsAPreviewThatIsExactlyWhatSavingStores() throws Exception {
		var values = values(page());
		for (int m = 0; m < 6; m++) {
			String cell = "networks[0].cells[" + m + "].";
			values.put(cell + "date", base.plusWeeks(m * 6L).toString());
			values.put(cell + "startTime", "09:30");
			values.put(cell + "endTime", "15:30");
			if (m < 3) {
				values.put(cell + "venue", "KL-huset");
				values.put(cell + "address", "Weidekampsgade 10");
			}
			else {
				values.put(cell + "onlineLink", "https://meet.example.dk/nord");
			}
		}
		values.put("copyMode", "WEEK_APART");
		values.put("copyFrom", String.valueOf(north));

		var preview = submit(values);
		assertThat(preview.select("#preview").text()).contains("Forhåndsvisning", "Intet er gemt");
		assertThat(meetings.findAll()).allMatch(m -> m.getStartsAt() == null);
		var previewed = values(preview);
		assertThat(previewed.get("networks[1].cells[0].date")).isEqualTo(base.plusWeeks(1).toString());
		assertThat(previewed.get("networks[2].cells[4].date")).isEqualTo(base.plusWeeks(4 * 6 + 2).toString());
		assertThat(preview.select("tr.app-changed")).hasSize(12);
		// The same place for all three on different days: no warning
		assertThat(preview.select("#same-place")).isEmpty();

		assertThat(submit(previewed)).isNull();

		for (int n = 0; n < 3; n++) {
			var stored = networkMeetings(List.of(north, south, west).get(n));
			for (int m = 0; m < 6; m++) {
				String cell = "networks[" + n + "].cells[" + m + "].";
				var meeting = stored.get(m);
				var start = Copenhagen.at(meeting.getStartsAt());
				assertThat(start.toLocalDate().toString()).isEqualTo(previewed.get(cell + "date"));
				assertThat(start.toLocalTime().toString()).isEqualTo(previewed.get(cell + "startTime"));
				assertThat(Copenhagen.at(meeting.getEndsAt()).toLocalTime().toString())
					.isEqualTo(previewed.get(cell + "endTime"));
				assertThat(meeting.getLocation())
					.isEqualTo(m < 3 ? previewed.get(cell + "venue") + ", " + previewed.get(cell + "address")
							: previewed.get(cell + "onlineLink"));
			}
		}
	}

	@Test
	void aCellChangedBySomeoneElseRefusesTheWholeSaveAndIsNamed() throws Exception {
		var values = values(page());
		fillAll(values);
		var syd2 = networkMeetings(south).get(1);
		var start = Copenhagen.instant(LocalDateTime.of(base.plusDays(3), LocalTime.of(9, 0)));
		meetingManagement.update(syd2.getId(), syd2.getVersion(), new MeetingDetails(syd2.getTitle(), "", null, start,
				start.plusSeconds(3600), "Et andet sted", "Vej 1", null), false);

		var page = submit(values);

		assertThat(page.select("#error-summary").text()).contains("En anden har ændret \"" + syd2.getTitle() + "\"");
		assertThat(page.select("[id='networks1.cells1.date-error']").text()).contains("En anden har ændret");
		assertThat(meetings.findAll()).filteredOn(m -> m.getStartsAt() != null).hasSize(1);
		assertThat(page.select("[id='networks0.cells0.date']").val()).isEqualTo(base.toString());

		// Saving again, now informed, overwrites the other change.
		assertThat(submit(values(page))).isNull();
		assertThat(meetings.findAll()).allMatch(Meeting::isPlanned);
	}

	@Test
	void twoNetworksOnTheSameDayAtTheSamePlaceAreWarnedAbout() throws Exception {
		var values = values(page());
		fillAll(values);
		values.put("networks[2].cells[0].date", values.get("networks[0].cells[0].date"));
		values.put("networks[2].cells[0].venue", "rådhuset 0 ");
		assertThat(submit(values)).isNull();
		assertThat(page().select("#same-place").text()).contains("Netværk Nord og Netværk Vest mødes begge",
				"Rådhuset 0");
	}

	@Test
	void datesInThePastOrOutsideTheCoursePeriodAreRefusedNextToTheirCell() throws Exception {
		var values = values(page());
		fillAll(values);
		values.put("networks[0].cells[0].date", LocalDate.now().minusDays(2).toString());
		values.put("networks[1].cells[2].date", edition.getCourseEnd().plusDays(1).toString());
		var page = submit(values);
		assertThat(page.select("[id='networks0.cells0.date-error']").text()).contains("fortiden");
		assertThat(page.select("[id='networks1.cells2.date-error']").text()).contains("uden for forløbets periode");
		assertThat(page.select("#outsidePeriodConfirmed")).hasSize(1);
		assertThat(meetings.findAll()).allMatch(m -> m.getStartsAt() == null);

		var fixed = values(page);
		fixed.put("networks[0].cells[0].date", base.toString());
		fixed.put("outsidePeriodConfirmed", "true");
		assertThat(submit(fixed)).isNull();
		assertThat(networkMeetings(south).get(2).getStartsAt()).isNotNull();
	}

}
