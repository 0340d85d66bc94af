package dk.seniorpartnerskab.scheduling;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import dk.seniorpartnerskab.support.OutageTest;
import dk.seniorpartnerskab.support.TcpProxy;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.web.SecretTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scheduled reminder run (due hourly here) after a run that failed because the
 * database was away: tried again seconds later, not an interval later.
 */
@OutageTest
class ReminderRetryTest {

	@Autowired
	TcpProxy database;

	@Autowired
	TestData data;

	@Autowired
	SchedulingFixtures fixtures;

	@Autowired
	ReminderDispatcher reminders;

	@Autowired
	InvitationRepository invitations;

	@Autowired
	TransactionTemplate tx;

	@Test
	void aReminderRunThatFailedWhileTheDatabaseWasAwayIsTriedAgainWithinSecondsNotAnHourLater() {
		var edition = data.openEdition();
		var meeting = fixtures.plannedDay(edition.getId(), fixtures.network(edition.getId(), "Netværk Nord"), 30);
		var invitation = tx.execute(status -> invitations
			.save(new Invitation(meeting, 1, null, 751, "Anne Hansen", SchedulingFixtures.email("Anne Hansen", 751),
					SecretTokens.hash(SecretTokens.newToken()), Instant.now().minus(Duration.ofDays(8)))));
		assertThat(reminders.sentTo(invitation.getId())).as("the next scheduled run is an hour away").isEmpty();

		database.cut();
		reminders.runAndPace();
		database.restore();

		await().atMost(Duration.ofSeconds(15))
			.ignoreExceptions()
			.until(() -> reminders.sentTo(invitation.getId()).contains("UNANSWERED"));
		assertThat(fixtures.mails("MEETING_REMINDER")).hasSize(1);
	}

}
