package dk.seniorpartnerskab.web;

import java.time.Instant;
import java.time.temporal.TemporalAccessor;

import org.springframework.stereotype.Component;

/** Danish date formatting for templates: {@code ${@formats.dateTime(instant)}}. */
@Component("formats")
public class Formats {

	public String date(TemporalAccessor date) {
		return date == null ? "" : Copenhagen.formatDate(date);
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : Copenhagen.formatDateTime(instant);
	}

}
