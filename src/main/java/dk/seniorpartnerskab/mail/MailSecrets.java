package dk.seniorpartnerskab.mail;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Link secrets in mail (a registration's private link, an invitation, a calendar feed: 43
 * URL-safe characters after a slash, see {@code SecretTokens}) are for the recipient
 * only. Staff never see them: the mail log shows every body masked, and once a mail is
 * final (sent or failed) its stored body and calendar attachment keep the masked form
 * only, so neither a VIEWER nor a database backup can act as the recipient. A failed one
 * is never sent again as it is: "Send igen" asks the owning module for a new mail with a
 * fresh link ({@link MailResendRequested}).
 */
public final class MailSecrets {

	/** What a secret is replaced with. */
	public static final String MASK = "[skjult]";

	private static final Pattern SECRET = Pattern.compile("(?<=/)[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])");

	private static final Pattern ICS_FOLD = Pattern.compile("\r?\n[ \t]");

	private MailSecrets() {
	}

	/** The text with every link secret replaced by {@link #MASK}. */
	public static String mask(String text) {
		return text == null ? null : SECRET.matcher(text).replaceAll(MASK);
	}

	/** Whether the text had a link secret that is masked now. */
	public static boolean wasMasked(String text) {
		return text != null && text.contains("/" + MASK);
	}

	public static boolean containsSecret(String text) {
		return text != null && SECRET.matcher(text).find();
	}

	/**
	 * A calendar file with its secrets masked (lines unfolded first, as a secret may be
	 * folded across two); other content as it is.
	 */
	static byte[] maskAttachment(String contentType, byte[] content) {
		if (contentType == null || !contentType.toLowerCase().startsWith("text/")) {
			return content;
		}
		String text = new String(content, StandardCharsets.UTF_8);
		String unfolded = ICS_FOLD.matcher(text).replaceAll("");
		return containsSecret(unfolded) ? mask(unfolded).getBytes(StandardCharsets.UTF_8) : content;
	}

}
