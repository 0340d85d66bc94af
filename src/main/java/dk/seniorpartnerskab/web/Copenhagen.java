package dk.seniorpartnerskab.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.time.temporal.TemporalAccessor;

/**
 * Times are entered and shown in Europe/Copenhagen and stored as instants. One place for
 * the zone and the Danish formats.
 */
public final class Copenhagen {

	public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

	public static final Locale DANISH = Locale.forLanguageTag("da-DK");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH.mm", DANISH);

	private Copenhagen() {
	}

	public static ZonedDateTime at(Instant instant) {
		return instant.atZone(ZONE);
	}

	/**
	 * The instant of a wall-clock time in Copenhagen; in the autumn overlap the earlier
	 * (summer) offset.
	 */
	public static Instant instant(LocalDateTime local) {
		return local.atZone(ZONE).toInstant();
	}

	public static String formatDate(TemporalAccessor date) {
		return DATE.format(date instanceof Instant i ? at(i) : date);
	}

	public static String formatDateTime(Instant instant) {
		return DATE_TIME.format(at(instant));
	}

}
