package dk.seniorpartnerskab;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.mail.MailDispatcher;
import dk.seniorpartnerskab.registration.RegistrationFixtures;
import dk.seniorpartnerskab.scheduling.InvitationManagement;
import dk.seniorpartnerskab.scheduling.SchedulingFixtures;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The findings of issue 11, each reproduced as it was found in the running app and shown
 * to fail now. (Sessions outliving their rights: {@code staff.SessionRegressionTest}.)
 */
@IntegrationTest
class SecurityRegressionTest {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	private static final Pattern SECRET_LINK = Pattern
		.compile("/(?:tilmelding|invitation|kalender)/([A-Za-z0-9_-]{43})");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	RegistrationFixtures registrations;

	@Autowired
	SchedulingFixtures scheduling;

	@Autowired
	InvitationManagement invitations;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	JdbcTemplate jdbc;

	Edition edition;

	@BeforeEach
	void setUp() {
		data.clean();
		edition = data.openEdition();
	}

	private String asViewer(String path) throws Exception {
		return mvc.perform(get(path).with(user("viewer@kl.dk").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aViewerReadingTheMailLogGetsNoWorkingLinkNeitherBeforeNorAfterTheMailIsSent() throws Exception {
		registrations.register(edition.getId(), RegistrationFixtures.AARHUS, "hr@aarhus.dk");
		long id = jdbc.queryForObject("select id from outgoing_mail where recipient = 'hr@aarhus.dk'", Long.class);

		// Before sending: the log masks the link.
		String page = asViewer("/admin/mail/" + id) + asViewer("/admin/mail/" + id + "/html");
		assertThat(SECRET_LINK.matcher(page).find()).isFalse();
		assertThat(page).contains("/tilmelding/[skjult]");

		// The recipient gets the working link...
		// (A mail the scheduled dispatcher was still sending for an earlier test may
		// arrive
		// too: the one whose link opens the registration is this test's.)
		dispatcher.dispatchDue();
		var received = await().until(this::workingLinkReceived, link -> link != null);

		// ...while the stored copy, the log, and anything read from the database do not.
		var stored = jdbc.queryForMap("select status, text_body, html_body from outgoing_mail where id = ?", id);
		assertThat(stored.get("status")).isEqualTo("SENT");
		assertThat(SECRET_LINK.matcher(stored.get("text_body") + " " + stored.get("html_body")).find()).isFalse();
		page = asViewer("/admin/mail/" + id) + asViewer("/admin/mail/" + id + "/html");
		assertThat(page).doesNotContain(received);
	}

	/** The secret link of a received mail that opens its registration page, if any. */
	private String workingLinkReceived() throws Exception {
		for (var message : mail.getReceivedMessages()) {
			var link = SECRET_LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", ""));
			if (link.find()
					&& mvc.perform(get("/tilmelding/" + link.group(1))).andReturn().getResponse().getStatus() == 200) {
				return link.group(1);
			}
		}
		return null;
	}

	@Test
	void anInvitationsLinkIsMaskedInTheStoredCalendarFileToo() throws Exception {
		long north = scheduling.network(edition.getId(), "Nord");
		scheduling.registration(edition.getId(), 751, north, true, "Anne Hansen");
		var meeting = scheduling.plannedDay(edition.getId(), north, 30);
		invitations.send(meeting.getId());
		dispatcher.dispatchDue();
		await().until(() -> mail.getReceivedMessages().length >= 1);
		var stored = scheduling.lastMailTo("anne.hansen@k751.dk");
		assertThat(stored.token()).isNull();
		assertThat(stored.ics()).doesNotContainPattern(SECRET_LINK);
		assertThat(stored.ics()).contains("/invitation/[skjult]");
	}

	@Test
	void anExportCellWithAFormulaComesOutInert() throws Exception {
		long north = scheduling.network(edition.getId(), "Nord");
		scheduling.registration(edition.getId(), 751, north, true, "Anne", "Bo", "Carl", "Dorte");
		var meeting = scheduling.plannedDay(edition.getId(), north, 30);
		invitations.send(meeting.getId());
		// Names as an attacker typed them on the public form (the form keeps them as
		// text).
		String[][] names = { { "Anne", "=HYPERLINK(\"http://angriber.example/\",\"Klik\")" }, { "Bo", "+45 SUM(A1)" },
				{ "Carl", "@cmd" }, { "Dorte", "-1+1" } };
		for (String[] name : names) {
			jdbc.update("update registration_participant set name = ? where name = ?", name[1], name[0]);
			jdbc.update("update invitation set name = ? where name = ?", name[1], name[0]);
		}

		for (String path : new String[] { "/admin/tilmeldinger/eksport/deltagere.csv?edition=" + edition.getId(),
				"/admin/tilmeldinger/eksport/tilmeldinger.csv?edition=" + edition.getId(),
				"/admin/aktiviteter/" + meeting.getId() + "/invitationer.csv" }) {
			String csv = asViewer(path);
			assertThat(csv.lines().skip(1)).as(path)
				.allSatisfy(line -> assertThat(line.split(";", -1))
					.allSatisfy(cell -> assertThat(cell.replaceFirst("^\"", "")).doesNotMatch("(?s)^[=+\\-@\t\r].*")));
			if (!path.contains("tilmeldinger.csv")) {
				assertThat(csv).as(path).contains("'=HYPERLINK(").contains("'+45 SUM(A1)", "'@cmd", "'-1+1");
			}
		}
	}

	@Test
	void theEleventhSubstituteInAMinuteGets429AndOnlyOneSubstituteIsEverInvited() throws Exception {
		long north = scheduling.network(edition.getId(), "Nord");
		scheduling.registration(edition.getId(), 751, north, true, "Anne Hansen");
		var meeting = scheduling.plannedDay(edition.getId(), north, 30);
		invitations.send(meeting.getId());
		String token = scheduling.lastMailTo("anne.hansen@k751.dk").token();
		for (int i = 1; i <= 10; i++) {
			String address = "10.11.0." + i;
			mvc.perform(post("/invitation/" + token + "/stedfortraeder").param("name", "Vikar\u202E " + i)
				.param("email", "vikar" + i + "@offer.example")
				.with(csrf())
				.with(request -> {
					request.setRemoteAddr(address);
					return request;
				})).andExpect(redirectedUrl("/invitation/" + token));
		}
		// The eleventh, even from yet another address, is refused: the token is spent.
		mvc.perform(post("/invitation/" + token + "/stedfortraeder").param("name", "Vikar 11")
			.param("email", "vikar11@offer.example")
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr("10.11.0.111");
				return request;
			})).andExpect(status().isTooManyRequests());

		var active = jdbc.queryForList(
				"select name from invitation where substitute_for_id is not null and withdrawn_at is null",
				String.class);
		assertThat(active).containsExactly("Vikar 10");
		assertThat(jdbc.queryForObject("select count(*) from invitation where substitute_for_id is not null",
				Integer.class))
			.isEqualTo(10);
	}

	@Test
	void theEleventhLinkRequestFromOneAddressGetsTheDanish429Page() throws Exception {
		for (int i = 0; i < 10; i++) {
			mvc.perform(post("/tilmelding/link").param("email", "x" + i + "@kommune.dk").with(csrf()).with(request -> {
				request.setRemoteAddr("10.12.0.1");
				return request;
			})).andExpect(status().is3xxRedirection());
		}
		var page = mvc.perform(post("/tilmelding/link").param("email", "y@kommune.dk").with(csrf()).with(request -> {
			request.setRemoteAddr("10.12.0.1");
			return request;
		}))
			.andExpect(status().isTooManyRequests())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("For mange forsøg");
	}

	@Test
	void pageNumbersOutOfRangeShowTheLastPageNeverAnError() throws Exception {
		for (String path : new String[] { "/admin/mail?page=99999", "/admin/mail?page=-3",
				"/admin/tilmeldinger?page=2147483647", "/admin/tilmeldinger?page=-1" }) {
			mvc.perform(get(path).with(user("viewer@kl.dk").roles("VIEWER"))).andExpect(status().isOk());
		}
		for (String path : new String[] { "/admin/log?page=2147483647", "/admin/log?page=-5" }) {
			mvc.perform(get(path).with(user("admin@kl.dk").roles("ADMIN"))).andExpect(status().isOk());
		}
	}

}
