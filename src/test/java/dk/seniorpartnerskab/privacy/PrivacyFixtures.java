package dk.seniorpartnerskab.privacy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dk.seniorpartnerskab.audit.AuditLog;
import dk.seniorpartnerskab.audit.AuditTarget;
import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.edition.EditionRepository;
import dk.seniorpartnerskab.edition.EditionStatus;
import dk.seniorpartnerskab.evaluation.EvaluationManagement;
import dk.seniorpartnerskab.network.Network;
import dk.seniorpartnerskab.network.NetworkAssignments;
import dk.seniorpartnerskab.network.NetworkRepository;
import dk.seniorpartnerskab.registration.Attachment;
import dk.seniorpartnerskab.registration.CollaborationForum;
import dk.seniorpartnerskab.registration.EffortStatus;
import dk.seniorpartnerskab.registration.ParticipantDetails;
import dk.seniorpartnerskab.registration.RegistrationDetails;
import dk.seniorpartnerskab.registration.RegistrationManagement;
import dk.seniorpartnerskab.registration.RegistrationRepository;
import dk.seniorpartnerskab.registration.Side;
import dk.seniorpartnerskab.review.RegistrationCriteria;
import dk.seniorpartnerskab.review.RegistrationSearch;
import dk.seniorpartnerskab.review.ReviewManagement;
import dk.seniorpartnerskab.scheduling.InvitationManagement;
import dk.seniorpartnerskab.scheduling.InvitationRepository;
import dk.seniorpartnerskab.scheduling.MeetingDetails;
import dk.seniorpartnerskab.scheduling.MeetingFigures;
import dk.seniorpartnerskab.scheduling.MeetingKind;
import dk.seniorpartnerskab.scheduling.MeetingManagement;
import dk.seniorpartnerskab.scheduling.MeetingRepository;
import dk.seniorpartnerskab.scheduling.Needs;

/**
 * Generates a whole edition through the modules' own APIs, the way staff and contacts
 * would build it over a programme year: registrations with contacts, participants from
 * both sides and an attachment, decisions, networks, a development day with invitations,
 * answers and attendance, changed participants and staff notes, and mail for all of it.
 * Every personal value it seeds is returned, so tests can look for each one in every
 * table.
 */
@Component
class PrivacyFixtures {

	static final String STAFF = "sekretariat@kl.dk";

	private final EditionRepository editions;

	private final RegistrationManagement registrationManagement;

	private final RegistrationRepository registrations;

	private final ReviewManagement review;

	private final NetworkRepository networks;

	private final NetworkAssignments assignments;

	private final MeetingManagement meetings;

	private final MeetingRepository meetingRepository;

	private final InvitationManagement invitationManagement;

	private final InvitationRepository invitations;

	private final RegistrationSearch search;

	private final Needs needs;

	private final EvaluationManagement evaluations;

	private final AuditLog auditLog;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	PrivacyFixtures(EditionRepository editions, RegistrationManagement registrationManagement,
			RegistrationRepository registrations, ReviewManagement review, NetworkRepository networks,
			NetworkAssignments assignments, MeetingManagement meetings, MeetingRepository meetingRepository,
			InvitationManagement invitationManagement, InvitationRepository invitations, RegistrationSearch search,
			Needs needs, EvaluationManagement evaluations, AuditLog auditLog, JdbcTemplate jdbc,
			TransactionTemplate tx) {
		this.editions = editions;
		this.registrationManagement = registrationManagement;
		this.registrations = registrations;
		this.review = review;
		this.networks = networks;
		this.assignments = assignments;
		this.meetings = meetings;
		this.meetingRepository = meetingRepository;
		this.invitationManagement = invitationManagement;
		this.invitations = invitations;
		this.search = search;
		this.needs = needs;
		this.evaluations = evaluations;
		this.auditLog = auditLog;
		this.jdbc = jdbc;
		this.tx = tx;
	}

	/** A person the fixtures seeded: every value is personal data. */
	record Seeded(String name, String email, String title, String phone) {

		List<String> values() {
			var values = new ArrayList<String>(List.of(name, email));
			if (phone != null) {
				values.add(phone);
			}
			return values;
		}

	}

	/** A generated edition: its id, meeting and everyone seeded in it. */
	record Generated(long editionId, long meetingId, List<Seeded> people, Map<Integer, Long> registrationIds) {

