package dk.seniorpartnerskab.mail;

import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import dk.seniorpartnerskab.audit.AuditLog;
import dk.seniorpartnerskab.web.Secretariats;
import dk.seniorpartnerskab.web.Copenhagen;

/**
 * The one way to send mail: renders the templates and writes the outbox row in the
 * caller's transaction (it refuses to run without one), so a rolled-back change leaves no
 * mail and a committed one always gets delivered by the dispatcher.
 */
@Service
public class MailOutbox {

	static final Locale DANISH = Copenhagen.DANISH;

	private final OutgoingMailRepository mails;

	private final TemplateEngine htmlTemplates;

	private final TemplateEngine textTemplates;

	private final MessageSource messages;

	private final MailSettings settings;

	private final AuditLog auditLog;

	private final Secretariats secretariats;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	/**
	 * Looked up when needed: the reissuers are services that themselves write mail here.
	 */
	private final ObjectProvider<MailReissuer> reissuers;

	MailOutbox(OutgoingMailRepository mails, TemplateEngine templateEngine, MailTemplates mailTemplates,
			MessageSource messages, MailSettings settings, AuditLog auditLog, Secretariats secretariats, Clock clock,
			ApplicationEventPublisher events, ObjectProvider<MailReissuer> reissuers) {
		this.events = events;
		this.reissuers = reissuers;
		this.secretariats = secretariats;
		this.mails = mails;
		this.htmlTemplates = templateEngine;
		this.textTemplates = mailTemplates.textEngine();
		this.messages = messages;
		this.settings = settings;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * A mail as it would be sent, rendered but not written: for the question before a
	 * mass mail, so staff read one recipient's mail exactly as it arrives.
	 */
	public record Preview(String to, String subject, String html, String text) {
	}

	public Preview preview(MailMessage message) {
		var model = new HashMap<>(message.model());
		model.put("baseUrl", settings.baseUrl());
		var context = new Context(DANISH, model);
		return new Preview(message.to().trim(),
				messages.getMessage("mail." + message.template() + ".subject", message.subjectArguments().toArray(),
						DANISH),
				htmlTemplates.process("mail/" + message.template(), context),
				textTemplates.process("mail/" + message.template(), context));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public OutgoingMail enqueue(MailMessage message) {
		var rendered = preview(message);
		String html = rendered.html();
		String text = rendered.text();
		String subject = rendered.subject();
		String messageId = "<" + UUID.randomUUID() + "@seniorpartnerskab>";
		var mail = new OutgoingMail(messageId, message.to().trim(), subject, html, text, message.kind(),
				message.reference(), message.attachments(), clock.instant());
		mail.replyTo(secretariats.current().address());
		var saved = mails.save(mail);
		if (message.resendOf() != null) {
			mails.findById(message.resendOf()).ifPresent(failed -> failed.replacedBy(saved.getId()));
		}
		return saved;
	}

	/** What "Send igen" did. */
	public enum Resend {

		/** The failed mail is back in the queue as it was (it carries no link secret). */
		QUEUED,
		/**
		 * The mail carried a link secret: its owner was asked for a new mail with a fresh
		 * link ({@link MailResendRequested}); the failed one stays as it is.
		 */
		NEW_LINK_REQUESTED,
		/**
		 * Nothing done: the mail has not failed, a new link was already asked for, or no
		 * module issues new links for its kind.
		 */
		REFUSED

	}

	/**
	 * Staff's "Send igen" of a FAILED mail, recorded in the audit log. Without a link
	 * secret it goes back in the queue with a fresh retry schedule. With one, the old
	 * link is never sent again: the owning module is asked, through the event publication
	 * registry (so it is retried until done), to write a new mail with a fresh link.
	 */
	@Transactional
	public Resend sendAgain(long mailId, String actor) {
		var mail = mails.findById(mailId).orElseThrow(() -> new IllegalArgumentException("No mail " + mailId));
		if (!canSendAgain(mail)) {
			return Resend.REFUSED;
		}
		if (!mail.carriesSecret()) {
			mail.sendAgain(clock.instant());
			auditLog.record(actor, "mail.sentAgain", "mail:" + mailId, MailStatus.FAILED.name(),
					MailStatus.PENDING.name());
			return Resend.QUEUED;
		}
		mail.resendWithNewLink(clock.instant());
		events.publishEvent(
				new MailResendRequested(mailId, mail.getKind(), mail.getReference(), mail.getRecipient(), actor));
		auditLog.record(actor, "mail.resentWithNewLink", "mail:" + mailId, MailStatus.FAILED.name(), null);
		return Resend.NEW_LINK_REQUESTED;
	}

	/**
	 * Whether "Send igen" applies: a FAILED mail without a link secret, or with one when
	 * a module issues new links for its kind and none was asked for yet.
	 */
	public boolean canSendAgain(OutgoingMail mail) {
		if (mail.getStatus() != MailStatus.FAILED) {
			return false;
		}
		if (!mail.carriesSecret()) {
			return true;
		}
		return mail.getResendRequestedAt() == null && isReissued(mail.getKind());
	}

	/** Whether a module writes a new mail with a fresh link for this kind. */
	public boolean isReissued(String kind) {
		return reissuers.orderedStream().anyMatch(r -> r.reissuedKinds().contains(kind));
	}

	/** Mail kind of a message's trial copy to the staff member writing it. */
	public static final String TRIAL_KIND = "MESSAGE_TRIAL";

	/**
	 * "Send en prøve til mig": the rendered mail of one recipient, to the staff member
	 * instead, its subject marked as a trial and any link secret masked (staff never get
	 * a recipient's link).
	 */
	@Transactional
	public OutgoingMail sendTrial(Preview preview, String to) {
		String subject = messages.getMessage("mail.trial.subject", new Object[] { preview.subject() }, DANISH);
		var mail = new OutgoingMail("<" + UUID.randomUUID() + "@seniorpartnerskab>", to.trim(), subject,
				MailSecrets.mask(preview.html()), MailSecrets.mask(preview.text()), TRIAL_KIND, null, List.of(),
				clock.instant());
		mail.replyTo(secretariats.current().address());
		return mails.save(mail);
	}

	/** A test mail, e.g. to the staff member checking that the SMTP settings work. */
	@Transactional
	public OutgoingMail sendTestMessage(String to) {
		return enqueue(MailMessage.of(to, "test-message", Map.of(), "TEST", null));
	}

}
