package dk.seniorpartnerskab.scheduling;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

import dk.seniorpartnerskab.scheduling.MeetingCalendar.Person;
import dk.seniorpartnerskab.web.Copenhagen;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.charset.StandardCharsets;
import net.fortuna.ical4j.model.Component;

/**
 * Every generated .ics is parsed back with ical4j and read as a calendar program would.
 */
class MeetingCalendarTest {

	static final Instant NOW = Instant.parse("2027-08-01T10:00:00Z");

	static final Person ORGANIZER = new Person("Seniorpartnerskabet", "noreply@seniorpartnerskab.dk");

	static final Person ATTENDEE = new Person("Anne Hansen", "anne@aarhus.dk");

	static Meeting plannedDay(String start, String end) {
		var meeting = Meeting.draft(1, 7L, MeetingKind.DEVELOPMENT_DAY,
				new MeetingDetails("Udviklingsdag 1", "Hvordan ser forløbet ud?", null, Instant.parse(start),
						Instant.parse(end), "KL-huset", "Weidekampsgade 10, 2300 København S", null),
				NOW);
		meeting.plan();
		return meeting;
	}

	static Calendar parse(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	static VEvent event(Calendar calendar) {
		return calendar.<VEvent>getComponents(Component.VEVENT).get(0);
	}

	static String value(Calendar calendar, String property) {
		return calendar.getProperty(property).orElseThrow().getValue();
	}

	static String value(VEvent event, String property) {
		return event.getProperty(property).orElseThrow().getValue();
	}

	static ZonedDateTime start(VEvent event) {
		DtStart<Temporal> start = event.getProperty(Property.DTSTART).map(p -> (DtStart<Temporal>) p).orElseThrow();
		assertThat(start.getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Europe/Copenhagen");
		return ZonedDateTime.from(start.getDate());
	}

	@Test
	void theInvitationIsARequestWithUidSequenceOrganizerAttendeeAndPlace() throws Exception {
		var meeting = plannedDay("2027-09-30T07:30:00Z", "2027-09-30T14:00:00Z");
		String ics = MeetingCalendar.request(meeting, ORGANIZER, ATTENDEE, "https://sp.dk/invitation/abc", NOW);
		var calendar = parse(ics);
		var event = event(calendar);

		assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
		assertThat(value(event, Property.UID)).isEqualTo(meeting.getUid());
		assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
		assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:noreply@seniorpartnerskab.dk");
		assertThat(value(event, Property.ATTENDEE)).isEqualTo("mailto:anne@aarhus.dk");
		assertThat(value(event, Property.LOCATION)).isEqualTo("KL-huset, Weidekampsgade 10, 2300 København S");
		assertThat(value(event, Property.SUMMARY)).isEqualTo("Udviklingsdag 1");
		assertThat(value(event, Property.DESCRIPTION)).contains("Hvordan ser forløbet ud?",
				"https://sp.dk/invitation/abc");
		assertThat(start(event).toInstant()).isEqualTo(meeting.getStartsAt());
		assertThat(ics).contains("DTSTART;TZID=Europe/Copenhagen:20270930T093000\r\n",
				"DTEND;TZID=Europe/Copenhagen:20270930T160000\r\n");
		assertThat(event.getProperties(Property.DTSTAMP)).hasSize(1);
		assertThat(ics.lines()).allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length <= 75);
	}

	@Test
	void theCalendarCarriesCopenhagensTimeZoneUnderTheNameItsTimesUse() throws Exception {
		var calendar = parse(MeetingCalendar.request(plannedDay("2027-09-30T07:30:00Z", "2027-09-30T14:00:00Z"),
				ORGANIZER, ATTENDEE, "https://sp.dk/invitation/abc", NOW));
		List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
		assertThat(zones).hasSize(1);
		assertThat(zones.get(0).getTimeZoneId().getValue()).isEqualTo("Europe/Copenhagen");
		assertThat(zones.get(0).getObservances()).hasSize(2);
	}

	@Test
	void dtstartIsCopenhagenWallClockTimeOnBothSidesOfTheSummerTimeChanges() throws Exception {
		// Summer time (UTC+2) before the last Sunday of October 2027, winter time (UTC+1)
		// after.
		var summer = plannedDay("2027-10-30T07:30:00Z", "2027-10-30T14:00:00Z");
		var winter = plannedDay("2027-11-01T08:30:00Z", "2027-11-01T15:00:00Z");
		// And across the spring change on 26 March 2028.
		var beforeSpring = plannedDay("2028-03-24T08:30:00Z", "2028-03-24T15:00:00Z");
		var afterSpring = plannedDay("2028-03-27T07:30:00Z", "2028-03-27T14:00:00Z");
		for (var meeting : List.of(summer, winter, beforeSpring, afterSpring)) {
			var event = event(parse(MeetingCalendar.request(meeting, ORGANIZER, ATTENDEE, "https://sp.dk/i/x", NOW)));
			var start = start(event);
			assertThat(start.toLocalTime()).as("wall-clock start").hasToString("09:30");
			assertThat(start.toInstant()).isEqualTo(meeting.getStartsAt());
			assertThat(Copenhagen.at(start.toInstant()).toLocalTime()).hasToString("09:30");
		}
	}

	@Test
	void anUpdateKeepsTheUidAndRaisesTheSequence() throws Exception {
		var meeting = plannedDay("2027-09-30T07:30:00Z", "2027-09-30T14:00:00Z");
		var first = event(parse(MeetingCalendar.request(meeting, ORGANIZER, ATTENDEE, "https://sp.dk/i/x", NOW)));
		meeting.update(new MeetingDetails("Udviklingsdag 1", "", null, Instant.parse("2027-10-07T07:30:00Z"),
				Instant.parse("2027-10-07T14:00:00Z"), "Odense Rådhus", "Flakhaven 2, 5000 Odense C", null));
		var update = event(parse(MeetingCalendar.request(meeting, ORGANIZER, ATTENDEE, "https://sp.dk/i/x", NOW)));

		assertThat(value(update, Property.UID)).isEqualTo(value(first, Property.UID));
		assertThat(Integer.parseInt(value(update, Property.SEQUENCE)))
			.isGreaterThan(Integer.parseInt(value(first, Property.SEQUENCE)));
		assertThat(value(update, Property.LOCATION)).startsWith("Odense Rådhus");
	}

	@Test
	void theCancellationHasMethodCancelStatusCancelledAndAHigherSequence() throws Exception {
		var meeting = plannedDay("2027-09-30T07:30:00Z", "2027-09-30T14:00:00Z");
		int before = meeting.getSequence();
		meeting.cancel();
		var calendar = parse(MeetingCalendar.cancel(meeting, ORGANIZER, ATTENDEE, NOW));
		var event = event(calendar);
		assertThat(value(calendar, Property.METHOD)).isEqualTo("CANCEL");
		assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(value(event, Property.UID)).isEqualTo(meeting.getUid());
		assertThat(Integer.parseInt(value(event, Property.SEQUENCE))).isGreaterThan(before);
	}

	@Test
	void aFeedPublishesSeveralMeetingsWithTheirOwnUids() throws Exception {
		var one = plannedDay("2027-09-30T07:30:00Z", "2027-09-30T14:00:00Z");
		var two = plannedDay("2027-11-01T08:30:00Z", "2027-11-01T15:00:00Z");
		var calendar = parse(MeetingCalendar.publish("Netværk Nord", List.of(one, two), ORGANIZER, NOW));
		assertThat(value(calendar, Property.METHOD)).isEqualTo("PUBLISH");
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).extracting(e -> value(e, Property.UID)).containsExactly(one.getUid(), two.getUid());
	}

}
