package dk.seniorpartnerskab.web;

import java.time.Instant;
import java.time.temporal.TemporalAccessor;

import org.springframework.stereotype.Component;

/**
 * Danish formatting for templates: {@code ${#formats.dateTime(instant)}},
 * {@code ${#formats.phone(number)}}.
 */
@Component("formats")
public class Formats {

	public String date(TemporalAccessor date) {
		return date == null ? "" : Copenhagen.formatDate(date);
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : Copenhagen.formatDateTime(instant);
	}

	/** A phone number as Danes write it ({@link PhoneNumbers}). */
	public String phone(String phone) {
		return PhoneNumbers.format(phone);
	}

}
