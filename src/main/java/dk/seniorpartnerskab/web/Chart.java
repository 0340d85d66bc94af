package dk.seniorpartnerskab.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The data of one chart, drawn by {@link Charts} and shown with its data table by the
 * fragment {@code fragments/chart :: chart(${charts.draw(chart)})}. All texts are already
 * in Danish (resolved from the messages by the caller). A {@code null} value is a missing
 * point (e.g. a day the previous edition did not reach).
 */
public record Chart(String id, Kind kind, String title, String categoryLabel, String valueLabel,
		List<String> categories, List<Series> series) {

	/** How the chart is drawn. */
	public enum Kind {

		/** Vertical bars, one group per category. */
		BAR,
		/** Horizontal bars, for long category names (municipalities, meetings). */
		HORIZONTAL_BAR,
		/** Lines over the categories, e.g. days. */
		LINE

	}

	/** One named row of values, one per category. */
	public record Series(String name, List<Double> values) {

		public Series {
			values = Collections.unmodifiableList(new ArrayList<>(values));
		}

		public static Series of(String name, List<? extends Number> values) {
			return new Series(name, values.stream().map(v -> v == null ? null : v.doubleValue()).toList());
		}

	}

	public Chart {
		if (!id.matches("[a-z][a-z0-9-]*")) {
			throw new IllegalArgumentException("A chart id is lower-case letters, digits and dashes: " + id);
		}
		categories = List.copyOf(categories);
		series = List.copyOf(series);
		for (var s : series) {
			if (s.values().size() != categories.size()) {
				throw new IllegalArgumentException("Series " + s.name() + " has " + s.values().size() + " values for "
						+ categories.size() + " categories");
			}
		}
	}

	/** The value of a series at a category, formatted in Danish (empty when missing). */
	public String formatted(int seriesIndex, int categoryIndex) {
		Double value = series.get(seriesIndex).values().get(categoryIndex);
		if (value == null) {
			return "";
		}
		var format = NumberFormat.getNumberInstance(Locale.forLanguageTag("da-DK"));
		format.setMaximumFractionDigits(1);
		return format.format(value);
	}

}
