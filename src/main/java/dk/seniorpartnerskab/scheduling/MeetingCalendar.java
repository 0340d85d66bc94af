package dk.seniorpartnerskab.scheduling;

import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;

import dk.seniorpartnerskab.web.Copenhagen;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;
import net.fortuna.ical4j.model.ComponentList;

/**
 * Builds the {@code .ics} for meetings (pure; no Spring, no I/O). Times are written with
 * {@code TZID=Europe/Copenhagen} and a VTIMEZONE from ical4j's registry, so calendar
 * programs show the Danish time also across summer-time changes. The UID is the meeting's
 * and SEQUENCE its counter: an update or a cancellation replaces the entry a calendar
 * already has.
 */
public final class MeetingCalendar {

	static final String PRODUCT = "-//KL og Forhandlingsfællesskabet//Seniorpartnerskabet//DA";

	private static final String TZID = Copenhagen.ZONE.getId();

	private static final VTimeZone COPENHAGEN = copenhagenTimeZone();

	/** Someone in the invitation: the organizer or an attendee. */
	public record Person(String name, String email) {
	}

	private MeetingCalendar() {
	}

	/**
	 * METHOD:REQUEST for one attendee: the invitation, or an update after a change of
	 * time or place (same UID, the meeting's current SEQUENCE).
	 */
	public static String request(Meeting meeting, Person organizer, Person attendee, String answerLink, Instant now) {
		return request(meeting, organizer, attendee, answerLink, now, Answer.PENDING);
	}

	/**
	 * METHOD:REQUEST carrying the attendee's answer ({@code PARTSTAT=ACCEPTED} or
	 * {@code DECLINED}), e.g. the file downloaded from the answer page after answering.
	 */
	public static String request(Meeting meeting, Person organizer, Person attendee, String answerLink, Instant now,
			Answer answer) {
		var event = event(meeting, organizer, now, answerLink);
		event.add(attendee(attendee, switch (answer) {
			case ATTENDING -> PartStat.ACCEPTED;
			case DECLINED -> PartStat.DECLINED;
			case PENDING -> PartStat.NEEDS_ACTION;
		}));
		event.add(new Status(Status.VALUE_CONFIRMED));
		return calendar(Method.VALUE_REQUEST, List.of(event));
	}

	/**
	 * METHOD:CANCEL with STATUS:CANCELLED and the raised SEQUENCE, so the entry
	 * disappears.
	 */
	public static String cancel(Meeting meeting, Person organizer, Person attendee, Instant now) {
		var event = event(meeting, organizer, now, null);
		event.add(attendee(attendee, PartStat.NEEDS_ACTION));
		event.add(new Status(Status.VALUE_CANCELLED));
		return calendar(Method.VALUE_CANCEL, List.of(event));
	}

	/** METHOD:PUBLISH with several meetings, for a subscription feed (no attendees). */
	public static String publish(String name, List<Meeting> meetings, Person organizer, Instant now) {
		var events = meetings.stream().filter(m -> m.getStartsAt() != null).map(m -> {
			var event = event(m, organizer, now, null);
			event.add(new Status(m.isCancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
			return event;
		}).toList();
		var calendar = calendarObject(Method.VALUE_PUBLISH, events);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new XProperty("X-WR-TIMEZONE", TZID));
		return write(calendar);
	}

	private static VEvent event(Meeting meeting, Person organizer, Instant now, String answerLink) {
		if (meeting.getStartsAt() == null || meeting.getEndsAt() == null) {
			throw new IllegalArgumentException("Meeting " + meeting.getId() + " has no time yet");
		}
		ZonedDateTime start = meeting.getStartsAt().atZone(Copenhagen.ZONE);
		ZonedDateTime end = meeting.getEndsAt().atZone(Copenhagen.ZONE);
		var event = new VEvent(start, end, meeting.getTitle());
		event.add(new Uid(meeting.getUid()));
		event.add(new Sequence(meeting.getSequence()));
		event.replace(new DtStamp(now.truncatedTo(ChronoUnit.SECONDS)));
		event.add(new Organizer(new ParameterList(List.of(new Cn(organizer.name()))),
				URI.create("mailto:" + organizer.email())));
		String location = meeting.getLocation();
		if (location != null) {
			event.add(new Location(location));
		}
		String description = meeting.getTheme();
		if (answerLink != null) {
			description = (description.isBlank() ? "" : description + "\n\n") + "Svar på invitationen: " + answerLink;
			event.add(new Url(URI.create(answerLink)));
		}
		else if (!meeting.getKind().isPhysical() && meeting.getOnlineLink() != null) {
			event.add(new Url(URI.create(meeting.getOnlineLink())));
		}
		if (!description.isBlank()) {
			event.add(new Description(description));
		}
		return event;
	}

	private static Attendee attendee(Person person, PartStat status) {
		var parameters = new ParameterList(
				List.of(new Cn(person.name()), Role.REQ_PARTICIPANT, status, new Rsvp(false)));
		return new Attendee(parameters, URI.create("mailto:" + person.email()));
	}

	private static String calendar(String method, List<VEvent> events) {
		return write(calendarObject(method, events));
	}

	/**
	 * Written with line folding at 75 octets, as RFC 5545 requires and strict clients
	 * expect.
	 */
	private static String write(Calendar calendar) {
		var out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	private static Calendar calendarObject(String method, List<VEvent> events) {
		var calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(new Version(new ParameterList(), Version.VALUE_2_0));
		calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
		calendar.add(new Method(method));
		calendar.add(COPENHAGEN.copy());
		events.forEach(calendar::add);
		return calendar;
	}

	/**
	 * Copenhagen's VTIMEZONE from ical4j's registry, named as our DTSTART parameters name
	 * it (the tz database now links Copenhagen to Berlin, so the registry calls it
	 * Europe/Berlin), and limited to the rules in force since 1996: all Outlook needs for
	 * meetings now, a fraction of the full history.
	 */
	private static VTimeZone copenhagenTimeZone() {
		var registry = TimeZoneRegistryFactory.getInstance().createRegistry();
		VTimeZone full = registry.getTimeZone(TZID).getVTimeZone().copy();
		full.replace(new TzId(TZID));
		List<Observance> current = full.getObservances().stream().filter(MeetingCalendar::isCurrentRule).toList();
		var zone = new VTimeZone(new ComponentList<>(current));
		zone.add(new TzId(TZID));
		return zone;
	}

	private static boolean isCurrentRule(Observance observance) {
		return observance.<RRule<?>>getProperty(Property.RRULE)
			.map(rule -> rule.getRecur().getUntil() == null)
			.orElse(false);
	}

}
