package dk.seniorpartnerskab.mail;

import java.nio.charset.StandardCharsets;

/** A file attached to a mail, e.g. an invitation's {@code .ics}. */
public record MailAttachment(String fileName, String contentType, byte[] content) {

	public static MailAttachment calendar(String fileName, String ics, String method) {
		return new MailAttachment(fileName, "text/calendar; charset=UTF-8; method=" + method,
				ics.getBytes(StandardCharsets.UTF_8));
	}

}
