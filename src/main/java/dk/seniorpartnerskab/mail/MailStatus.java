package dk.seniorpartnerskab.mail;

/** PENDING: waiting for (another) attempt; SENT: accepted by SMTP; FAILED: given up; HELD: no SMTP configured. */
public enum MailStatus {

	PENDING, SENT, FAILED, HELD

}
