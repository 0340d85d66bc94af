package dk.seniorpartnerskab.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.web.SecretTokens;

import static org.assertj.core.api.Assertions.assertThat;
import org.jsoup.Jsoup;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

@IntegrationTest
class ReminderTest {

	@Autowired
	TestData data;

	@Autowired
	SchedulingFixtures fixtures;

	@Autowired
	ReminderDispatcher reminders;

	@Autowired
	InvitationRepository invitations;

	@Autowired
	SchedulingSettingsRepository settings;

	@Autowired
	TransactionTemplate tx;

	Edition edition;

	long network;

	@BeforeEach
	void setUp() {
		data.clean();
		edition = data.openEdition();
		network = fixtures.network(edition.getId(), "Netværk Nord");
	}

	private Invitation invite(Meeting meeting, String name, Duration ago, Answer answer) {
		return tx.execute(status -> {
			var invitation = invitations
				.save(new Invitation(meeting, 1, null, 751, name, SchedulingFixtures.email(name, 751),
						SecretTokens.hash(SecretTokens.newToken()), Instant.now().minus(ago)));
			if (answer != Answer.PENDING) {
				invitation.answer(answer, meeting, Instant.now());
			}
			return invitation;
		});
	}

	@Test
	void thoseWithoutAnAnswerAfterTheEditionsDaysGetOneReminder() {
		var meeting = fixtures.plannedDay(edition.getId(), network, 30);
		invite(meeting, "Anne Hansen", Duration.ofDays(8), Answer.PENDING);
		invite(meeting, "Bo Jensen", Duration.ofDays(3), Answer.PENDING);
		invite(meeting, "Carla Nielsen", Duration.ofDays(8), Answer.DECLINED);

		assertThat(reminders.sendDue()).isEqualTo(1);
		var sent = fixtures.mails("MEETING_REMINDER");
		assertThat(sent).extracting(SchedulingFixtures.SentMail::to).containsExactly("anne.hansen@k751.dk");
		assertThat(sent.get(0).subject()).isEqualTo("Påmindelse: svar på invitationen til Udviklingsdag 1");
		assertThat(sent.get(0).token()).isNotNull();
		assertThat(reminders.sendDue()).isZero();

		// With 2 days set for this edition, Bo's invitation three days ago is due as
		// well.
		tx.executeWithoutResult(status -> {
			var s = settings.forEdition(edition.getId());
			s.change(2, 2);
			settings.save(s);
		});
		assertThat(reminders.sendDue()).isEqualTo(1);
		assertThat(fixtures.mails("MEETING_REMINDER")).hasSize(2);
	}

	@Autowired
	MockMvc mvc;

	@Test
	void staffSetTheReminderDaysPerEditionAndBadValuesAreRefusedInDanish() throws Exception {
		String path = "/admin/aktiviteter/paamindelser?forloeb=" + edition.getId();
		var staff = SecurityMockMvcRequestPostProcessors.user("s@kl.dk").roles("STAFF");
		var csrf = SecurityMockMvcRequestPostProcessors.csrf();
		mvc.perform(MockMvcRequestBuilders.post(path)
			.param("unansweredAfterDays", "5")
			.param("beforeDays", "3")
			.with(staff)
			.with(csrf)).andExpect(MockMvcResultMatchers.status().is3xxRedirection());
		assertThat(settings.forEdition(edition.getId()).getRemindUnansweredAfterDays()).isEqualTo(5);
		assertThat(settings.forEdition(edition.getId()).getRemindBeforeDays()).isEqualTo(3);

		var page = mvc
			.perform(MockMvcRequestBuilders.post(path)
				.param("unansweredAfterDays", "0")
				.param("beforeDays", "tre")
				.with(staff)
				.with(csrf))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var html = Jsoup.parse(page);
		assertThat(html.select("#unansweredAfterDays-error").text()).isEqualTo("Tallet skal være mindst 1.");
		assertThat(html.select("#beforeDays-error").text()).isEqualTo("Skriv et helt tal.");
		assertThat(settings.forEdition(edition.getId()).getRemindUnansweredAfterDays()).isEqualTo(5);
	}

	@Test
	void attendeesAreRemindedOnceTheDaysBeforeTheMeeting() {
		var soon = fixtures.plannedDay(edition.getId(), network, 1);
		var later = fixtures.plannedDay(edition.getId(), network, 20);
		invite(soon, "Anne Hansen", Duration.ofDays(1), Answer.ATTENDING);
		invite(soon, "Bo Jensen", Duration.ofDays(1), Answer.DECLINED);
		invite(later, "Carla Nielsen", Duration.ofDays(1), Answer.ATTENDING);

		assertThat(reminders.sendDue()).isEqualTo(1);
		var sent = fixtures.mails("MEETING_REMINDER");
		assertThat(sent).extracting(SchedulingFixtures.SentMail::to).containsExactly("anne.hansen@k751.dk");
		assertThat(sent.get(0).subject()).isEqualTo("Påmindelse: Udviklingsdag 1");
		assertThat(reminders.sendDue()).isZero();
	}

	@Test
	void remindersAreSentOnceEvenWhenTwoSchedulersRunAtTheSameMoment() throws Exception {
		var meeting = fixtures.plannedDay(edition.getId(), network, 1);
		var names = List.of("Anne Hansen", "Bo Jensen", "Carla Nielsen", "Dan Larsen", "Eva Holm", "Finn Berg",
				"Gitte Dahl", "Hans Ravn");
		for (int i = 0; i < names.size(); i++) {
			// Half have not answered for 8 days, half attend the meeting tomorrow: 8
			// reminders due in all.
			invite(meeting, names.get(i), Duration.ofDays(8), i % 2 == 0 ? Answer.PENDING : Answer.ATTENDING);
		}

		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(2);
		try {
			var runs = new ArrayList<Future<Integer>>();
			for (int i = 0; i < 2; i++) {
				runs.add(pool.submit(() -> {
					start.await();
					return reminders.sendDue();
				}));
			}
			start.countDown();
			int total = 0;
			for (var run : runs) {
				total += run.get(60, TimeUnit.SECONDS);
			}
			assertThat(total).isEqualTo(8);
		}
		finally {
			pool.shutdownNow();
		}
		var sent = fixtures.mails("MEETING_REMINDER");
		assertThat(sent).hasSize(8);
		assertThat(sent).extracting(SchedulingFixtures.SentMail::to).doesNotHaveDuplicates();
		assertThat(reminders.sendDue()).isZero();
	}

}
