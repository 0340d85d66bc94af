package dk.seniorpartnerskab.scheduling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Attendance across a network's year: municipalities (and, within each, the people
 * invited) against the network's meetings, with answers and attendance per cell, totals
 * per row and per column, and who has attended none of the meetings held so far. A pure
 * function of the meetings and their invitations; withdrawn invitations do not count.
 */
public record AttendanceMatrix(List<Meeting> meetings, List<MunicipalityRow> rows, List<Counts> columnTotals,
		Counts total, List<Person> attendedNothing) {

	/**
	 * Counts in one cell or total: invited, answered (yes or no), said yes, attended.
	 */
	public record Counts(int invited, int answered, int attending, int attended) {

		static final Counts ZERO = new Counts(0, 0, 0, 0);

		Counts plus(Counts other) {
			return new Counts(invited + other.invited, answered + other.answered, attending + other.attending,
					attended + other.attended);
		}

		static Counts of(Invitation invitation) {
			return new Counts(1, invitation.getAnswer() == Answer.PENDING ? 0 : 1,
					invitation.getAnswer() == Answer.ATTENDING ? 1 : 0,
					Boolean.TRUE.equals(invitation.getAttended()) ? 1 : 0);
		}

	}

	/** A person's invitation to one meeting; null answer when not invited to it. */
	public record PersonCell(Answer answer, Boolean attended) {

		public boolean isInvited() {
			return answer != null;
		}

	}

	/** One person (by e-mail address) with a cell per meeting. */
	public record Person(int municipalityCode, String name, String email, List<PersonCell> cells, int attended) {
	}

	/** One municipality with a cell per meeting, its total and its people. */
	public record MunicipalityRow(int municipalityCode, List<Counts> cells, Counts total, List<Person> people) {
	}

	/**
	 * The matrix of these meetings (cancelled ones left out, the rest by start) and their
	 * invitations; a person has "attended nothing" when meetings have been held and they
	 * came to none of them.
	 */
	public static AttendanceMatrix of(List<Meeting> all, List<Invitation> invitations, Instant now) {
		var meetings = all.stream()
			.filter(m -> !m.isCancelled())
			.sorted(Comparator.comparing(Meeting::getStartsAt, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Meeting::getId))
			.toList();
		var column = new HashMap<Long, Integer>();
		for (int i = 0; i < meetings.size(); i++) {
			column.put(meetings.get(i).getId(), i);
		}
		int n = meetings.size();
		// municipality -> email -> invitations by column
		var byMunicipality = new TreeMap<Integer, Map<String, Invitation[]>>();
		for (var invitation : invitations) {
			Integer c = column.get(invitation.getMeetingId());
			if (c == null || !invitation.isActive()) {
				continue;
			}
			var people = byMunicipality.computeIfAbsent(invitation.getMunicipalityCode(), k -> new LinkedHashMap<>());
			people.computeIfAbsent(invitation.getEmail().trim().toLowerCase(Locale.ROOT),
					k -> new Invitation[n])[c] = invitation;
		}
		boolean anyHeld = meetings.stream().anyMatch(m -> m.hasStarted(now));
		var rows = new ArrayList<MunicipalityRow>();
		var columnTotals = new ArrayList<Counts>();
		for (int i = 0; i < n; i++) {
			columnTotals.add(Counts.ZERO);
		}
		var total = Counts.ZERO;
		var attendedNothing = new ArrayList<Person>();
		for (var entry : byMunicipality.entrySet()) {
			var cells = new ArrayList<Counts>();
			for (int i = 0; i < n; i++) {
				cells.add(Counts.ZERO);
			}
			var people = new ArrayList<Person>();
			for (var person : entry.getValue().entrySet()) {
				var personCells = new ArrayList<PersonCell>();
				int attended = 0;
				String name = null;
				for (int i = 0; i < n; i++) {
					var invitation = person.getValue()[i];
					if (invitation == null) {
						personCells.add(new PersonCell(null, null));
						continue;
					}
					name = name == null ? invitation.getName() : name;
					var counts = Counts.of(invitation);
					cells.set(i, cells.get(i).plus(counts));
					attended += counts.attended();
					personCells.add(new PersonCell(invitation.getAnswer(), invitation.getAttended()));
				}
				var row = new Person(entry.getKey(), name, person.getKey(), personCells, attended);
				people.add(row);
				if (anyHeld && attended == 0) {
					attendedNothing.add(row);
				}
			}
			people.sort(Comparator.comparing(p -> p.name().toLowerCase(Locale.ROOT)));
			var rowTotal = cells.stream().reduce(Counts.ZERO, Counts::plus);
			for (int i = 0; i < n; i++) {
				columnTotals.set(i, columnTotals.get(i).plus(cells.get(i)));
			}
			total = total.plus(rowTotal);
			rows.add(new MunicipalityRow(entry.getKey(), cells, rowTotal, people));
		}
		return new AttendanceMatrix(meetings, rows, columnTotals, total, attendedNothing);
	}

}
