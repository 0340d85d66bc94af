package dk.seniorpartnerskab.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;

/**
 * One mail in the outbox: written in the transaction that causes it, delivered later by
 * the dispatcher. The Message-ID is fixed when the row is written, so a retry after an
 * ambiguous failure is recognisable as the same mail.
 */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "message_id")
	private String messageId;

	private String recipient;

	private String subject;

	@Column(name = "html_body")
	private String htmlBody;

	@Column(name = "text_body")
	private String textBody;

	private String kind;

	private String reference;

	@Column(name = "reply_to")
	private String replyTo;

	@Enumerated(EnumType.STRING)
	private MailStatus status = MailStatus.PENDING;

	private int attempts;

	@Column(name = "next_attempt_at")
	private Instant nextAttemptAt;

	@Column(name = "last_error")
	private String lastError;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "resend_requested_at")
	private Instant resendRequestedAt;

	@Column(name = "resent_as")
	private Long resentAs;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "mail_id", nullable = false)
	private List<OutgoingMailAttachment> attachments = new ArrayList<>();

	@Version
	private long version;

	protected OutgoingMail() {
	}

	OutgoingMail(String messageId, String recipient, String subject, String htmlBody, String textBody, String kind,
			String reference, List<MailAttachment> attachments, Instant now) {
		this.messageId = messageId;
		this.recipient = recipient;
		this.subject = subject;
		this.htmlBody = htmlBody;
		this.textBody = textBody;
		this.kind = kind;
		this.reference = reference;
		this.createdAt = now;
		this.nextAttemptAt = now;
		attachments.forEach(a -> this.attachments.add(new OutgoingMailAttachment(a)));
	}

	/**
	 * Where replies go (the secretariat when the mail was written); empty: the default
	 * {@code app.mail.reply-to}.
	 */
	void replyTo(String address) {
		this.replyTo = address;
	}

	public String getReplyTo() {
		return replyTo;
	}

	public Long getId() {
		return id;
	}

	public String getMessageId() {
		return messageId;
	}

	public String getRecipient() {
		return recipient;
	}

	public String getSubject() {
		return subject;
	}

	public String getHtmlBody() {
		return htmlBody;
	}

	public String getTextBody() {
		return textBody;
	}

	public String getKind() {
		return kind;
	}

	public String getReference() {
		return reference;
	}

	public MailStatus getStatus() {
		return status;
	}

	public int getAttempts() {
		return attempts;
	}

	public Instant getNextAttemptAt() {
		return nextAttemptAt;
	}

	public String getLastError() {
		return lastError;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getSentAt() {
		return sentAt;
	}

	/**
	 * When staff asked the owning module for a new mail with a fresh link in place of
	 * this failed one (null: never).
	 */
	public Instant getResendRequestedAt() {
		return resendRequestedAt;
	}

	/** The id of the mail written in place of this one, once the owner wrote it. */
	public Long getResentAs() {
		return resentAs;
	}

	/**
	 * Whether the mail carries a link secret, still live (while it waits) or masked (once
	 * it is sent or has failed).
	 */
	public boolean carriesSecret() {
		return MailSecrets.containsSecret(htmlBody) || MailSecrets.containsSecret(textBody)
				|| MailSecrets.wasMasked(htmlBody) || MailSecrets.wasMasked(textBody);
	}

	public long getVersion() {
		return version;
	}

	/**
	 * The attachments (file name, type, size); load them with
	 * {@code OutgoingMailRepository#findWithAttachmentsById}.
	 */
	public List<OutgoingMailAttachment> getAttachments() {
		return Collections.unmodifiableList(attachments);
	}

	/**
	 * Accepted by the SMTP server. The stored copy keeps link secrets masked from now on
	 * (see {@link MailSecrets}).
	 */
	void sent(Instant now) {
		this.attempts++;
		this.status = MailStatus.SENT;
		this.sentAt = now;
		this.lastError = null;
		maskSecrets();
	}

	private void maskSecrets() {
		this.htmlBody = MailSecrets.mask(htmlBody);
		this.textBody = MailSecrets.mask(textBody);
		attachments.forEach(OutgoingMailAttachment::maskSecrets);
	}

	/**
	 * An attempt failed for a reason that may pass (server down, timeout, 4xx): try again
	 * after the schedule's delay, or give up when the schedule is used up.
	 */
	void attemptFailed(String error, Instant now) {
		this.attempts++;
		this.lastError = error;
		RetrySchedule.delayAfter(attempts).ifPresentOrElse(delay -> this.nextAttemptAt = now.plus(delay), this::failed);
	}

	/**
	 * The mail can never be delivered as it is (e.g. the address is rejected or
	 * unparseable).
	 */
	void failedPermanently(String error) {
		this.attempts++;
		this.lastError = error;
		failed();
	}

	/**
	 * Given up: final like a sent mail, so the stored copy keeps link secrets masked from
	 * now on. "Send igen" then asks the owner for a fresh link (see
	 * {@link #resendWithNewLink}).
	 */
	private void failed() {
		this.status = MailStatus.FAILED;
		maskSecrets();
	}

	/**
	 * A claimed mail that was not sent (the run stopped before sending): due again now,
	 * no attempt counted.
	 */
	void released(Instant now) {
		this.nextAttemptAt = now;
	}

	/** Staff's "Send igen": a failed mail gets a fresh retry schedule, starting now. */
	void sendAgain(Instant now) {
		if (status != MailStatus.FAILED) {
			throw new IllegalStateException("Only a failed mail can be sent again");
		}
		if (carriesSecret()) {
			throw new IllegalStateException("A mail with a link secret is replaced by a new one, never sent again");
		}
		this.status = MailStatus.PENDING;
		this.attempts = 0;
		this.nextAttemptAt = now;
	}

	/**
	 * Staff's "Send igen" of a failed mail that carried a link secret: the mail stays
	 * FAILED (and masked); its owner writes a new one with a fresh link. Once only.
	 */
	void resendWithNewLink(Instant now) {
		if (status != MailStatus.FAILED || !carriesSecret()) {
			throw new IllegalStateException("Only a failed mail with a link secret gets a new link");
		}
		if (resendRequestedAt != null) {
			throw new IllegalStateException("A new link was already asked for");
		}
		maskSecrets();
		this.resendRequestedAt = now;
	}

	/**
	 * Masks a failed mail that still holds a live secret (written before failed mail was
	 * masked); true when it did.
	 */
	boolean maskLiveSecrets() {
		if (status != MailStatus.FAILED
				|| !(MailSecrets.containsSecret(htmlBody) || MailSecrets.containsSecret(textBody))) {
			return false;
		}
		maskSecrets();
		return true;
	}

	/** The new mail written in place of this one. */
	void replacedBy(long mailId) {
		this.resentAs = mailId;
	}

}
