package dk.seniorpartnerskab.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.edition.EditionStatus;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingDateRulesTest {

	static final Instant NOW = Instant.parse("2022-09-01T10:00:00Z");

	static Edition edition() {
		var edition = new Edition("Seniorpartnerskabet 2022-23", "2022", "SP22");
		edition.update(edition.getName(), "2022", "SP22", "", "", null, null, LocalDate.of(2022, 9, 15),
				LocalDate.of(2023, 9, 30), 3, 3, null, EditionStatus.PUBLISHED);
		return edition;
	}

	static List<String> codes(LocalDate date, Instant previous, boolean confirmed) {
		return MeetingDateRules
			.check(date, LocalTime.of(9, 30), LocalTime.of(16, 0), edition(), previous, confirmed, NOW)
			.stream()
			.map(MeetingDateRules.Problem::code)
			.toList();
	}

	@Test
	void aDayInsideTheCoursePeriodAndAheadIsAccepted() {
		assertThat(codes(LocalDate.of(2022, 9, 29), null, false)).isEmpty();
	}

	@Test
	void aDayInThePastIsRefusedEvenWhenStaffConfirmTheCoursePeriod() {
		assertThat(codes(LocalDate.of(2022, 8, 31), null, true)).containsExactly("meeting.date.past");
	}

	@Test
	void earlierTodayIsThePast() {
		var problems = MeetingDateRules.check(LocalDate.of(2022, 9, 1), LocalTime.of(9, 0), LocalTime.of(16, 0),
				edition(), null, true, NOW);
		assertThat(problems).extracting(MeetingDateRules.Problem::code).containsExactly("meeting.date.past");
	}

	@Test
	void aDayOutsideTheCoursePeriodIsRefusedUnlessStaffConfirmIt() {
		assertThat(codes(LocalDate.of(2023, 10, 5), null, false)).containsExactly(MeetingDateRules.OUTSIDE_PERIOD);
		assertThat(MeetingDateRules.check(LocalDate.of(2023, 10, 5), null, null, edition(), null, false, NOW))
			.singleElement()
			.satisfies(p -> {
				assertThat(p.overridable()).isTrue();
				assertThat(p.arguments()).containsExactly("15. september 2022", "30. september 2023");
			});
		assertThat(codes(LocalDate.of(2023, 10, 5), null, true)).isEmpty();
		assertThat(codes(LocalDate.of(2022, 9, 10), null, false)).containsExactly(MeetingDateRules.OUTSIDE_PERIOD);
	}

	@Test
	void anUnchangedDateIsNotCheckedAgainSoAnOldMeetingCanBeCorrected() {
		var start = Instant.parse("2022-08-20T07:30:00Z");
		assertThat(codes(LocalDate.of(2022, 8, 20), start, false)).isEmpty();
	}

	@Test
	void timesInTheSpringGapOrTheAutumnRepeatAreRefused() {
		var gap = MeetingDateRules.check(LocalDate.of(2023, 3, 26), LocalTime.of(2, 30), LocalTime.of(10, 0), edition(),
				null, false, NOW);
		assertThat(gap).extracting(MeetingDateRules.Problem::field, MeetingDateRules.Problem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("startTime", "meeting.time.gap"));
		var repeat = MeetingDateRules.check(LocalDate.of(2022, 10, 30), LocalTime.of(2, 30), LocalTime.of(10, 0),
				edition(), null, false, NOW);
		assertThat(repeat).extracting(MeetingDateRules.Problem::code).containsExactly("meeting.time.overlap");
	}

	@Test
	void theEndMustFollowTheStart() {
		var problems = MeetingDateRules.check(LocalDate.of(2022, 10, 11), LocalTime.of(16, 0), LocalTime.of(9, 0),
				edition(), null, false, NOW);
		assertThat(problems).extracting(MeetingDateRules.Problem::code).containsExactly("meeting.endTime.beforeStart");
	}

}
