package dk.seniorpartnerskab.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;
import java.io.IOException;

/**
 * Delivers the outbox over SMTP. Every {@code app.mail.dispatch-interval} (default 5
 * seconds) it claims due rows in batches of {@value #BATCH_SIZE} with
 * {@code FOR UPDATE SKIP LOCKED}, so several app instances (or threads) never claim the
 * same row; a claim pushes the row's next attempt {@link #CLAIM} ahead, so the sending
 * itself happens outside any database transaction, and a row whose sender died is picked
 * up again after that. A batch goes over one SMTP connection; each mail's outcome is
 * recorded on its row:
 * <ul>
 * <li>accepted: SENT;</li>
 * <li>the recipient is unparseable or rejected by the server (5xx,
 * {@link SendFailedException} with invalid addresses): FAILED at once, that row only, the
 * others in the batch go on;</li>
 * <li>anything else (server down, timeout, 4xx): tried again after the
 * {@link RetrySchedule} (1 minute growing to 12 hours, about 29 hours in all), then
 * FAILED with the last error kept.</li>
 * </ul>
 * The database may go away in the middle of a run. A run that fails before sending hands
 * its claims back (the rows are due again at once), and an outcome that cannot be
 * written, above all "sent", is kept in memory and written first by every following run
 * until the database answers: the write is retried, never the send. So a mail goes out
 * twice only when the process dies between sending and recording (or the database stays
 * away longer than the claim), and a run cut short delays mail by one interval, not by
 * the claim.
 * <p>
 * Without an SMTP server ({@code spring.mail.host} absent or blank) nothing is sent:
 * mails stay PENDING, the mail log says "ikke sendt: ingen SMTP-server sat op", and they
 * go out once a server is configured. Logs name mail ids only, never recipients or
 * content.
 * <p>
 * <b>In tests</b> the test profile runs this every second against GreenMail
 * ({@code TestMail.server()}), so mail triggered by a browser test arrives by itself:
 * wait for it with Awaitility
 * ({@code await().until(() -> mail.getReceivedMessages().length == 1)}). For a prompt,
 * deterministic delivery in a test, call {@link #dispatchDue()} yourself after the
 * triggering transaction has committed, then read GreenMail. Both are safe together: a
 * row is never sent twice, whoever claims it. {@code TestData.clean()} waits for a run in
 * flight and empties GreenMail, so the first mail a test receives is its own.
 */
@Component
public class MailDispatcher {

	static final int BATCH_SIZE = 50;

	/** How long a claimed row stays reserved for the instance sending it. */
	static final Duration CLAIM = Duration.ofMinutes(30);

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private static final int MAX_ERROR_LENGTH = 2000;

	private final OutgoingMailRepository mails;

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> senders;

	private final MailSettings settings;

	private final TransactionTemplate tx;

	private final TransactionTemplate readOnlyTx;

	private final Clock clock;

	/**
	 * Outcomes not yet written because the database was away, by mail id; written first
	 * by the next run.
	 */
	private final Map<Long, Settlement> unsettled = new ConcurrentHashMap<>();

	private final Object settling = new Object();

	MailDispatcher(OutgoingMailRepository mails, JdbcClient jdbc, ObjectProvider<JavaMailSender> senders,
			MailSettings settings, TransactionTemplate tx, Clock clock) {
		this.mails = mails;
		this.jdbc = jdbc;
		this.senders = senders;
		this.settings = settings;
		this.tx = tx;
		this.readOnlyTx = new TransactionTemplate(tx.getTransactionManager());
		this.readOnlyTx.setReadOnly(true);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${app.mail.dispatch-interval:5s}",
			initialDelayString = "${app.mail.dispatch-interval:5s}")
	void dispatchScheduled() {
		try {
			dispatchDue();
		}
		catch (RuntimeException e) {
			// The database may be briefly away; the next run, one interval later, tries
			// again and first writes what this one could not. (Database errors name no
			// recipients.)
			log.warn("Mail dispatch run failed ({} outcome(s) waiting to be recorded): {}", unsettled.size(),
					e.toString());
		}
	}

