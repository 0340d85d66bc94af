package dk.seniorpartnerskab.scheduling;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.web.Copenhagen;

/**
 * A meeting's time in Danish, in Copenhagen time: "torsdag 29. september 2022 kl.
 * 09.30–16.00". Also a bean for page templates:
 * {@code ${@meetingTimes.describe(m.startsAt, m.endsAt)}}.
 */
@Component("meetingTimes")
public class MeetingTimes {

	private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy 'kl.' HH.mm",
			Copenhagen.DANISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", Copenhagen.DANISH);

	public static String of(Instant start, Instant end) {
		if (start == null) {
			return "";
		}
		var from = Copenhagen.at(start);
		if (end == null) {
			return DAY_AND_TIME.format(from);
		}
		var to = Copenhagen.at(end);
		if (to.toLocalDate().equals(from.toLocalDate())) {
			return DAY_AND_TIME.format(from) + "–" + TIME.format(to);
		}
		return DAY_AND_TIME.format(from) + " – " + DAY_AND_TIME.format(to);
	}

	public String describe(Instant start, Instant end) {
		return of(start, end);
	}

}
