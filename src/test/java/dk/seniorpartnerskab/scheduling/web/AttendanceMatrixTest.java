package dk.seniorpartnerskab.scheduling.web;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.scheduling.Answer;
import dk.seniorpartnerskab.scheduling.Invitation;
import dk.seniorpartnerskab.scheduling.InvitationManagement;
import dk.seniorpartnerskab.scheduling.InvitationRepository;
import dk.seniorpartnerskab.scheduling.Meeting;
import dk.seniorpartnerskab.scheduling.SchedulingFixtures;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The attendance matrix on a generated course whose answers and attendance follow a known
 * rule, so every figure can be counted independently.
 */
@IntegrationTest
class AttendanceMatrixTest {

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
	JdbcTemplate jdbc;

	Edition edition;

	long network;

	List<Meeting> meetings = new ArrayList<>();

	/** 751 Aarhus (2 people), 101 København (3), 461 Odense (1) */
	static final String[][] PEOPLE = { { "Anne Hansen", "Bo Jensen" }, { "Carla Nielsen", "Dan Larsen", "Eva Holm" },
			{ "Finn Berg" } };

	static final int[] CODES = { 751, 101, 461 };

	/** Person p (0-5 in the order above) at meeting m (0-3): the known rule. */
	static Answer answer(int p, int m) {
		return p == 5 ? Answer.PENDING : (p + m) % 3 == 0 ? Answer.DECLINED : Answer.ATTENDING;
	}

	static boolean attended(int p, int m) {
		// MeetingRepository 0-2 are held; Carla (p=2) never came; the others came when
		// they said
		// yes.
		return m < 3 && p != 2 && answer(p, m) == Answer.ATTENDING;
	}

	@BeforeEach
	void setUp() {
		data.clean();
		edition = data.openEdition();
		network = fixtures.network(edition.getId(), "Netværk Nord");
		for (int i = 0; i < CODES.length; i++) {
			fixtures.registration(edition.getId(), CODES[i], network, true, PEOPLE[i]);
		}
		for (int m = 0; m < 4; m++) {
			var meeting = fixtures.plannedDay(edition.getId(), network, 10 + m);
			management.send(meeting.getId());
			meetings.add(meeting);
		}
		// The first three have been held.
		for (int m = 0; m < 3; m++) {
			jdbc.update(
					"update meeting set starts_at = starts_at - interval '60 days', ends_at = ends_at - interval '60 days' where id = ?",
					meetings.get(m).getId());
		}
		int p = 0;
		for (String[] names : PEOPLE) {
			for (String name : names) {
				for (int m = 0; m < 4; m++) {
					jdbc.update("update invitation set answer = ?, attended = ? where meeting_id = ? and name = ?",
							answer(p, m).name(), m < 3 ? (Boolean) attended(p, m) : null, meetings.get(m).getId(),
							name);
				}
				p++;
			}
		}
	}