	/** A last try at writing what is still unrecorded, so a restart resends nothing. */
	@PreDestroy
	void recordBeforeShutdown() {
		if (unsettled.isEmpty()) {
			return;
		}
		try {
			settle();
		}
		catch (RuntimeException e) {
			log.error("Could not record the outcome of mail(s) {} before shutdown; sent ones go out again after "
					+ "their claim runs out: {}", unsettled.keySet(), e.toString());
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void announceMissingSmtp() {
		if (!isSmtpConfigured()) {
			log.warn("No SMTP server configured (SPRING_MAIL_HOST): mails are kept in the outbox, shown in the "
					+ "mail log as not sent, and sent once a server is configured");
		}
	}

	/**
	 * A failed mail keeps its link secrets masked like a sent one; rows that failed
	 * before that rule are masked once here. Never stops the start: a failure is logged
	 * and the next start tries again.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void maskFailedSecrets() {
		try {
			Integer masked = tx.execute(status -> (int) mails.findByStatus(MailStatus.FAILED)
				.stream()
				.filter(OutgoingMail::maskLiveSecrets)
				.count());
			if (masked != null && masked > 0) {
				log.info("Masked the link secrets of {} failed mail(s)", masked);
			}
		}
		catch (RuntimeException e) {
			log.warn("Could not mask the link secrets of failed mail: {}", e.toString());
		}
	}

	/**
	 * Sends every mail that is due now, batch by batch, and returns how many rows this
	 * call processed (sent, failed or rescheduled). Returns 0 at once when no SMTP server
	 * is configured. First records what an earlier run could not; throws (and claims
	 * nothing) while the database is away.
	 */
	public int dispatchDue() {
		JavaMailSender sender = sender();
		if (sender == null) {
			return 0;
		}
		settle();
		int processed = 0;
		List<Claim> batch;
		do {
			batch = claim();
			if (!batch.isEmpty()) {
				deliver(sender, batch);
				processed += batch.size();
			}
		}
		while (batch.size() == BATCH_SIZE);
		return processed;
	}

	/** False when mail cannot be sent because no SMTP server is configured. */
	public boolean isSmtpConfigured() {
		return sender() != null;
	}

	private JavaMailSender sender() {
		JavaMailSender sender = senders.getIfAvailable();
		if (sender instanceof JavaMailSenderImpl impl && !StringUtils.hasText(impl.getHost())) {
			return null;
		}
		return sender;
	}

	/**
	 * One statement, its own transaction: the claimed rows are reserved once it returns.
	 */
	private List<Claim> claim() {
		Instant now = clock.instant();
		return jdbc.sql("""
				update outgoing_mail m set next_attempt_at = :claimedUntil, version = m.version + 1
				where m.id in (select id from outgoing_mail
				               where status = 'PENDING' and next_attempt_at <= :now
				               order by next_attempt_at, id
				               limit :batch
				               for update skip locked)
				returning m.id, m.version""")
			.param("claimedUntil", utc(now.plus(CLAIM)))
			.param("now", utc(now))
			.param("batch", BATCH_SIZE)
			.query((rs, n) -> new Claim(rs.getLong(1), rs.getLong(2)))
			.list();
	}

	private void deliver(JavaMailSender sender, List<Claim> claims) {
		Map<Long, Long> claimedVersions = new HashMap<>();
		claims.forEach(c -> claimedVersions.put(c.id(), c.version()));
		Map<Long, Outcome> outcomes = new HashMap<>();
		Map<MimeMessage, Long> composed = new IdentityHashMap<>();
		Session session = sender.createMimeMessage().getSession();

		try {
			readOnlyTx.executeWithoutResult(status -> {
				for (OutgoingMail mail : mails.findWithAttachmentsByIdIn(claimedVersions.keySet())) {
					try {
						composed.put(MimeMails.compose(mail, session, settings), mail.getId());
					}
					catch (AddressException e) {
						outcomes.put(mail.getId(), Outcome.permanent("Ugyldig modtageradresse: " + e.getMessage()));
					}
					catch (MessagingException | IOException | RuntimeException e) {
						outcomes.put(mail.getId(), Outcome.retry(describe(e)));
					}
				}
			});
		}
		catch (RuntimeException e) {
			// Nothing was sent: hand every claim back at once instead of letting it run
			// out.
			claimedVersions.keySet().forEach(id -> outcomes.put(id, Outcome.RELEASE));
			keep(claimedVersions, outcomes);
			settleQuietly();
			throw e;
		}

		if (!composed.isEmpty()) {
			send(sender, composed, outcomes);
		}
		keep(claimedVersions, outcomes);
		settle();
	}

	private void keep(Map<Long, Long> claimedVersions, Map<Long, Outcome> outcomes) {
		outcomes.forEach((id, outcome) -> unsettled.put(id, new Settlement(claimedVersions.get(id), outcome)));
	}

	private void settleQuietly() {
		try {
			settle();
		}
		catch (RuntimeException e) {
			// still away; the next run tries again
		}
	}

	/**
	 * Writes the kept outcomes in one transaction and forgets them once it commits;
	 * throws while the database is away (they stay kept).
	 */
	private void settle() {
		synchronized (settling) {
			if (unsettled.isEmpty()) {
				return;
			}
			var batch = Map.copyOf(unsettled);
			record(batch);
			batch.forEach(unsettled::remove);
		}
	}

	private void send(JavaMailSender sender, Map<MimeMessage, Long> composed, Map<Long, Outcome> outcomes) {
		MimeMessage[] messages = composed.keySet().toArray(MimeMessage[]::new);
		try {
			sender.send(messages);
		}
		catch (MailSendException e) {
			if (e.getFailedMessages().isEmpty()) {
				composed.values().forEach(id -> outcomes.put(id, Outcome.retry(describe(e))));
			}
			e.getFailedMessages().forEach((message, cause) -> {
				Long id = composed.get(message);
				if (id != null) {
					outcomes.put(id, classify(cause));
				}
			});
		}
		catch (RuntimeException e) {
			// E.g. the login was refused (MailAuthenticationException): nothing in this
			// batch went out.
			composed.values().forEach(id -> outcomes.put(id, Outcome.retry(describe(e))));
		}
		composed.values().forEach(id -> outcomes.putIfAbsent(id, Outcome.SENT));
	}

	private void record(Map<Long, Settlement> settlements) {
		Instant now = clock.instant();
		var counts = new int[4];
		tx.executeWithoutResult(status -> {
			for (OutgoingMail mail : mails.findAllById(settlements.keySet())) {
				Settlement settlement = settlements.get(mail.getId());
				if (mail.getVersion() != settlement.claimedVersion()) {
					// Changed since our claim (e.g. claimed again after it ran out): the
					// newer claim records the outcome.
					continue;
				}
				Outcome outcome = settlement.outcome();
				switch (outcome.kind()) {
					case SENT -> {
						mail.sent(now);
						counts[0]++;
						log.debug("Mail {} sent", mail.getId());
					}
					case RETRY -> {
						mail.attemptFailed(outcome.error(), now);
						if (mail.getStatus() == MailStatus.FAILED) {
							counts[2]++;
							log.error("Mail {} failed after {} attempts, giving up", mail.getId(), mail.getAttempts());
						}
						else {
							counts[1]++;
							log.warn("Mail {} attempt {} failed; next attempt at {}", mail.getId(), mail.getAttempts(),
									mail.getNextAttemptAt());
						}
					}
					case PERMANENT -> {
						mail.failedPermanently(outcome.error());
						counts[2]++;
						log.warn("Mail {} failed: recipient address unusable or rejected", mail.getId());
					}
					case RELEASE -> {
						mail.released(now);
						counts[3]++;
					}
				}
			}
		});
		log.info("Mail dispatch: {} sent, {} to retry, {} failed, {} handed back unsent", counts[0], counts[1],
				counts[2], counts[3]);
	}

	/** A rejected or unparseable recipient is permanent; everything else may pass. */
	static Outcome classify(Exception e) {
		for (Throwable t = e; t != null; t = next(t)) {
			if (t instanceof AddressException) {
				return Outcome.permanent("Ugyldig modtageradresse: " + describe(e));
			}
			if (t instanceof SendFailedException failed && failed.getInvalidAddresses() != null
					&& failed.getInvalidAddresses().length > 0) {
				return Outcome.permanent("Modtageradressen blev afvist: " + describe(e));
			}
		}
		return Outcome.retry(describe(e));
	}

	private static Throwable next(Throwable t) {
		if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
			return m.getNextException();
		}
		return t.getCause() == t ? null : t.getCause();
	}

	/**
	 * The exception chain's messages, e.g. the SMTP server's reply, for the mail log (not
	 * for logs).
	 */
	static String describe(Throwable e) {
		var parts = new ArrayList<String>();
		for (Throwable t = e; t != null && parts.size() < 5; t = next(t)) {
			String message = t.getMessage() == null ? "" : ": " + t.getMessage().strip();
			String part = t.getClass().getSimpleName() + message;
			if (!parts.contains(part)) {
				parts.add(part);
			}
		}
		String text = String.join(" / ", parts);
		return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private record Claim(long id, long version) {
	}

	/** An outcome for the row as we claimed it (version). */
	private record Settlement(long claimedVersion, Outcome outcome) {
	}

	enum OutcomeKind {

		SENT, RETRY, PERMANENT,
		/** Not sent, no attempt made: due again at once. */
		RELEASE

	}

	record Outcome(OutcomeKind kind, String error) {

		static final Outcome SENT = new Outcome(OutcomeKind.SENT, null);

		static final Outcome RELEASE = new Outcome(OutcomeKind.RELEASE, null);

		static Outcome retry(String error) {
			return new Outcome(OutcomeKind.RETRY, error);
		}

		static Outcome permanent(String error) {
			return new Outcome(OutcomeKind.PERMANENT, error);
		}

	}

}
