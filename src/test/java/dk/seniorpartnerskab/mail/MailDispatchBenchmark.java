package dk.seniorpartnerskab.mail;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * How fast one dispatcher delivers: 1,000 mails, each with an {@code .ics} invitation,
 * from the outbox in PostgreSQL to a local SMTP server (GreenMail). Run with
 * {@code ./mvnw -o -Pbenchmark verify -Dfrontend.skip=true}; it prints mails per second
 * (target: 50/s on 2 cores). The scheduled dispatcher is switched off here, so the figure
 * is one dispatcher's.
 */
@IntegrationTest
@TestPropertySource(properties = "app.mail.dispatch-interval=1h")
class MailDispatchBenchmark {

	private static final int MAILS = 1000;

	private static final int WARM_UP = 100;

	@RegisterExtension
	static GreenMailExtension smtp = TestMail.server();

	@Autowired
	TestData data;

	@Autowired
	MailOutbox outbox;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	OutgoingMailRepository mails;

	@Autowired
	TransactionTemplate tx;

	@BeforeEach
	void clean() {
		data.clean();
	}

	@Test
	void deliversAThousandInvitationsWithCalendarFiles() throws Exception {
		enqueue(WARM_UP, "opvarmning");
		drain();
		await().atMost(Duration.ofSeconds(60)).until(() -> smtp.getReceivedMessages().length == WARM_UP);
		smtp.reset();

		long enqueueStart = System.nanoTime();
		enqueue(MAILS, "maaling");
		double enqueueSeconds = (System.nanoTime() - enqueueStart) / 1e9;

		long start = System.nanoTime();
		int processed = drain();
		double seconds = (System.nanoTime() - start) / 1e9;

		await().atMost(Duration.ofSeconds(60)).until(() -> smtp.getReceivedMessages().length >= MAILS);
		var ids = new HashSet<String>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			ids.add(message.getMessageID());
		}
		assertThat(processed).isEqualTo(MAILS);
		assertThat(ids).hasSize(MAILS);
		assertThat(mails.countByStatus(MailStatus.SENT)).isEqualTo(MAILS + WARM_UP);

		double rate = MAILS / seconds;
		System.out.printf("%nMailDispatchBenchmark: %d mails with .ics delivered to GreenMail in %.2f s = %.0f mails/s "
				+ "(one dispatcher, %d cores; target 50/s: %s). Writing them to the outbox took %.2f s (%.0f/s).%n%n",
				MAILS, seconds, rate, Runtime.getRuntime().availableProcessors(), rate >= 50 ? "met" : "NOT met",
				enqueueSeconds, MAILS / enqueueSeconds);
		assertThat(rate).as("mails per second, the README's target").isGreaterThanOrEqualTo(50);
	}

	private int drain() {
		int total = 0;
		for (int n = dispatcher.dispatchDue(); n > 0; n = dispatcher.dispatchDue()) {
			total += n;
		}
		return total;
	}

	private void enqueue(int count, String prefix) {
		tx.executeWithoutResult(status -> {
			for (int i = 0; i < count; i++) {
				outbox.enqueue(MailMessage
					.of(prefix + i + "@kommune.dk", "test-message", Map.of(), "INVITATION", "meeting:" + i)
					.withAttachment(MailAttachment.calendar("invitation.ics", ics(i), "REQUEST")));
			}
		});
	}

	/**
	 * An invitation of realistic size (about 1.5 KB) with a VTIMEZONE, as Outlook needs.
	 */
	private static String ics(int i) {
		return String.join("\r\n", "BEGIN:VCALENDAR", "PRODID:-//KL//Seniorpartnerskab//DA", "VERSION:2.0",
				"METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:Europe/Copenhagen", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100",
				"TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
				"END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
				"DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE",
				"BEGIN:VEVENT", "UID:meeting-" + i + "@seniorpartnerskab", "SEQUENCE:0", "DTSTAMP:20270101T090000Z",
				"DTSTART;TZID=Europe/Copenhagen:20270315T093000", "DTEND;TZID=Europe/Copenhagen:20270315T153000",
				"SUMMARY:Udviklingsdag i netværk Nord", "LOCATION:Aarhus Rådhus\\, mødesal 2",
				"DESCRIPTION:Første udviklingsdag for netværket. Husk at melde afbud i god tid.",
				"ORGANIZER;CN=Seniorpartnerskabet:mailto:noreply@seniorpartnerskab.local",
				"ATTENDEE;CN=Deltager;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:deltager" + i
						+ "@kommune.dk",
				"END:VEVENT", "END:VCALENDAR", "");
	}

}
