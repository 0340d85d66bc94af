package dk.seniorpartnerskab.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dk.seniorpartnerskab.support.OutageTest;
import dk.seniorpartnerskab.support.OutageTestConfiguration;
import dk.seniorpartnerskab.support.TcpProxy;
import dk.seniorpartnerskab.support.TestDatabase;
import dk.seniorpartnerskab.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dispatcher (scheduled every second, as in every test) when the database goes away
 * in the middle of a run, at the two moments that matter: after the mails were claimed
 * but before they were sent, and after they were sent but before that was recorded. The
 * claim keeps other runs off a row for 30 minutes; neither case may wait that out, and
 * neither may send a mail twice.
 */
@OutageTest
class MailDispatchOutageTest {

	@RegisterExtension
	static GreenMailExtension smtp = TestMail.server();

	@Autowired
	TcpProxy database;

	@Autowired
	MailFixtures fixtures;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	TransactionTemplate tx;

	/** The same database, never cut: to look at the rows while the app cannot. */
	JdbcClient direct = JdbcClient.create(new DriverManagerDataSource(OutageTestConfiguration.directJdbcUrl(),
			TestDatabase.get().username(), TestDatabase.get().password()));

	@Test
	void aRunCutOffBeforeSendingHandsItsMailsBackAndTheNextRunSendsThemSecondsLater() {
		// The query that reads the claimed mails to compose them.
		database.cutWhen("join outgoing_mail_attachment");
		var mails = enqueue(3);

		assertThat(database.awaitCut(Duration.ofSeconds(15))).isTrue();
		assertThat(rows(mails)).as("claimed for the next 30 minutes, nothing sent")
			.allSatisfy(row -> assertThat(row.nextAttemptAt()).isAfter(Instant.now().plus(Duration.ofMinutes(20))));
		assertThat(receivedCounts(mails)).isEmpty();

		database.restore();

		await().atMost(Duration.ofSeconds(20))
			.until(() -> rows(mails).stream().allMatch(row -> "SENT".equals(row.status())));
		assertThat(rows(mails)).extracting(Row::attempts).containsOnly(1);
		assertEachArrivedOnce(mails);
	}

	@Test
	void aRunCutOffAfterSendingRecordsTheOutcomeOnceTheDatabaseIsBackAndSendsNoMailTwice() {
		// The update that records the outcome, after the SMTP server accepted the mails.
		database.cutWhen("update outgoing_mail set");
		var mails = enqueue(3);

		assertThat(database.awaitCut(Duration.ofSeconds(15))).isTrue();
		assertEachArrivedOnce(mails);
		assertThat(rows(mails)).as("sent, but not recorded yet")
			.allSatisfy(row -> assertThat(row.status()).isEqualTo("PENDING"));
		// The database stays away over several runs (one a second), each failing.
		await().pollDelay(Duration.ofSeconds(3)).until(() -> true);

		database.restore();

		await().atMost(Duration.ofSeconds(20))
			.until(() -> rows(mails).stream().allMatch(row -> "SENT".equals(row.status())));
		assertThat(rows(mails)).extracting(Row::attempts).containsOnly(1);
		direct.sql("update outgoing_mail set next_attempt_at = now() - interval '1 hour'").update();
		dispatcher.dispatchDue();
		assertEachArrivedOnce(mails);
	}

	/**
	 * Committed together, so the dispatcher (every second) claims them in one run rather
	 * than the first alone.
	 */
	private List<OutgoingMail> enqueue(int count) {
		return tx.execute(status -> IntStream.range(0, count)
			.mapToObj(i -> fixtures
				.enqueue(MailMessage.of("modtager" + i + "@kommune.dk", "test-message", Map.of(), "TEST", null)))
			.toList());
	}

	private List<Row> rows(List<OutgoingMail> mails) {
		return direct.sql("select status, attempts, next_attempt_at from outgoing_mail where id in (:ids) order by id")
			.param("ids", mails.stream().map(OutgoingMail::getId).toList())
			.query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant()))
			.list();
	}

	/** How often each of these mails reached the SMTP server, by Message-ID. */
	private Map<String, Long> receivedCounts(List<OutgoingMail> mails) {
		var ids = mails.stream().map(OutgoingMail::getMessageId).toList();
		return Arrays.stream(smtp.getReceivedMessages())
			.map(MailDispatchOutageTest::messageId)
			.filter(ids::contains)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

	private void assertEachArrivedOnce(List<OutgoingMail> mails) {
		await().atMost(Duration.ofSeconds(10)).until(() -> receivedCounts(mails).size() == mails.size());
		assertThat(receivedCounts(mails)).hasSize(mails.size()).allSatisfy((id, count) -> assertThat(count).isOne());
	}

	private static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	record Row(String status, int attempts, Instant nextAttemptAt) {
	}

}
