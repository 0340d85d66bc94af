package dk.seniorpartnerskab.mail;

import java.time.Instant;

/**
 * A row of the mail log: what the list shows of a mail, read without its bodies (an
 * invitation's HTML and text are several kilobytes each, fifty of them a page; README:
 * Speed, fix 28).
 */
public record MailLogRow(long id, Instant createdAt, String recipient, String subject, String kind, MailStatus status,
		Instant sentAt, Instant resendRequestedAt, int attempts, Instant nextAttemptAt) {

}
