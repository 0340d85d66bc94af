package dk.seniorpartnerskab.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import java.time.Instant;

/**
 * The outbox and dispatcher against real PostgreSQL and a real SMTP server. The scheduled
 * dispatcher runs alongside (every second in tests); every assertion holds whoever sends.
 */
@IntegrationTest
class MailDispatcherTest {

	@RegisterExtension
	static GreenMailExtension smtp = TestMail.server();

	@Autowired
	TestData data;

	@Autowired
	MailFixtures fixtures;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	MailOutbox outbox;

	@Autowired
	OutgoingMailRepository mails;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clean() {
		data.clean();
	}

	@Test
	void aMailWrittenInACommittedTransactionArrivesWithItsOwnMessageId() throws Exception {
		var written = fixtures.enqueue("Mette Hansen <mette@kommune.dk>");

		dispatcher.dispatchDue();

		MimeMessage received = awaitMessageTo("mette@kommune.dk");
		assertThat(received.getMessageID()).isEqualTo(written.getMessageId());
		assertThat(received.getSubject()).isEqualTo("Testmail fra Seniorpartnerskabet");
		assertThat(addresses(received.getRecipients(MimeMessage.RecipientType.TO))).containsExactly("mette@kommune.dk");
		assertThat(addresses(received.getFrom())).containsExactly("noreply@seniorpartnerskab.local");
		var alternative = findPart(received, "multipart/alternative");
		var parts = (Multipart) alternative.getContent();
		assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
		assertThat((String) parts.getBodyPart(0).getContent()).contains("prøve, at mail kommer frem")
			.contains("http://localhost:8080/admin/mail");
		assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
		assertThat((String) parts.getBodyPart(1).getContent()).contains("<html lang=\"da\"")
			.contains("href=\"http://localhost:8080/admin/mail\"");
		// The scheduled dispatcher may have sent it and be recording it still.
		await().atMost(Duration.ofSeconds(10))
			.until(() -> mails.findById(written.getId()).orElseThrow().getStatus() == MailStatus.SENT);
		var row = mails.findById(written.getId()).orElseThrow();
		assertThat(row.getSentAt()).isNotNull();
		assertThat(row.getAttempts()).isEqualTo(1);
	}

