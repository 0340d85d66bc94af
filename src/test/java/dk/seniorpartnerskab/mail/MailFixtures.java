package dk.seniorpartnerskab.mail;

import java.time.Instant;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import java.time.ZoneOffset;

/**
 * Writes mails to the outbox as a feature would, and moves rows in time (instead of
 * waiting).
 */
@Component
public class MailFixtures {

	private final MailOutbox outbox;

	private final TransactionTemplate tx;

	private final JdbcClient jdbc;

	MailFixtures(MailOutbox outbox, TransactionTemplate tx, JdbcClient jdbc) {
		this.outbox = outbox;
		this.tx = tx;
		this.jdbc = jdbc;
	}

	/** A test message to this address, committed. */
	public OutgoingMail enqueue(String to) {
		return enqueue(MailMessage.of(to, "test-message", Map.of(), "TEST", "test:1"));
	}

	public OutgoingMail enqueue(MailMessage message) {
		return tx.execute(status -> outbox.enqueue(message));
	}

	// Each update bumps the version, so a dispatcher holding an older claim records
	// nothing over it.

	/** As if the row's next attempt were due now (time has passed). */
	public void makeDue(long id) {
		jdbc.sql(
				"update outgoing_mail set next_attempt_at = now() - interval '1 second', version = version + 1 where id = ?")
			.param(id)
			.update();
	}

	/** Keeps the row away from every dispatcher (its next attempt far ahead). */
	public void postpone(long id) {
		jdbc.sql("update outgoing_mail set next_attempt_at = ?, version = version + 1 where id = ?")
			.param(Instant.parse("2999-01-01T00:00:00Z").atOffset(ZoneOffset.UTC))
			.param(id)
			.update();
	}

	public void setAttempts(long id, int attempts) {
		jdbc.sql("update outgoing_mail set attempts = ?, version = version + 1 where id = ?")
			.param(attempts)
			.param(id)
			.update();
	}

}
