package dk.seniorpartnerskab.edition;

import java.util.List;

/**
 * One line about an edition from another module: a message key with its arguments, shown
 * as a warning when {@code warning}, linking to {@code link} (an application path) when
 * given.
 */
public record EditionRemark(String messageKey, List<Object> arguments, boolean warning, String link) {

	public EditionRemark {
		arguments = List.copyOf(arguments);
	}

}
