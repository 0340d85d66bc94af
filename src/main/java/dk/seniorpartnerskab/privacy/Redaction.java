package dk.seniorpartnerskab.privacy;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * Removes a person's identifiers (e-mail, names) from free text, case-insensitively: what
 * the holders use for history details, mail bodies and audit texts.
 */
public final class Redaction {

	/** What stands where an erased value was. */
	public static final String ERASED = "[slettet]";

	private Redaction() {
	}

	/**
	 * The text with every identifier of the people replaced by {@link #ERASED}; longer
	 * identifiers first, so "Anne B. Hansen" goes whole before "Anne".
	 */
	public static String redact(String text, Collection<Person> people) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		var identifiers = people.stream()
			.flatMap(p -> p.identifiers().stream())
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
		String result = text;
		for (String identifier : identifiers) {
			if (identifier.length() < 2) {
				continue;
			}
			result = Pattern.compile(Pattern.quote(identifier), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
				.matcher(result)
				.replaceAll(ERASED);
		}
		return result;
	}

	/** Whether the text mentions any identifier of the people. */
	public static boolean mentions(String text, Collection<Person> people) {
		return text != null && !text.equals(redact(text, people));
	}

	/**
	 * A SQL {@code LIKE} pattern (escape character {@code \}) matching text that contains
	 * {@code value}; use with {@code ilike ? escape '\'}.
	 */
	public static String containsPattern(String value) {
		return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
