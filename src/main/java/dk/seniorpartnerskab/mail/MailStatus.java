package dk.seniorpartnerskab.mail;

/**
 * PENDING: waiting for its first or next attempt (also while no SMTP server is
 * configured: the mail log then says so, see {@link MailDispatcher#isSmtpConfigured()});
 * SENT: accepted by the SMTP server; FAILED: given up (address rejected, or the retry
 * schedule used up), the last error kept.
 */
public enum MailStatus {

	PENDING, SENT, FAILED

}
