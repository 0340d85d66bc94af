package dk.seniorpartnerskab.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.junit.jupiter.api.Test;

import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.net.ConnectException;
import java.time.Instant;

class RetryScheduleTest {

	@Test
	void theFirstRetryComesAfterAMinuteAndTheWaitsGrowToTwelveHours() {
		List<Duration> delays = delays();

		assertThat(delays.get(0)).isEqualTo(Duration.ofMinutes(1));
		for (int i = 1; i < delays.size(); i++) {
			assertThat(delays.get(i)).isGreaterThanOrEqualTo(delays.get(i - 1));
		}
		assertThat(delays.get(1)).isGreaterThan(delays.get(0));
		assertThat(delays).allMatch(d -> d.compareTo(Duration.ofHours(12)) <= 0);
		assertThat(delays.get(delays.size() - 1)).isEqualTo(Duration.ofHours(12));
	}

	@Test
	void aMailIsTriedForAtLeastADayBeforeItIsGivenUp() {
		Duration total = delays().stream().reduce(Duration.ZERO, Duration::plus);

		assertThat(total).isGreaterThanOrEqualTo(Duration.ofHours(24)).isLessThan(Duration.ofHours(48));
		assertThat(RetrySchedule.delayAfter(RetrySchedule.MAX_ATTEMPTS)).isEmpty();
		assertThat(RetrySchedule.delayAfter(RetrySchedule.MAX_ATTEMPTS + 5)).isEmpty();
	}

	@Test
	void afterTheLastScheduledAttemptTheMailIsFailedWithItsError() {
		var mail = new OutgoingMail("<1@test>", "a@kommune.dk", "Emne", "<p>x</p>", "x", "TEST", null, List.of(),
				Instant.parse("2026-01-01T00:00:00Z"));
		var now = Instant.parse("2026-01-01T00:00:00Z");
		for (int attempt = 1; attempt < RetrySchedule.MAX_ATTEMPTS; attempt++) {
			mail.attemptFailed("421 prøv igen", now);
			assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
			assertThat(mail.getNextAttemptAt()).isAfter(now);
			now = mail.getNextAttemptAt();
		}
		mail.attemptFailed("421 stadig nede", now);

		assertThat(mail.getStatus()).isEqualTo(MailStatus.FAILED);
		assertThat(mail.getLastError()).isEqualTo("421 stadig nede");
		assertThat(mail.getAttempts()).isEqualTo(RetrySchedule.MAX_ATTEMPTS);
	}

	@Test
	void onlyAFailedMailCanBeSentAgainAndThenItGetsAFreshSchedule() {
		var now = Instant.parse("2026-01-01T00:00:00Z");
		var mail = new OutgoingMail("<2@test>", "a@kommune.dk", "Emne", "<p>x</p>", "x", "TEST", null, List.of(), now);
		assertThatThrownBy(() -> mail.sendAgain(now)).isInstanceOf(IllegalStateException.class);

		mail.failedPermanently("550 ukendt modtager");
		mail.sendAgain(now.plusSeconds(60));

		assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
		assertThat(mail.getAttempts()).isZero();
		assertThat(mail.getNextAttemptAt()).isEqualTo(now.plusSeconds(60));
	}

	@Test
	void aRecipientRejectedByTheServerIsPermanentButAServerOutageIsNot() throws Exception {
		var rejected = new SendFailedException("Invalid Addresses", new MessagingException("550 5.1.1 no such user"),
				new InternetAddress[0], new InternetAddress[0],
				new InternetAddress[] { new InternetAddress("x@y.dk") });
		var busy = new SendFailedException("Invalid Addresses", new MessagingException("452 try later"),
				new InternetAddress[0], new InternetAddress[] { new InternetAddress("x@y.dk") },
				new InternetAddress[0]);

		assertThat(MailDispatcher.classify(new MailSendException("failed", rejected)).kind())
			.isEqualTo(MailDispatcher.OutcomeKind.PERMANENT);
		assertThat(MailDispatcher.classify(rejected).error()).contains("550 5.1.1 no such user");
		assertThat(MailDispatcher.classify(busy).kind()).isEqualTo(MailDispatcher.OutcomeKind.RETRY);
		assertThat(MailDispatcher.classify(new MessagingException("Could not connect", new ConnectException())).kind())
			.isEqualTo(MailDispatcher.OutcomeKind.RETRY);
	}

	@Test
	void anAddressWithoutADomainOrWithSeveralRecipientsIsUnusable() {
		assertThatThrownBy(() -> MimeMails.recipient("ikke en adresse")).isInstanceOf(AddressException.class);
		assertThatThrownBy(() -> MimeMails.recipient("bare-lokal")).isInstanceOf(AddressException.class);
		assertThatThrownBy(() -> MimeMails.recipient("a@kommune.dk, b@kommune.dk"))
			.isInstanceOf(AddressException.class);
	}

	private static List<Duration> delays() {
		var delays = new ArrayList<Duration>();
		for (int failed = 1; RetrySchedule.delayAfter(failed).isPresent(); failed++) {
			delays.add(RetrySchedule.delayAfter(failed).orElseThrow());
		}
		return delays;
	}

}