	@Test
	void aRolledBackTransactionLeavesNoMail() {
		tx.executeWithoutResult(status -> {
			outbox.enqueue(MailMessage.of("ole@kommune.dk", "test-message", Map.of(), "TEST", null));
			status.setRollbackOnly();
		});

		assertThat(dispatcher.dispatchDue()).isZero();
		assertThat(mails.count()).isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void aCalendarAttachmentKeepsItsContentTypeAndMethod() throws Exception {
		String ics = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";
		fixtures.enqueue(MailMessage.of("ida@kommune.dk", "test-message", Map.of(), "INVITATION", "meeting:7")
			.withAttachment(MailAttachment.calendar("invitation.ics", ics, "REQUEST")));

		dispatcher.dispatchDue();

		var calendar = findPart(awaitMessageTo("ida@kommune.dk"), "text/calendar");
		assertThat(calendar.getContentType()).contains("method=REQUEST");
		assertThat(calendar.getFileName()).isEqualTo("invitation.ics");
		assertThat(new String(calendar.getInputStream().readAllBytes(), "UTF-8")).isEqualTo(ics);
	}

	@Test
	void whileTheSmtpServerIsDownMailsWaitAndArriveOnceWhenItIsBack() throws Exception {
		smtp.stop();
		var first = fixtures.enqueue("a@kommune.dk");
		var second = fixtures.enqueue("b@kommune.dk");

		dispatcher.dispatchDue();
		await().until(() -> mails.findAllById(List.of(first.getId(), second.getId()))
			.stream()
			.allMatch(m -> m.getAttempts() >= 1));
		for (OutgoingMail mail : mails.findAllById(List.of(first.getId(), second.getId()))) {
			assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
			assertThat(mail.getLastError()).isNotBlank();
			assertThat(mail.getNextAttemptAt()).isAfter(Instant.now().plusSeconds(30));
		}

		smtp.start();
		dispatcher.dispatchDue();
		assertThat(smtp.getReceivedMessages()).as("not due yet: the retry waits").isEmpty();

		fixtures.makeDue(first.getId());
		fixtures.makeDue(second.getId());
		dispatcher.dispatchDue();
		var received = awaitMessages(2);
		dispatcher.dispatchDue();

		assertThat(received).extracting(MimeMessage::getMessageID)
			.containsExactlyInAnyOrder(first.getMessageId(), second.getMessageId());
		assertThat(smtp.getReceivedMessages()).hasSize(2);
		assertThat(mails.findAllById(List.of(first.getId(), second.getId()))).extracting(OutgoingMail::getStatus)
			.containsOnly(MailStatus.SENT);
	}

	@Test
	void twoDispatchersAtTheSameTimeDeliverFiveHundredMailsExactlyOnce() throws Exception {
		tx.executeWithoutResult(status -> {
			for (int i = 0; i < 500; i++) {
				outbox.enqueue(MailMessage.of("modtager" + i + "@kommune.dk", "test-message", Map.of(), "TEST", null));
			}
		});

		var start = new CountDownLatch(1);
		Callable<Integer> drain = () -> {
			start.await();
			int total = 0;
			for (int n = dispatcher.dispatchDue(); n > 0; n = dispatcher.dispatchDue()) {
				total += n;
			}
			return total;
		};
		var pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> runs = List.of(pool.submit(drain), pool.submit(drain));
			start.countDown();
			for (Future<Integer> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdown();
		}

		await().atMost(Duration.ofSeconds(30)).until(() -> mails.countByStatus(MailStatus.SENT) == 500);
		var received = smtp.getReceivedMessages();
		var ids = new HashSet<String>();
		for (MimeMessage message : received) {
			ids.add(message.getMessageID());
		}
		assertThat(received).hasSize(500);
		assertThat(ids).hasSize(500);
	}

	@Test
	void anUnusableAddressFailsAloneWhileTheOthersArrive() throws Exception {
		var before = fixtures.enqueue("foer@kommune.dk");
		var bad = fixtures.enqueue("ikke en adresse");
		var after = fixtures.enqueue("efter@kommune.dk");

		dispatcher.dispatchDue();

		var received = awaitMessages(2);
		assertThat(received).extracting(MimeMessage::getMessageID)
			.containsExactlyInAnyOrder(before.getMessageId(), after.getMessageId());
		var failed = mails.findById(bad.getId()).orElseThrow();
		assertThat(failed.getStatus()).isEqualTo(MailStatus.FAILED);
		assertThat(failed.getAttempts()).isEqualTo(1);
		assertThat(failed.getLastError()).startsWith("Ugyldig modtageradresse");
	}

	@Test
	void anAddressTheServerRejectsFailsAtOnceAndTheRestOfTheBatchStillArrives() throws Exception {
		smtp.stop();
		try (var server = new RejectingSmtpServer(TestMail.PORT, "ukendt@kommune.dk")) {
			var before = fixtures.enqueue("foer@kommune.dk");
			var rejected = fixtures.enqueue("ukendt@kommune.dk");
			var after = fixtures.enqueue("efter@kommune.dk");

			dispatcher.dispatchDue();

			await().until(() -> mails.findAllById(List.of(before.getId(), rejected.getId(), after.getId()))
				.stream()
				.noneMatch(m -> m.getStatus() == MailStatus.PENDING));
			assertThat(server.acceptedMessageIds()).containsExactlyInAnyOrder(before.getMessageId(),
					after.getMessageId());
			var failed = mails.findById(rejected.getId()).orElseThrow();
			assertThat(failed.getStatus()).isEqualTo(MailStatus.FAILED);
			assertThat(failed.getAttempts()).isEqualTo(1);
			assertThat(failed.getLastError()).startsWith("Modtageradressen blev afvist").contains("550 5.1.1");
			assertThat(mails.findById(after.getId()).orElseThrow().getStatus()).isEqualTo(MailStatus.SENT);
		}
	}

	@Test
	void aMailThatFailsOnItsLastScheduledAttemptIsFailedWithTheErrorKept() {
		smtp.stop();
		var mail = fixtures.enqueue("sidste@kommune.dk");
		fixtures.setAttempts(mail.getId(), RetrySchedule.MAX_ATTEMPTS - 1);
		fixtures.makeDue(mail.getId());

		dispatcher.dispatchDue();

		await().until(() -> mails.findById(mail.getId()).orElseThrow().getStatus() == MailStatus.FAILED);
		var failed = mails.findById(mail.getId()).orElseThrow();
		assertThat(failed.getAttempts()).isEqualTo(RetrySchedule.MAX_ATTEMPTS);
		assertThat(failed.getLastError()).contains("Connect");
	}

	@Test
	void withoutAnSmtpHostTheDispatcherSendsNothing(@Autowired MailSettings settings, @Autowired Clock clock) {
		fixtures.enqueue("venter@kommune.dk");
		var blankHost = new StaticListableBeanFactory(Map.of("mailSender", new JavaMailSenderImpl()));
		var withoutSmtp = new MailDispatcher(mails, jdbc, blankHost.getBeanProvider(JavaMailSender.class), settings, tx,
				clock);

		assertThat(withoutSmtp.isSmtpConfigured()).isFalse();
		assertThat(withoutSmtp.dispatchDue()).isZero();
		assertThat(dispatcher.isSmtpConfigured()).isTrue();
	}

	private List<MimeMessage> awaitMessages(int count) {
		await().atMost(Duration.ofSeconds(10)).until(() -> smtp.getReceivedMessages().length >= count);
		return new ArrayList<>(Arrays.asList(smtp.getReceivedMessages()));
	}

	/**
	 * The one message to this address: a send the scheduled dispatcher began for an
	 * earlier test may still arrive at the shared server, so a test picks its own mail by
	 * recipient.
	 */
	private MimeMessage awaitMessageTo(String address) throws Exception {
		await().atMost(Duration.ofSeconds(10)).until(() -> messagesTo(address).size() == 1);
		return messagesTo(address).get(0);
	}

	private List<MimeMessage> messagesTo(String address) throws Exception {
		var found = new ArrayList<MimeMessage>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (addresses(message.getAllRecipients()).contains(address)) {
				found.add(message);
			}
		}
		return found;
	}

	private static List<String> addresses(Address[] addresses) {
		return Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
	}

	private static Part findPart(Part part, String mimeType) throws Exception {
		if (part.isMimeType(mimeType)) {
			return part;
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				Part found = findPart(multipart.getBodyPart(i), mimeType);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
