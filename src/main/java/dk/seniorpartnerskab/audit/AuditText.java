package dk.seniorpartnerskab.audit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.web.Copenhagen;

/**
 * The audit log and the registration history in Danish. Entries keep codes (an action
 * such as {@code registration.approved}, a target type, an enum constant such as
 * {@code WAITING_LIST}, a field name such as {@code contactTitle}, {@code key=value}
 * counts); they are translated here, when shown, so entries written before a text existed
 * read as well as new ones. Keys: {@code audit.action.<action>},
 * {@code audit.target.<type>}, {@code audit.value.<code>} for constants and fixed words,
 * {@code audit.field.<name>} for field names and count keys (falling back to the privacy
 * module's {@code privacy.kind.<kind>}). A code without a text is shown as it is;
 * {@code AuditTextTest} fails on it.
 */
@Component("auditText")
public class AuditText {

	/**
	 * {@code key=} (a count or a filter), an upper-case constant, or a camelCase name.
	 */
	private static final Pattern CODE = Pattern.compile(
			"(?<key>\\b[A-Za-z][A-Za-z0-9_.-]*)=(?<value>[^,&\\s}\\]]*)&?|(?<constant>\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|\\b[A-Z]{3,}\\b)|(?<name>\\b[a-zA-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\\b)");

	private final MessageSource messages;

	AuditText(MessageSource messages) {
		this.messages = messages;
	}

	/** An action such as {@code registration.approved}, in Danish. */
	public String action(String action) {
		return action == null ? null : message("audit.action." + action, action);
	}

	/** What a change was made to: the type in Danish, then its id. */
	public String target(String type, String id) {
		String label = type == null ? "" : message("audit.target." + type, type);
		return id == null ? label : label + " " + id;
	}

	/**
	 * A reference such as {@code registration:42} (what a mail is about): the type in
	 * Danish, then its id.
	 */
	public String reference(String reference) {
		if (reference == null || reference.isBlank()) {
			return reference;
		}
		var target = AuditTarget.parse(reference);
		return target(target.type(), target.id());
	}

	/**
	 * A before, after or detail text: a whole code (a status, a yes/no, a time) in
	 * Danish, otherwise free text with each code in it translated and the rest as
	 * written.
	 */
	public String value(String text) {
		if (text == null || text.isBlank()) {
			return text;
		}
		String trimmed = text.strip();
		String whole = messageOrNull("audit.value." + trimmed);
		if (whole != null) {
			return whole;
		}
		// A time or a date starts with its year; other text is not parsed (and does not
		// throw two exceptions a value on every row of the log).
		if (Character.isDigit(trimmed.charAt(0))) {
			try {
				return Copenhagen.formatDateTime(Instant.parse(trimmed));
			}
			catch (DateTimeParseException notAnInstant) {
				// not a time: a date, or free text
			}
			try {
				return Copenhagen.formatDate(LocalDate.parse(trimmed));
			}
			catch (DateTimeParseException notADate) {
				// free text
			}
		}
		Matcher matcher = CODE.matcher(text);
		var result = new StringBuilder();
		while (matcher.find()) {
			String replacement;
			if (matcher.group("key") != null) {
				String value = decoded(matcher.group("value"));
				replacement = field(matcher.group("key")) + ": " + code(value)
						+ (matcher.group().endsWith("&") ? ", " : "");
			}
			else if (matcher.group("constant") != null) {
				replacement = code(matcher.group("constant"));
			}
			else {
				replacement = field(matcher.group("name"));
			}
			matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	/** A filter value as the query string carries it ({@code K%C3%B8ge}), as typed. */
	private static String decoded(String value) {
		try {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException notEncoded) {
			return value;
		}
	}

	private String code(String code) {
		var text = messageOrNull("audit.value." + code);
		return text == null ? code : text;
	}

	private String field(String name) {
		var text = messageOrNull("audit.field." + name);
		if (text == null) {
			text = messageOrNull("privacy.kind." + name);
		}
		return text == null ? name : text;
	}

	private String message(String key, String fallback) {
		return messages.getMessage(key, null, fallback, locale());
	}

	private String messageOrNull(String key) {
		return messages.getMessage(key, null, null, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
