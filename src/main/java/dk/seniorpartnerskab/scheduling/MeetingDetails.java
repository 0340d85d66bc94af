package dk.seniorpartnerskab.scheduling;

import java.time.Instant;
import java.util.Objects;

/**
 * What staff set on a meeting. Start and end are instants (entered in Copenhagen time by
 * the form); a draft may still lack times and place.
 */
public record MeetingDetails(String title, String theme, Integer capacity, Instant startsAt, Instant endsAt,
		String venue, String address, String onlineLink) {

	public MeetingDetails {
		Objects.requireNonNull(title, "title");
		theme = theme == null ? "" : theme;
		if (startsAt != null && endsAt != null && !startsAt.isBefore(endsAt)) {
			throw new IllegalArgumentException("A meeting must end after it starts");
		}
	}

	public static MeetingDetails titled(String title) {
		return new MeetingDetails(title, "", null, null, null, null, null, null);
	}

	boolean isCompleteFor(MeetingKind kind) {
		if (startsAt == null || endsAt == null) {
			return false;
		}
		return kind.isPhysical() ? !isBlank(venue) && !isBlank(address) : !isBlank(onlineLink);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
