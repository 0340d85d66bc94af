package dk.seniorpartnerskab.web;

import java.util.regex.Pattern;

/**
 * Removes control characters (and the invisible bidirectional overrides that can disguise
 * text) from what visitors type. A single line loses every control character; multi-line
 * text keeps line breaks and tabs, with line breaks normalised to {@code \n}. Blank
 * becomes {@code null}, like the global trimming binder. Every name and text a visitor
 * types goes through it (registration, substitutes).
 */
public final class TextCleaner {

	private static final Pattern INVISIBLE = Pattern
		.compile("[\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");

	private static final Pattern LINE_CONTROL = Pattern.compile("\\p{Cc}");

	private static final Pattern TEXT_CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

	private TextCleaner() {
	}

	public static String line(String value) {
		if (value == null) {
			return null;
		}
		String oneLine = value.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
		return blankToNull(INVISIBLE.matcher(LINE_CONTROL.matcher(oneLine).replaceAll("")).replaceAll(""));
	}

	public static String text(String value) {
		if (value == null) {
			return null;
		}
		String normalised = value.replace("\r\n", "\n").replace('\r', '\n');
		return blankToNull(INVISIBLE.matcher(TEXT_CONTROL.matcher(normalised).replaceAll("")).replaceAll(""));
	}

	private static String blankToNull(String value) {
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

}
