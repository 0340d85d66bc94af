package dk.seniorpartnerskab.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Copy this network's pattern to the others" on the course plan: each other network's
 * n-th meeting of a kind gets the source network's n-th meeting of that kind's date and
 * times; either the same dates, or the same weekdays one week apart per network (the
 * second network a week after the source, the third two weeks after, and so on). A place
 * is copied only where the target has none. A pure function: the plan page shows its
 * result as a preview in the form, and saving the form saves exactly that.
 */
public final class CoursePattern {

	/** How the dates are copied. */
	public enum Mode {

		SAME_DATES, WEEK_APART

	}

	/**
	 * One cell: a meeting's kind and its ordinal among the network's meetings of that
	 * kind, with what staff enter.
	 */
	public record Slot(MeetingKind kind, int ordinal, LocalDate date, LocalTime start, LocalTime end, String venue,
			String address, String onlineLink) {

		Slot withTimes(LocalDate newDate, LocalTime newStart, LocalTime newEnd, String newVenue, String newAddress,
				String newLink) {
			return new Slot(kind, ordinal, newDate, newStart, newEnd, blank(venue) ? newVenue : venue,
					blank(address) ? newAddress : address, blank(onlineLink) ? newLink : onlineLink);
		}

	}

	private CoursePattern() {
	}

	/**
	 * The networks' slots after copying from network {@code source} (an index into
	 * {@code networks}); the source network's own slots are returned unchanged.
	 */
	public static List<List<Slot>> copy(List<List<Slot>> networks, int source, Mode mode) {
		var pattern = new HashMap<String, Slot>();
		for (var slot : networks.get(source)) {
			pattern.put(key(slot), slot);
		}
		var result = new ArrayList<List<Slot>>();
		int step = 0;
		for (int n = 0; n < networks.size(); n++) {
			if (n == source) {
				result.add(List.copyOf(networks.get(n)));
				continue;
			}
			step++;
			int weeks = mode == Mode.WEEK_APART ? step : 0;
			result.add(copyInto(networks.get(n), pattern, weeks));
		}
		return result;
	}

	private static List<Slot> copyInto(List<Slot> target, Map<String, Slot> pattern, int weeks) {
		var copied = new ArrayList<Slot>();
		for (var slot : target) {
			var from = pattern.get(key(slot));
			if (from == null || from.date() == null) {
				copied.add(slot);
				continue;
			}
			copied.add(slot.withTimes(from.date().plusWeeks(weeks), from.start(), from.end(), from.venue(),
					from.address(), from.onlineLink()));
		}
		return copied;
	}

	private static String key(Slot slot) {
		return slot.kind().name() + "#" + slot.ordinal();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