		List<String> values() {
			return people.stream().flatMap(p -> p.values().stream()).toList();
		}

	}

	/** An edition whose course runs now, registration closed. */
	Edition edition(String name) {
		var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		var edition = new Edition(name, "privacy-" + UUID.randomUUID().toString().substring(0, 8),
				"SP" + name.length());
		edition.update(name, edition.getSlug(), "SP" + (10 + name.length() % 80), "Introduktion", "Detaljer",
				now.minus(Duration.ofDays(60)), now.minus(Duration.ofDays(30)), LocalDate.now().minusDays(20),
				LocalDate.now().plusDays(300), 3, 3, null, EditionStatus.PUBLISHED);
		return tx.execute(status -> editions.save(edition));
	}

	/**
	 * Generates {@code municipalities} registrations with {@code participants} each in a
	 * new edition, plus {@code extra} participants added to the first municipality (to
	 * put one person into several editions). {@code tag} makes every seeded value unique.
	 */
	Generated generate(String tag, int municipalities, int participants, List<Seeded> extra) {
		var edition = edition("Forløb " + tag);
		long editionId = edition.getId();
		var codes = jdbc.queryForList("select code from municipality order by code limit ?", Integer.class,
				municipalities);
		var people = new ArrayList<Seeded>();
		var registrationIds = new TreeMap<Integer, Long>();
		for (int m = 0; m < codes.size(); m++) {
			int code = codes.get(m);
			var contact = new Seeded("Kontakt" + tag + m + " Kontaktsen", "kontakt." + tag + m + "@k" + code + ".dk",
					"HR-chef", "40" + String.format("%06d", Math.abs((tag + m).hashCode()) % 1_000_000));
			people.add(contact);
			var rows = new ArrayList<ParticipantDetails>();
			for (int p = 0; p < participants; p++) {
				var person = new Seeded("Deltager" + tag + m + "x" + p + " Hansen",
						"deltager." + tag + m + "x" + p + "@k" + code + ".dk", p % 2 == 0 ? "Chef" : "FTR", null);
				people.add(person);
				rows.add(new ParticipantDetails(null, person.name(), person.email(), person.title(),
						p % 2 == 0 ? Side.MANAGEMENT : Side.EMPLOYEES));
			}
			if (m == 0) {
				for (var person : extra) {
					rows.add(new ParticipantDetails(null, person.name(), person.email(), person.title(),
							Side.EMPLOYEES));
				}
			}
			var details = new RegistrationDetails(contact.name(), contact.title(), contact.email(), contact.phone(),
					EffortStatus.STARTED, "Seniorsamtaler fra 58 år. Spørg " + contact.name() + ".",
					Set.of(CollaborationForum.HOVED_MED), "Drøftet i HovedMED med " + contact.name() + ".");
			var attachment = new Attachment("seniorpolitik.pdf", "application/pdf",
					("%PDF-1.4 Seniorpolitik, kontakt " + contact.name()).getBytes(StandardCharsets.UTF_8));
			var submission = registrationManagement.submitOnBehalf(editionId, code, details, rows, List.of(attachment),
					UUID.randomUUID().toString(), STAFF);
			registrationIds.put(code, submission.registrationId());
		}
		var network = tx.execute(status -> networks.save(new Network(editionId, "Netværk " + tag, "", 50, null)));
		for (var id : registrationIds.values()) {
			review.approve(id, registrations.findById(id).orElseThrow().getVersion(), STAFF);
			assignments.assign(id, network.getId(), null, STAFF);
		}
		// Contacts change a participant's name; staff note a phone call; a module writes
		// a
		// name into the audit log's free text.
		long first = registrationIds.values().iterator().next();
		var firstContact = people.get(0);
		review.addNote(first, "Ringede til " + firstContact.name() + " om deltagerne.", STAFF);
		auditLog.record(STAFF, "test.call", AuditTarget.of("registration", first), null, null,
				"Talte med " + firstContact.name() + " (" + firstContact.email() + ")");
		var start = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofDays(3));
		var meeting = meetings.create(editionId, network.getId(), MeetingKind.DEVELOPMENT_DAY,
				new MeetingDetails("Udviklingsdag " + tag, "Hvordan ser forløbet ud?", null, start,
						start.plus(Duration.ofHours(6)), "KL-huset", "Weidekampsgade 10, 2300 København S", null),
				true);
		invitationManagement.send(meeting.getId());
		// Every second invited says yes; the day is held and those who said yes came,
		// but one.
		var invited = invitations.findByMeeting(meeting.getId());
		var came = new HashSet<Long>();
		for (int i = 0; i < invited.size(); i++) {
			if (i % 2 == 0) {
				jdbc.update("update invitation set answer = 'ATTENDING', answered_at = now() where id = ?",
						invited.get(i).getId());
				if (i > 0) {
					came.add(invited.get(i).getId());
				}
			}
		}
		// Those who say yes give dietary needs; the day was held two days ago.
		for (var invitation : invited) {
			if (came.contains(invitation.getId())) {
				needs.record(invitation.getId(), "Vegetar, spørg " + invitation.getName());
			}
		}
		jdbc.update("update meeting set starts_at = now() - interval '2 days', "
				+ "ends_at = now() - interval '2 days' + interval '6 hours' where id = ?", meeting.getId());
		invitationManagement.markAttendance(meeting.getId(), came);
		// Those who came get an evaluation and answer it: ratings, and a text naming
		// themselves.
		evaluations.sendDue();
		var tokens = jdbc.queryForList("""
				select substring(text_body from '/evaluering/([A-Za-z0-9_-]{43})') from outgoing_mail
				where kind = 'EVALUATION' and text_body like '%/evaluering/%'""", String.class);
		var questions = evaluations.questions(editionId);
		for (int t = 0; t < tokens.size(); t++) {
			var ratings = new HashMap<Long, Integer>();
			var texts = new HashMap<Long, String>();
			for (var question : questions) {
				if (question.isRating()) {
					ratings.put(question.getId(), 1 + (t + question.getPosition()) % 5);
				}
				else {
					texts.put(question.getId(), "Godt samarbejde med " + people.get(t % people.size()).name());
				}
			}
			evaluations.answer(tokens.get(t), ratings, texts);
		}
		return new Generated(editionId, meeting.getId(), people, registrationIds);
	}

	/** Moves the edition's course so that it ended {@code daysAgo} days ago. */
	void courseEnded(long editionId, int daysAgo) {
		jdbc.update(
				"""
						update edition set course_start = current_date - ?, course_end = current_date - ?,
						registration_opens = now() - make_interval(days => ?), registration_closes = now() - make_interval(days => ?)
						where id = ?""",
				daysAgo + 300, daysAgo, daysAgo + 400, daysAgo + 350, editionId);
	}

	/**
	 * What the programme reports on for an edition, without identity: per municipality
	 * its status, network and participants per side; per meeting its figures (invited,
	 * answers, attendance).
	 */
	Map<String, Object> report(long editionId) {
		var criteria = new RegistrationCriteria(editionId, null, null, null, null, null, "municipality", false);
		var report = new TreeMap<String, Object>();
		for (var row : search.all(criteria)) {
			report.put("registration " + row.municipality(),
					row.reference() + " " + row.status() + " " + row.networkName());
		}
		for (var row : search.participants(criteria)) {
			report.merge("participants " + row.municipality() + " " + row.side(), 1, (a, b) -> (int) a + (int) b);
		}
		report.put("statuses", search.countsByStatus(criteria).toString());
		for (var meeting : meetingRepository.findByEdition(editionId)) {
			var results = evaluations.results(editionId, List.of(meeting.getId()));
			report.put("evaluation " + meeting.getTitle(),
					results.sent() + " sent, " + results.answered() + " answered");
			for (var question : results.questions()) {
				if (question.question().isRating()) {
					report.put("evaluation " + meeting.getTitle() + " " + question.question().getPosition(),
							Arrays.toString(question.counts()) + " " + question.average());
				}
			}
			report.put("meeting " + meeting.getTitle(), MeetingFigures.of(invitations.findByMeeting(meeting.getId())));
			report.put("meeting " + meeting.getTitle() + " per municipality",
					MeetingFigures.perMunicipality(invitations.findByMeeting(meeting.getId())));
		}
		return report;
	}

	/** The addresses of the seeded people, lower-cased. */
	static Set<String> emails(List<Seeded> people) {
		return people.stream().map(p -> p.email().toLowerCase()).collect(Collectors.toCollection(LinkedHashSet::new));
	}

}
