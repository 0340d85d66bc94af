package dk.seniorpartnerskab.mail;

import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

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

	MailOutbox(OutgoingMailRepository mails, TemplateEngine templateEngine, MailTemplates mailTemplates,
			MessageSource messages, MailSettings settings, AuditLog auditLog, Secretariats secretariats, Clock clock) {
		this.secretariats = secretariats;
		this.mails = mails;
		this.htmlTemplates = templateEngine;
		this.textTemplates = mailTemplates.textEngine();
		this.messages = messages;
		this.settings = settings;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public OutgoingMail enqueue(MailMessage message) {
		var model = new HashMap<>(message.model());
		model.put("baseUrl", settings.baseUrl());
		var context = new Context(DANISH, model);
		String html = htmlTemplates.process("mail/" + message.template(), context);
		String text = textTemplates.process("mail/" + message.template(), context);
		String subject = messages.getMessage("mail." + message.template() + ".subject",
				message.subjectArguments().toArray(), DANISH);
		String messageId = "<" + UUID.randomUUID() + "@seniorpartnerskab>";
		var mail = new OutgoingMail(messageId, message.to().trim(), subject, html, text, message.kind(),
				message.reference(), message.attachments(), clock.instant());
		mail.replyTo(secretariats.current().address());
		return mails.save(mail);
	}

	/**
	 * Staff's "Send igen": a FAILED mail goes back in the queue with a fresh retry
	 * schedule, recorded in the audit log. Returns false (and changes nothing) when the
	 * mail has not failed.
	 */
	@Transactional
	public boolean sendAgain(long mailId, String actor) {
		var mail = mails.findById(mailId).orElseThrow(() -> new IllegalArgumentException("No mail " + mailId));
		if (mail.getStatus() != MailStatus.FAILED) {
			return false;
		}
		mail.sendAgain(clock.instant());
		auditLog.record(actor, "mail.sentAgain", "mail:" + mailId, MailStatus.FAILED.name(), MailStatus.PENDING.name());
		return true;
	}

	/** A test mail, e.g. to the staff member checking that the SMTP settings work. */
	@Transactional
	public OutgoingMail sendTestMessage(String to) {
		return enqueue(MailMessage.of(to, "test-message", Map.of(), "TEST", null));
	}

}
