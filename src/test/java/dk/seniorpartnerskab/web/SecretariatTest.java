package dk.seniorpartnerskab.web;

import java.time.Duration;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.edition.EditionManagement;
import dk.seniorpartnerskab.mail.MailDispatcher;
import dk.seniorpartnerskab.mail.MailOutbox;
import dk.seniorpartnerskab.scheduling.InvitationManagement;
import dk.seniorpartnerskab.scheduling.SchedulingFixtures;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Replies reach people: the secretariat is on the pages, in Reply-To and in ORGANIZER.
 */
@IntegrationTest
class SecretariatTest {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	EditionManagement editions;

	@Autowired
	Secretariats secretariats;

	@Autowired
	MailOutbox outbox;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	SchedulingFixtures fixtures;

	@Autowired
	InvitationManagement invitations;

	@Autowired
	JdbcTemplate jdbc;

	Edition edition;

	@BeforeEach
	void setUp() {
		data.clean();
		secretariats.forget();
	}

	@Test
	void withoutAnEditionOfItsOwnTheDefaultSecretariatIsOnThePrivacyPageAndInTheFooter() throws Exception {
		mvc.perform(get("/privatliv"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"<a href=\"mailto:sekretariat@seniorpartnerskab.local\">sekretariat@seniorpartnerskab.local</a>")));
	}

	@Test
	void anEditionsOwnSecretariatIsShownWithItsPhoneAndIsTheReplyToAndOrganizer() throws Exception {
		edition = data.openEdition();
		editions.update(edition.getId(), edition.getVersion(),
				e -> e.changeSecretariat("Sekretariatet i KL", "seniorpartnerskab@kl.dk", "33703370"));

		var page = mvc.perform(get("/privatliv")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Sekretariatet i KL:", "mailto:seniorpartnerskab@kl.dk", "33 70 33 70");
		var statement = Jsoup
			.parse(mvc.perform(get("/tilgaengelighed")).andReturn().getResponse().getContentAsString());
		assertThat(statement.select("main .app-secretariat").text()).as("whom to write about accessibility")
			.contains("Sekretariatet i KL:", "seniorpartnerskab@kl.dk", "33 70 33 70");

		fixtures.registration(edition.getId(), 751, null, true, "Anne Hansen");
		var meeting = fixtures.webinar(edition.getId(), 20);
		invitations.send(meeting.getId());
		var invitation = fixtures.lastMailTo("anne.hansen@k751.dk");
		String organizer = invitation.ics()
			.replace("\r\n ", "")
			.lines()
			.filter(l -> l.startsWith("ORGANIZER"))
			.findFirst()
			.orElseThrow();
		assertThat(organizer).contains("Sekretariatet i KL", "mailto:seniorpartnerskab@kl.dk");

		await().atMost(Duration.ofSeconds(30)).until(() -> {
			dispatcher.dispatchDue();
			return mail.getReceivedMessages().length >= 1;
		});
		var received = mail.getReceivedMessages()[0];
		assertThat(received.getReplyTo()[0].toString()).isEqualTo("Sekretariatet i KL <seniorpartnerskab@kl.dk>");
		assertThat(received.getFrom()[0].toString()).contains("noreply");
	}

}
