package dk.seniorpartnerskab.scheduling;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Counts of a meeting's active invitations: invited, answers and attendance (withdrawn
 * invitations do not count). {@code attended} counts those marked as having come.
 */
public record MeetingFigures(long invited, long attending, long declined, long pending, long attended,
		long notAttended) {

	public static MeetingFigures of(Collection<Invitation> invitations) {
		var active = invitations.stream().filter(Invitation::isActive).toList();
		return new MeetingFigures(active.size(), count(active, Answer.ATTENDING), count(active, Answer.DECLINED),
				count(active, Answer.PENDING),
				active.stream().filter(i -> Boolean.TRUE.equals(i.getAttended())).count(),
				active.stream().filter(i -> Boolean.FALSE.equals(i.getAttended())).count());
	}

	/** The figures per municipality code, in code order. */
	public static Map<Integer, MeetingFigures> perMunicipality(Collection<Invitation> invitations) {
		return invitations.stream()
			.filter(Invitation::isActive)
			.collect(Collectors.groupingBy(Invitation::getMunicipalityCode, TreeMap::new, Collectors.toList()))
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> of(e.getValue()), (a, b) -> a, TreeMap::new));
	}

	private static long count(Collection<Invitation> invitations, Answer answer) {
		return invitations.stream().filter(i -> i.getAnswer() == answer).count();
	}

}
