package dk.seniorpartnerskab.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * The options of a select over an enum: each constant with its Danish name from the
 * messages.
 */
public final class EnumOptions {

	private EnumOptions() {
	}

	public static <E extends Enum<E>> Map<String, String> of(MessageSource messages, String prefix, E[] values,
			Locale locale) {
		var options = new LinkedHashMap<String, String>();
		for (E value : values) {
			options.put(value.name(), messages.getMessage(prefix + value.name(), null, locale));
		}
		return options;
	}

}
