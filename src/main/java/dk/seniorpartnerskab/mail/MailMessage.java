package dk.seniorpartnerskab.mail;

import java.util.List;
import java.util.Map;
import java.util.ArrayList;

/**
 * A mail to write to the outbox. {@code template} names
 * {@code templates/mail/<template>.html} and {@code .txt}; the subject is the message
 * {@code mail.<template>.subject}, formatted with {@code subjectArguments}. {@code kind}
 * groups mails in the mail log (e.g. {@code REGISTRATION_RECEIPT}); {@code reference}
 * says what caused it (e.g. {@code registration:42}). {@code resendOf}: the failed mail
 * this one replaces with a fresh link ({@link MailResendRequested}), else null.
 */
public record MailMessage(String to, String template, Map<String, Object> model, List<Object> subjectArguments,
		String kind, String reference, List<MailAttachment> attachments, Long resendOf) {

	public MailMessage {
		model = Map.copyOf(model);
		subjectArguments = List.copyOf(subjectArguments);
		attachments = List.copyOf(attachments);
	}

	public static MailMessage of(String to, String template, Map<String, Object> model, String kind, String reference) {
		return new MailMessage(to, template, model, List.of(), kind, reference, List.of(), null);
	}

	public MailMessage withSubjectArguments(Object... arguments) {
		return new MailMessage(to, template, model, List.of(arguments), kind, reference, attachments, resendOf);
	}

	public MailMessage withAttachment(MailAttachment attachment) {
		var all = new ArrayList<>(attachments);
		all.add(attachment);
		return new MailMessage(to, template, model, subjectArguments, kind, reference, all, resendOf);
	}

	/** Written in place of this failed mail, with a fresh link. */
	public MailMessage resending(long failedMailId) {
		return new MailMessage(to, template, model, subjectArguments, kind, reference, attachments, failedMailId);
	}

}
