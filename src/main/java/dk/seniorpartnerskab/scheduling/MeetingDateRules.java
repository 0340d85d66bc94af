package dk.seniorpartnerskab.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.web.Copenhagen;

/**
 * The date rules of every meeting, on the single meeting form and on the course plan
 * alike: times that exist in Copenhagen (not in the spring gap, not twice in the autumn),
 * the end after the start, not in the past, and inside the edition's course period. Only
 * the course period may be overridden, and only when staff say so explicitly
 * ({@code outsidePeriodConfirmed}); never silently. A date that did not change is not
 * checked against the past or the period again, so an old meeting can still be corrected.
 */
public final class MeetingDateRules {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy", Copenhagen.DANISH);

	/**
	 * One broken rule: the field it belongs to ({@code date}, {@code startTime} or
	 * {@code endTime}), its message code and arguments, and whether an explicit
	 * confirmation overrides it.
	 */
	public record Problem(String field, String code, Object[] arguments, boolean overridable) {
	}

	/** The code of the course period problem, for forms that show the override. */
	public static final String OUTSIDE_PERIOD = "meeting.date.outsideCourse";

	private MeetingDateRules() {
	}

	/**
	 * The problems of a date with start and end times (any may be null), for a meeting
	 * that started at {@code previousStart} before this change (null when new or
	 * undated).
	 */
	public static List<Problem> check(LocalDate date, LocalTime start, LocalTime end, Edition edition,
			Instant previousStart, boolean outsidePeriodConfirmed, Instant now) {
		var problems = new ArrayList<Problem>();
		boolean startExists = exists("startTime", date, start, problems);
		exists("endTime", date, end, problems);
		if (start != null && end != null && !end.isAfter(start)) {
			problems.add(new Problem("endTime", "meeting.endTime.beforeStart", null, false));
		}
		if ((start != null || end != null) && date == null) {
			problems.add(new Problem("date", "meeting.date.required", null, false));
		}
		if (date == null) {
			return problems;
		}
		Instant newStart = start != null && startExists ? Copenhagen.instant(LocalDateTime.of(date, start)) : null;
		boolean dateChanged = previousStart == null || !Copenhagen.at(previousStart).toLocalDate().equals(date);
		boolean changed = dateChanged || (newStart != null && !Objects.equals(newStart, previousStart));
		if (!changed) {
			return problems;
		}
		LocalDate today = Copenhagen.at(now).toLocalDate();
		if (date.isBefore(today) || (newStart != null && !newStart.isAfter(now))) {
			problems.add(new Problem("date", "meeting.date.past", null, false));
		}
		else if (dateChanged && !outsidePeriodConfirmed && outside(date, edition)) {
			problems.add(new Problem("date", OUTSIDE_PERIOD,
					new Object[] { format(edition.getCourseStart()), format(edition.getCourseEnd()) }, true));
		}
		return problems;
	}

	/** True when the edition has a course period and the date lies outside it. */
	public static boolean outside(LocalDate date, Edition edition) {
		return (edition.getCourseStart() != null && date.isBefore(edition.getCourseStart()))
				|| (edition.getCourseEnd() != null && date.isAfter(edition.getCourseEnd()));
	}

	private static String format(LocalDate date) {
		return date == null ? "–" : DAY.format(date);
	}

	private static boolean exists(String field, LocalDate date, LocalTime time, List<Problem> problems) {
		if (date == null || time == null) {
			return true;
		}
		int offsets = Copenhagen.ZONE.getRules().getValidOffsets(LocalDateTime.of(date, time)).size();
		if (offsets == 0) {
			problems.add(new Problem(field, "meeting.time.gap", null, false));
			return false;
		}
		if (offsets > 1) {
			problems.add(new Problem(field, "meeting.time.overlap", null, false));
			return false;
		}
		return true;
	}

}
