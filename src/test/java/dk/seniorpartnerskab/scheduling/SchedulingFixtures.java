package dk.seniorpartnerskab.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dk.seniorpartnerskab.network.Network;
import dk.seniorpartnerskab.network.NetworkRepository;
import dk.seniorpartnerskab.registration.CollaborationForum;
import dk.seniorpartnerskab.registration.EffortStatus;
import dk.seniorpartnerskab.registration.ParticipantDetails;
import dk.seniorpartnerskab.registration.Registration;
import dk.seniorpartnerskab.registration.RegistrationDetails;
import dk.seniorpartnerskab.registration.RegistrationStatus;
import dk.seniorpartnerskab.registration.RegistrationRepository;
import dk.seniorpartnerskab.registration.Side;

/**
 * Builders for scheduling tests: approved registrations with participants, meetings, and
 * the mails sent.
 */
@Component
public class SchedulingFixtures {

	private static final Pattern LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]{43})");

	private final RegistrationRepository registrations;

	private final MeetingRepository meetings;

	private final MeetingManagement meetingManagement;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final NetworkRepository networks;

	SchedulingFixtures(RegistrationRepository registrations, MeetingRepository meetings,
			MeetingManagement meetingManagement, JdbcTemplate jdbc, TransactionTemplate tx,
			NetworkRepository networks) {
		this.networks = networks;
		this.registrations = registrations;
		this.meetings = meetings;
		this.meetingManagement = meetingManagement;
		this.jdbc = jdbc;
		this.tx = tx;
	}

	public long network(long editionId, String name) {
		return networks.save(new Network(editionId, name, "", 20, null)).getId();
	}

	/**
	 * A registration of {@code municipalityCode} with participants named {@code names},
	 * approved if asked.
	 */
	public Registration registration(long editionId, int municipalityCode, Long networkId, boolean approved,
			String... names) {
		return tx.execute(status -> {
			var participants = new ArrayList<ParticipantDetails>();
			for (int i = 0; i < names.length; i++) {
				participants.add(new ParticipantDetails(null, names[i], email(names[i], municipalityCode),
						"HR-konsulent", i % 2 == 0 ? Side.MANAGEMENT : Side.EMPLOYEES));
			}
			var details = new RegistrationDetails("Kontakt " + municipalityCode, "HR-chef",
					"kontakt" + municipalityCode + "@kommune.dk", null, EffortStatus.STARTED,
					"Seniorsamtaler fra 58 år", Set.of(CollaborationForum.HOVED_MED), "Drøftet i HovedMED");
			var registration = new Registration(editionId, municipalityCode, "SP27-" + municipalityCode,
					RegistrationStatus.RECEIVED, details, participants, List.of(), UUID.randomUUID().toString(),
					UUID.randomUUID().toString(), Instant.now());
			if (approved) {
				registration.approve("test", Instant.now());
				if (networkId != null) {
					registration.assignToNetwork(networkId, "test", Instant.now());
				}
			}
			return registrations.save(registration);
		});
	}

	/** Adds a participant to a registration, as the contact would on the private page. */
	public void addParticipant(long registrationId, String name, int municipalityCode) {
		tx.executeWithoutResult(status -> {
			var registration = registrations.findById(registrationId).orElseThrow();
			var wanted = new ArrayList<ParticipantDetails>();
			registration.getParticipants()
				.forEach(p -> wanted
					.add(new ParticipantDetails(p.getId(), p.getName(), p.getEmail(), p.getTitle(), p.getSide())));
			wanted.add(new ParticipantDetails(null, name, email(name, municipalityCode), "TR", Side.EMPLOYEES));
			registration.changeParticipants(wanted, "test", Instant.now());
		});
	}

	public static String email(String name, int municipalityCode) {
		return name.toLowerCase().replace(' ', '.') + "@k" + municipalityCode + ".dk";
	}

	/**
	 * A planned development day {@code daysAhead} days from now (negative: in the past),
	 * 09:30-16:00.
	 */
	public Meeting plannedDay(long editionId, Long networkId, int daysAhead) {
		var start = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofDays(daysAhead));
		return meetingManagement.create(editionId, networkId, MeetingKind.DEVELOPMENT_DAY,
				new MeetingDetails("Udviklingsdag 1", "Hvordan ser forløbet ud?", null, start,
						start.plus(Duration.ofHours(6)), "KL-huset", "Weidekampsgade 10, 2300 København S", null),
				true);
	}

	public Meeting webinar(long editionId, int daysAhead) {
		var start = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofDays(daysAhead));
		return meetingManagement.create(editionId, null, MeetingKind.WEBINAR,
				new MeetingDetails("Webinar om implementering", "", null, start, start.plus(Duration.ofHours(1)), null,
						null, "https://meet.example.dk/webinar"),
				true);
	}

	public Meeting reload(Meeting meeting) {
		return meetings.findById(meeting.getId()).orElseThrow();
	}

	/** A mail in the outbox, as the tests see it. */
	public record SentMail(long id, String to, String kind, String subject, String text, String ics) {

		public String token() {
			var matcher = LINK.matcher(text);
			return matcher.find() ? matcher.group(1) : null;
		}

	}

	public List<SentMail> mails(String kind) {
		return jdbc.query(
				"""
						select m.id, m.recipient, m.kind, m.subject, m.text_body,
						(select convert_from(a.content, 'UTF8') from outgoing_mail_attachment a where a.mail_id = m.id limit 1) ics
						from outgoing_mail m where m.kind = ? order by m.id""",
				(rs, n) -> new SentMail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6)),
				kind);
	}

	public SentMail lastMailTo(String recipient) {
		return jdbc
			.query("""
					select m.id, m.recipient, m.kind, m.subject, m.text_body,
					(select convert_from(a.content, 'UTF8') from outgoing_mail_attachment a where a.mail_id = m.id limit 1) ics
					from outgoing_mail m where lower(m.recipient) = lower(?) order by m.id desc limit 1""",
					(rs, n) -> new SentMail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getString(6)),
					recipient)
			.stream()
			.findFirst()
			.orElseThrow();
	}

}
