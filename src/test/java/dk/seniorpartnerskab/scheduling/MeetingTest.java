package dk.seniorpartnerskab.scheduling;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingTest {

	static final Instant NOW = Instant.parse("2027-08-01T10:00:00Z");

	static MeetingDetails day(String start, String end, String venue) {
		return new MeetingDetails("Udviklingsdag 1", "Hvordan ser forløbet ud?", 60, Instant.parse(start),
				Instant.parse(end), venue, "Weidekampsgade 10, 2300 København S", null);
	}

	@Test
	void aMeetingMustEndAfterItStarts() {
		assertThatThrownBy(() -> day("2027-09-30T14:00:00Z", "2027-09-30T07:00:00Z", "KL"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aDraftWithoutPlaceCannotBePlanned() {
		var meeting = Meeting.draft(1, 7L, MeetingKind.DEVELOPMENT_DAY, MeetingDetails.titled("Udviklingsdag 1"), NOW);
		assertThatThrownBy(meeting::plan).isInstanceOf(IllegalStateException.class);
		meeting.update(day("2027-09-30T07:00:00Z", "2027-09-30T14:00:00Z", "KL-huset"));
		meeting.plan();
		assertThat(meeting.isPlanned()).isTrue();
	}

	@Test
	void aDigitalMeetingNeedsALinkNotAVenue() {
		var meeting = Meeting.draft(1, 7L, MeetingKind.DIGITAL_MEETING,
				new MeetingDetails("Digitalt møde 1", "", null, Instant.parse("2027-10-05T12:00:00Z"),
						Instant.parse("2027-10-05T13:30:00Z"), "KL-huset", "Adresse", null),
				NOW);
		assertThat(meeting.getVenue()).isNull();
		assertThatThrownBy(meeting::plan).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void changingTimeOrPlaceOfAPlannedMeetingRaisesTheSequenceButTheUidStays() {
		var meeting = Meeting.draft(1, 7L, MeetingKind.DEVELOPMENT_DAY,
				day("2027-09-30T07:00:00Z", "2027-09-30T14:00:00Z", "KL-huset"), NOW);
		meeting.plan();
		String uid = meeting.getUid();
		assertThat(meeting.getSequence()).isZero();

		boolean changed = meeting.update(day("2027-09-30T08:00:00Z", "2027-09-30T14:00:00Z", "KL-huset"));
		assertThat(changed).isTrue();
		assertThat(meeting.getSequence()).isEqualTo(1);

		var sameTimesNewTitle = new MeetingDetails("Ny titel", "", null, meeting.getStartsAt(), meeting.getEndsAt(),
				"KL-huset", meeting.getAddress(), null);
		assertThat(meeting.update(sameTimesNewTitle)).isFalse();
		assertThat(meeting.getSequence()).isEqualTo(1);

		assertThat(meeting.update(day("2027-09-30T08:00:00Z", "2027-09-30T14:00:00Z", "Odense Rådhus"))).isTrue();
		assertThat(meeting.getSequence()).isEqualTo(2);
		assertThat(meeting.getUid()).isEqualTo(uid);
	}

	@Test
	void cancellingRaisesTheSequenceAndNothingChangesAfterwards() {
		var meeting = Meeting.draft(1, 7L, MeetingKind.DEVELOPMENT_DAY,
				day("2027-09-30T07:00:00Z", "2027-09-30T14:00:00Z", "KL-huset"), NOW);
		meeting.plan();
		meeting.cancel();
		assertThat(meeting.isCancelled()).isTrue();
		assertThat(meeting.getSequence()).isEqualTo(1);
		assertThatThrownBy(() -> meeting.update(day("2027-09-30T07:00:00Z", "2027-09-30T15:00:00Z", "X")))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(meeting::cancel).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void answersCanChangeUntilTheMeetingStarts() {
		var meeting = Meeting.draft(1, 7L, MeetingKind.DEVELOPMENT_DAY,
				day("2027-09-30T07:00:00Z", "2027-09-30T14:00:00Z", "KL-huset"), NOW);
		assertThat(meeting.hasStarted(Instant.parse("2027-09-30T06:59:59Z"))).isFalse();
		assertThat(meeting.hasStarted(Instant.parse("2027-09-30T07:00:00Z"))).isTrue();
	}

}
