package dk.seniorpartnerskab.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes identifiers (a person's e-mail and names) from free text, case-insensitively:
 * what erasing personal data uses for history details, mail bodies and audit texts.
 */
public final class Redaction {

	/** What stands where an erased value was. */
	public static final String ERASED = "[slettet]";

	private Redaction() {
	}

	/**
	 * The text with every identifier replaced by {@link #ERASED}; longer identifiers
	 * first, so "Anne B. Hansen" goes whole before "Anne". Identifiers shorter than two
	 * characters are ignored.
	 */
	public static String redact(String text, Collection<String> identifiers) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		var longestFirst = searchable(identifiers).stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
		String result = text;
		for (String identifier : longestFirst) {
			result = Pattern.compile(Pattern.quote(identifier), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
				.matcher(result)
				.replaceAll(ERASED);
		}
		return result;
	}

	/**
	 * The identifiers worth looking for (two characters or more), each once: an erasure
	 * searches its tables for these, and {@link #redact} replaces only these.
	 */
	public static List<String> searchable(Collection<String> identifiers) {
		return identifiers.stream().filter(i -> i != null && i.length() >= 2).distinct().toList();
	}

	/** Whether the text mentions any of the identifiers. */
	public static boolean mentions(String text, Collection<String> identifiers) {
		return text != null && !text.equals(redact(text, identifiers));
	}

	/**
	 * A SQL {@code LIKE} pattern (escape character {@code \}) matching text that contains
	 * {@code value}; use with {@code ilike ? escape '\'}.
	 */
	public static String containsPattern(String value) {
		return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
