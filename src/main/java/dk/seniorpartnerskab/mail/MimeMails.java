package dk.seniorpartnerskab.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;

import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.util.StringUtils;

/**
 * Turns an outbox row into the MIME message that goes over SMTP: multipart/mixed holding
 * a multipart/alternative (plain text, then HTML) and the attachments, each with its
 * stored content type (an invitation's {@code text/calendar; method=REQUEST} included).
 * The Message-ID is the row's, always.
 */
final class MimeMails {

	private MimeMails() {
	}

	/**
	 * @throws AddressException when the recipient is no usable address: the mail can
	 * never be delivered
	 */
	static MimeMessage compose(OutgoingMail mail, Session session, MailSettings settings)
			throws MessagingException, UnsupportedEncodingException {
		var message = new FixedIdMimeMessage(session, mail.getMessageId());
		var helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED,
				StandardCharsets.UTF_8.name()) {

			// Every attachment brings its content type; without this the helper would
			// load and parse the
			// mime.types file for every single mail (a few milliseconds each).
			@Override
			protected FileTypeMap getDefaultFileTypeMap(MimeMessage mimeMessage) {
				return FileTypeMap.getDefaultFileTypeMap();
			}

		};
		helper.setTo(recipient(mail.getRecipient()));
		helper.setFrom(encoded(settings.from()));
		if (StringUtils.hasText(mail.getReplyTo())) {
			helper.setReplyTo(encoded(mail.getReplyTo()));
		}
		else if (StringUtils.hasText(settings.replyTo())) {
			helper.setReplyTo(encoded(settings.replyTo()));
		}
		helper.setSubject(mail.getSubject());
		helper.setText(mail.getTextBody(), mail.getHtmlBody());
		for (OutgoingMailAttachment attachment : mail.getAttachments()) {
			helper.addAttachment(attachment.getFileName(),
					new ByteArrayDataSource(attachment.getContent(), attachment.getContentType()));
		}
		return message;
	}

	/** Exactly one address with a domain, strictly parsed. */
	static InternetAddress recipient(String text) throws AddressException {
		InternetAddress[] addresses = InternetAddress.parse(text, true);
		if (addresses.length != 1) {
			throw new AddressException("Expected exactly one recipient address");
		}
		InternetAddress address = addresses[0];
		address.validate();
		int at = address.getAddress().lastIndexOf('@');
		if (at < 1 || at == address.getAddress().length() - 1) {
			throw new AddressException("Recipient address has no domain");
		}
		return address;
	}

	/** "Name <address>" with the name encoded for headers (æ, ø, å). */
	private static InternetAddress encoded(String text) throws AddressException, UnsupportedEncodingException {
		var parsed = new InternetAddress(text, true);
		return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
	}

	/**
	 * A MIME message whose Message-ID is fixed by the outbox row instead of generated on
	 * every save.
	 */
	private static final class FixedIdMimeMessage extends MimeMessage {

		private final String messageId;

		FixedIdMimeMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", messageId);
		}

	}

}