	private Document page(String query) throws Exception {
		return Jsoup.parse(mvc
			.perform(get("/admin/aktiviteter/netvaerk/" + network + "/fremmoede" + query)
				.with(user("v@kl.dk").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void theMatrixCountsAnswersAndAttendancePerMunicipalityMeetingAndInTotal() throws Exception {
		var html = page("");
		var rows = html.select("#matrix tbody tr.app-matrix-municipality");
		// MunicipalityRepository in code order: København 101, Odense 461, Aarhus 751
		int[] order = { 1, 2, 0 };
		int[] firstPerson = { 0, 2, 5 };
		int totalAttended = 0;
		for (int r = 0; r < 3; r++) {
			int i = order[r];
			var cells = rows.get(r).select("td");
			int rowAttended = 0;
			for (int m = 0; m < 4; m++) {
				int answered = 0;
				int attended = 0;
				for (int k = 0; k < PEOPLE[i].length; k++) {
					int p = firstPerson[i] + k;
					answered += answer(p, m) == Answer.PENDING ? 0 : 1;
					attended += attended(p, m) ? 1 : 0;
				}
				rowAttended += attended;
				assertThat(cells.get(m).text()).as("row %d meeting %d", r, m)
					.isEqualTo(answered + "/" + PEOPLE[i].length + " svar, " + attended + " mødt");
			}
			assertThat(cells.get(4).text()).isEqualTo(String.valueOf(rowAttended));
			totalAttended += rowAttended;
		}
		var totals = html.select("#matrix tfoot td");
		for (int m = 0; m < 4; m++) {
			int answered = 0;
			int attended = 0;
			for (int p = 0; p < 6; p++) {
				answered += answer(p, m) == Answer.PENDING ? 0 : 1;
				attended += attended(p, m) ? 1 : 0;
			}
			assertThat(totals.get(m).text()).isEqualTo(answered + "/6 svar, " + attended + " mødt");
		}
		assertThat(totals.get(4).text()).isEqualTo(String.valueOf(totalAttended));
		// Carla never came, Finn never answered: nobody else is missing.
		assertThat(html.select("#attended-nothing li")).extracting(e -> e.text())
			.containsExactlyInAnyOrder("Carla Nielsen, København", "Finn Berg, Odense");
	}

	@Test
	void expandedRowsShowEachPersonsAnswerAndAttendance() throws Exception {
		var html = page("?deltagere=1");
		var anne = html.select("#matrix tr.app-matrix-person")
			.stream()
			.filter(tr -> tr.select("th").text().contains("Anne Hansen"))
			.findFirst()
			.orElseThrow();
		// Anne (p=0): meeting 0 declined, 1 and 2 yes and came, 3 declined (not held)
		assertThat(anne.select("td").eachText()).containsExactly("Deltager ikke, ikke mødt", "Deltager, mødt",
				"Deltager, mødt", "Deltager ikke", "2");
	}

	@Test
	void theXlsxExportHasOneRowPerPersonAndTheTotals() throws Exception {
		byte[] xlsx = mvc
			.perform(get("/admin/aktiviteter/netvaerk/" + network + "/fremmoede.xlsx")
				.with(user("v@kl.dk").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getFirstSheet();
			assertThat(sheet.getName()).isEqualTo("Fremmøde");
			var rows = sheet.read();
			assertThat(rows).hasSize(1 + 6 + 1);
			assertThat(rows.get(0).getCellText(0)).isEqualTo("Kommune");
			assertThat(rows.stream().skip(1).limit(6).map(r -> r.getCellText(1)).toList()).containsExactlyInAnyOrder(
					"Anne Hansen", "Bo Jensen", "Carla Nielsen", "Dan Larsen", "Eva Holm", "Finn Berg");
			var anne = rows.stream().filter(r -> "Anne Hansen".equals(r.getCellText(1))).findFirst().orElseThrow();
			assertThat(anne.getCellText(4)).isEqualTo("Deltager, mødt");
			assertThat(anne.getCellText(7)).isEqualTo("2");
			assertThat(rows.get(7).getCellText(0)).isEqualTo("I alt");
		}
	}

	@Test
	void markingEveryoneWhoSaidYesAsAttendedLeavesTheOthersForCorrection() throws Exception {
		var held = meetings.get(0);
		jdbc.update("update invitation set attended = null where meeting_id = ?", held.getId());
		mvc.perform(post("/admin/aktiviteter/" + held.getId() + "/fremmoede/alle-ja").with(csrf())
			.with(user("s@kl.dk").roles("STAFF"))).andExpect(status().is3xxRedirection());
		for (Invitation invitation : invitations.findByMeeting(held.getId())) {
			if (invitation.getAnswer() == Answer.ATTENDING) {
				assertThat(invitation.getAttended()).as(invitation.getName()).isTrue();
			}
			else {
				assertThat(invitation.getAttended()).as(invitation.getName()).isNull();
			}
		}
		// A meeting ahead cannot be marked yet.
		mvc.perform(post("/admin/aktiviteter/" + meetings.get(3).getId() + "/fremmoede/alle-ja").with(csrf())
			.with(user("s@kl.dk").roles("STAFF"))).andExpect(status().is3xxRedirection());
		assertThat(invitations.findByMeeting(meetings.get(3).getId())).allMatch(i -> i.getAttended() == null);
	}

}
