package dk.seniorpartnerskab.scheduling;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.seniorpartnerskab.web.DanishOrder;
import dk.seniorpartnerskab.mail.MailOutbox;
import dk.seniorpartnerskab.municipality.Municipality;
import dk.seniorpartnerskab.municipality.MunicipalityRepository;
import dk.seniorpartnerskab.network.Network;
import dk.seniorpartnerskab.network.NetworkRepository;
import dk.seniorpartnerskab.registration.Participant;
import dk.seniorpartnerskab.registration.Registration;
import dk.seniorpartnerskab.registration.RegistrationRepository;
import dk.seniorpartnerskab.registration.RegistrationStatus;
import dk.seniorpartnerskab.registration.Side;
import dk.seniorpartnerskab.web.SecretTokens;

/**
 * InvitationRepository: who is invited to a meeting, sending (only to those not yet
 * invited), answers through the private link, and substitutes.
 */
@Service
public class InvitationManagement {

	private static final Logger log = LoggerFactory.getLogger(InvitationManagement.class);

	private final MeetingRepository meetings;

	private final InvitationRepository invitations;

	private final RegistrationRepository registrations;

	private final InvitationMails mails;

	private final Clock clock;

	private final NetworkRepository networks;

	private final Needs needs;

	private final MunicipalityRepository municipalities;

	private final JdbcTemplate jdbc;

	InvitationManagement(MeetingRepository meetings, InvitationRepository invitations,
			RegistrationRepository registrations, InvitationMails mails, NetworkRepository networks, Needs needs,
			MunicipalityRepository municipalities, Clock clock, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.networks = networks;
		this.needs = needs;
		this.municipalities = municipalities;
		this.meetings = meetings;
		this.invitations = invitations;
		this.registrations = registrations;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Staff sent a failed mail with an answer link again ("Send igen" in the mail log):
	 * the invitation goes out anew with a fresh link in place of mail
	 * {@code failedMailId}, the old link stops working. Nothing when the invitation was
	 * withdrawn or can no longer be answered (meeting cancelled or begun): a link then
	 * serves no one.
	 */
	@Transactional
	public void sendNewLink(long invitationId, long failedMailId) {
		var invitation = invitations.findById(invitationId).orElse(null);
		var meeting = invitation == null ? null : meetings.findById(invitation.getMeetingId()).orElse(null);
		if (meeting == null || !invitation.canAnswer(meeting, clock.instant())) {
			log.info("No new link for failed mail {}: invitation {} is gone or can no longer be answered", failedMailId,
					invitationId);
			return;
		}
		mails.again(meeting, invitation, failedMailId);
		log.info("Invitation {} sent again with a new link in place of failed mail {}", invitationId, failedMailId);
	}

	/**
	 * "Send invitationer": invites every participant of the approved registrations in the
	 * meeting's network (or in the whole edition) who is not invited yet. Sending again
	 * invites only those added since. Returns how many were invited now.
	 */
	@Transactional
	public int send(long meetingId) {
		var meeting = meetings.findById(meetingId).orElseThrow();
		if (!meeting.isPlanned() || meeting.hasStarted(clock.instant())) {
			throw new IllegalStateException("Meeting " + meetingId + " is not planned ahead");
		}
		var invited = new Invited(invitations.findByMeeting(meetingId));
		int sent = 0;
		for (Registration registration : eligible(meeting)) {
			sent += invite(meeting, registration, invited);
		}
		log.info("Meeting {}: {} invitation(s) sent", meetingId, sent);
		return sent;
	}

	/** A meeting's invitations so far, by participant and by e-mail address. */
	private static final class Invited {

		private final Map<Long, Invitation> byParticipant = new HashMap<>();

		private final Map<String, Invitation> byEmail = new HashMap<>();

		Invited(List<Invitation> invitations) {
			invitations.forEach(this::add);
		}

		void add(Invitation invitation) {
			if (invitation.getParticipantId() != null) {
				byParticipant.put(invitation.getParticipantId(), invitation);
			}
			byEmail.put(key(invitation.getEmail()), invitation);
		}

		Optional<Invitation> find(Participant participant) {
			return Optional.ofNullable(byParticipant.get(participant.getId()))
				.or(() -> Optional.ofNullable(byEmail.get(key(participant.getEmail()))));
		}

	}

	/**
	 * Invites the registration's participants not invited yet (again, if they were
	 * withdrawn).
	 */
	private int invite(Meeting meeting, Registration registration, Invited invited) {
		int sent = 0;
		for (var participant : registration.getParticipants()) {
			if (participant.isErased()) {
				continue;
			}
			var existing = invited.find(participant);
			if (existing.isPresent() && existing.get().isActive()) {
				continue;
			}
			String token = SecretTokens.newToken();
			Invitation invitation;
			if (existing.isPresent()) {
				invitation = existing.get();
				invitation.reinstate(SecretTokens.hash(token), meeting, clock.instant());
			}
			else {
				invitation = invitations.save(new Invitation(meeting, registration.getId(), participant.getId(),
						registration.getMunicipalityCode(), participant.getName(), participant.getEmail(),
						SecretTokens.hash(token), clock.instant()));
				invited.add(invitation);
			}
			mails.invitation(meeting, invitation, token);
			sent++;
		}
		return sent;
	}

	/**
	 * A municipality was placed in a network, moved to another, or taken out of one: its
	 * invitations are brought in step (see {@link #sync}) and its contact gets one mail
	 * with the network, the other municipalities in it, its activities ahead and what
	 * happened to the invitations. When the registration has moved on since (a later
	 * move's event follows), only the invitations are brought in step.
	 */
	@Transactional
	public void municipalityMoved(long registrationId, Long fromNetworkId, Long toNetworkId) {
		var registration = registrations.findById(registrationId).orElse(null);
		if (registration == null) {
			return;
		}
		var changes = sync(registration);
		if (!Objects.equals(registration.getNetworkId(), toNetworkId)
				|| (toNetworkId != null && registration.getStatus() != RegistrationStatus.APPROVED)) {
			return;
		}
		mails.placement(registration, fromNetworkId != null, placement(registration), changes.withdrawn(),
				changes.invited());
		log.info("Registration {} moved from network {} to {}: {} invitation(s) withdrawn, {} sent", registrationId,
				fromNetworkId, toNetworkId, changes.withdrawn(), changes.invited());
	}

	/**
	 * A registration was withdrawn, rejected or moved to the waiting list: its future
	 * invitations are withdrawn with a cancellation (so no reminder goes out either) and,
	 * when there were any, its contact gets one mail saying so. Past meetings stay as
	 * history.
	 */
	@Transactional
	public void registrationLeft(long registrationId, LeaveReason reason) {
		var registration = registrations.findById(registrationId).orElse(null);
		if (registration == null) {
			return;
		}
		var changes = sync(registration);
		if (changes.withdrawn() > 0) {
			mails.left(registration, reason, changes.cancelled());
		}
		log.info("Registration {} left ({}): {} invitation(s) withdrawn", registrationId, reason, changes.withdrawn());
	}

	/**
	 * Participants were added or removed: removed ones' future invitations are cancelled,
	 * added ones are invited to the meetings ahead that have had invitations sent.
	 */
	@Transactional
	public void participantsChanged(long registrationId) {
		registrations.findById(registrationId).ifPresent(registration -> {
			var changes = sync(registration);
			log.info("Registration {} changed participants: {} invitation(s) withdrawn, {} sent", registrationId,
					changes.withdrawn(), changes.invited());
		});
	}

	/**
	 * Why a registration stopped taking part; names the sentence in the contact's mail.
	 */
	public enum LeaveReason {

		WITHDRAWN, REJECTED, WAITING_LIST

	}

	/**
	 * What {@link #sync} did: the meetings whose invitations were cancelled, and how many
	 * were sent.
	 */
	record Changes(List<Meeting> cancelled, int withdrawn, int invited) {

	}

	/**
	 * Brings a registration's invitations to meetings ahead in step with what it is now:
	 * an invitation stays when the registration is approved, the meeting is for the whole
	 * edition or its network, and the person is still a participant (or a substitute one
	 * named); every other one is withdrawn with a cancellation. The participants of an
	 * approved registration not invited yet to a meeting ahead that has had invitations
	 * sent are invited. Running it twice changes nothing the second time, so an event
	 * delivered again does no harm. Past and started meetings are never touched.
	 */
	Changes sync(Registration registration) {
		var now = clock.instant();
		boolean takesPart = registration.getStatus() == RegistrationStatus.APPROVED;
		var participantIds = registration.getParticipants().stream().map(Participant::getId).toList();
		var cancelled = new LinkedHashMap<Long, Meeting>();
		int withdrawn = 0;
		for (var invitation : invitations.findActiveByRegistration(registration.getId())) {
			var meeting = meetings.findById(invitation.getMeetingId()).orElseThrow();
			if (!meeting.isPlanned() || meeting.hasStarted(now)) {
				continue;
			}
			boolean belongs = takesPart
					&& (meeting.isForWholeEdition()
							|| Objects.equals(meeting.getNetworkId(), registration.getNetworkId()))
					&& (invitation.getParticipantId() == null
							|| participantIds.contains(invitation.getParticipantId()));
			if (!belongs) {
				if (meeting.getSequence() <= invitation.getSentSequence()) {
					meeting.raiseSequence();
				}
				invitation.withdraw(now);
				mails.cancellation(meeting, invitation);
				cancelled.putIfAbsent(meeting.getId(), meeting);
				withdrawn++;
			}
		}
		int invitedNow = 0;
		if (takesPart) {
			for (var meeting : meetings.findPlannedFor(registration.getEditionId(), registration.getNetworkId(), now)) {
				if (invitations.existsByMeetingId(meeting.getId())) {
					invitedNow += invite(meeting, registration,
							new Invited(invitations.findByMeeting(meeting.getId())));
				}
			}
		}
		return new Changes(List.copyOf(cancelled.values()), withdrawn, invitedNow);
	}

	/**
	 * The network a registration is in now, the other municipalities in it and its
	 * activities ahead.
	 */
	private InvitationMails.Placement placement(Registration registration) {
		Long networkId = registration.getNetworkId();
		if (networkId == null) {
			return new InvitationMails.Placement(null, List.of(), List.of());
		}
		String name = networks.findById(networkId).map(Network::getName).orElse(null);
		var others = DanishOrder.sorted(registrations.findByNetworkId(networkId)
			.stream()
			.filter(r -> !r.getId().equals(registration.getId()) && r.getStatus() == RegistrationStatus.APPROVED)
			.map(r -> municipalities.findByCode(r.getMunicipalityCode()).map(Municipality::getName).orElse(""))
			.toList(), Function.identity());
		var ahead = meetings.findPlannedFor(registration.getEditionId(), networkId, clock.instant());
		return new InvitationMails.Placement(name, others, ahead);
	}

	/** How many would be invited by {@link #send} now. */
	@Transactional(readOnly = true)
	public int notYetInvited(long meetingId) {
		var meeting = meetings.findById(meetingId).orElseThrow();
		var invited = new Invited(invitations.findByMeeting(meetingId).stream().filter(Invitation::isActive).toList());
		int count = 0;
		for (Registration registration : eligible(meeting)) {
			for (var participant : registration.getParticipants()) {
				if (!participant.isErased() && invited.find(participant).isEmpty()) {
					count++;
				}
			}
		}
		return count;
	}

	/**
	 * The approved registrations a meeting is for: its network's, or the edition's for a
	 * meeting of the whole edition.
	 */
	private List<Registration> eligible(Meeting meeting) {
		return meeting.isForWholeEdition()
				? registrations.findByEditionIdAndStatusOrderBySubmittedAt(meeting.getEditionId(),
						RegistrationStatus.APPROVED)
				: registrations.findByEditionIdAndNetworkIdAndStatusOrderBySubmittedAt(meeting.getEditionId(),
						meeting.getNetworkId(), RegistrationStatus.APPROVED);
	}

	/** The invitation behind a private link, if the token is one. */
	@Transactional(readOnly = true)
	public Optional<Invitation> findByToken(String token) {
		if (!SecretTokens.plausible(token)) {
			return Optional.empty();
		}
		return invitations.findByTokenHash(SecretTokens.hash(token));
	}

	/**
	 * An old link, replaced by a newer mail: sends the invitation again with the newest
	 * link, to the invited address only (never shown). False when the link was never one
	 * of ours or its invitation can no longer be answered.
	 */
	@Transactional
	public boolean sendNewestLink(String oldToken) {
		var invitation = replaced(oldToken).orElse(null);
		var meeting = invitation == null ? null : meetings.findById(invitation.getMeetingId()).orElse(null);
		if (meeting == null || !invitation.canAnswer(meeting, clock.instant())) {
			return false;
		}
		mails.newest(meeting, invitation);
		log.info("Invitation {}: the newest link sent again on request from an old link", invitation.getId());
		return true;
	}

	/** Whether this is an old link of an invitation that can still be answered. */
	@Transactional(readOnly = true)
	public boolean canSendNewestLink(String oldToken) {
		return replaced(oldToken)
			.flatMap(invitation -> meetings.findById(invitation.getMeetingId())
				.map(meeting -> invitation.canAnswer(meeting, clock.instant())))
			.orElse(false);
	}

	private Optional<Invitation> replaced(String oldToken) {
		if (!SecretTokens.plausible(oldToken)) {
			return Optional.empty();
		}
		return jdbc
			.queryForList("select invitation_id from invitation_replaced_token where token_hash = ?", Long.class,
					SecretTokens.hash(oldToken))
			.stream()
			.findFirst()
			.flatMap(invitations::findById);
	}

	/** "Jeg deltager" or "Jeg deltager ikke", changeable until the meeting starts. */
	@Transactional
	public Invitation answer(String token, Answer answer) {
		return answer(token, answer, null);
	}

	/**
	 * The answer with the dietary and access needs given with it (physical meetings only;
	 * kept only with "Jeg deltager").
	 */
	@Transactional
	public Invitation answer(String token, Answer answer, String needs) {
		var invitation = findByToken(token).orElseThrow();
		var meeting = meetings.findById(invitation.getMeetingId()).orElseThrow();
		invitation.answer(answer, meeting, clock.instant());
		var saved = invitations.saveAndFlush(invitation);
		this.needs.record(saved.getId(), answer == Answer.ATTENDING && meeting.getKind().isPhysical() ? needs : null);
		return saved;
	}

	/**
	 * Someone who said yes to a meeting, with the title and side they registered with
	 * (none for a substitute).
	 */
	public record Attendee(Invitation invitation, String title, Side side) {
	}

	/** Everyone who answered "Jeg deltager", for the printed list and badges. */
	@Transactional(readOnly = true)
	public List<Attendee> attendees(long meetingId) {
		var registrationsById = new HashMap<Long, Registration>();
		var attendees = new ArrayList<Attendee>();
		for (var invitation : invitations.findActiveByMeeting(meetingId)) {
			if (invitation.getAnswer() != Answer.ATTENDING) {
				continue;
			}
			var registration = registrationsById.computeIfAbsent(invitation.getRegistrationId(),
					id -> registrations.findById(id).orElse(null));
			var participant = registration == null || invitation.getParticipantId() == null ? null
					: registration.getParticipants()
						.stream()
						.filter(p -> invitation.getParticipantId().equals(p.getId()))
						.findFirst()
						.orElse(null);
			attendees.add(new Attendee(invitation, participant == null ? "" : participant.getTitle(),
					participant == null ? null : participant.getSide()));
		}
		return attendees;
	}

	/** One of a person's meetings on their personal page. */
	public record PersonalLine(Invitation invitation, Meeting meeting, boolean canAnswer) {
	}

	/**
	 * A person's personal page, from any of their invitation links: every meeting of the
	 * edition they are invited to (by e-mail address), by date.
	 */
	@Transactional(readOnly = true)
	public List<PersonalLine> personalPage(String token) {
		var own = findByToken(token).orElseThrow();
		long editionId = meetings.findById(own.getMeetingId()).orElseThrow().getEditionId();
		var now = clock.instant();
		return invitations.findActiveByEmail(own.getEmail())
			.stream()
			.map(i -> meetings.findById(i.getMeetingId())
				.filter(m -> m.getEditionId() == editionId)
				.map(m -> new PersonalLine(i, m, i.canAnswer(m, now)))
				.orElse(null))
			.filter(Objects::nonNull)
			.filter(line -> !line.meeting().getStatus().equals(MeetingStatus.DRAFT))
			.sorted(Comparator.comparing((PersonalLine line) -> line.meeting().getStartsAt(),
					Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	/**
	 * One of the person's own invitations (found from their link), or empty when the id
	 * is not theirs.
	 */
	@Transactional(readOnly = true)
	public Optional<PersonalLine> personalLine(String token, long invitationId) {
		return personalPage(token).stream().filter(l -> l.invitation().getId() == invitationId).findFirst();
	}

	/** Answers one of the person's own invitations from the personal page. */
	@Transactional
	public void answerOwn(String token, long invitationId, Answer answer) {
		var line = personalLine(token, invitationId).orElseThrow();
		var invitation = invitations.findById(line.invitation().getId()).orElseThrow();
		invitation.answer(answer, line.meeting(), clock.instant());
		if (answer != Answer.ATTENDING) {
			needs.record(invitation.getId(), null);
		}
	}

	/**
	 * The invited person cannot come and names a colleague from the same municipality,
	 * who is invited in their place; the person's own answer becomes "Jeg deltager ikke".
	 * One substitute per invitation: naming another withdraws the previous one's
	 * invitation (with a cancellation), so a link cannot invite a crowd (a partial unique
	 * index backs this).
	 */
	@Transactional
	public Invitation nameSubstitute(String token, String name, String email) {
		var invitation = findByToken(token).orElseThrow();
		var meeting = meetings.findById(invitation.getMeetingId()).orElseThrow();
		if (!invitation.canAnswer(meeting, clock.instant())) {
			throw new IllegalStateException("Invitation " + invitation.getId() + " cannot be answered now");
		}
		boolean alreadyInvited = invitations.findByMeeting(meeting.getId())
			.stream()
			.anyMatch(i -> key(i.getEmail()).equals(key(email)));
		if (alreadyInvited) {
			throw new AlreadyInvitedException();
		}
		invitations.findBySubstituteForIdAndWithdrawnAtIsNull(invitation.getId()).ifPresent(previous -> {
			previous.withdraw(clock.instant());
			mails.cancellation(meeting, previous);
			invitations.saveAndFlush(previous);
			log.info("Invitation {} replaced its substitute invitation {}", invitation.getId(), previous.getId());
		});
		invitation.answer(Answer.DECLINED, meeting, clock.instant());
		String substituteToken = SecretTokens.newToken();
		var substitute = invitations
			.save(invitation.substitute(meeting, name, email, SecretTokens.hash(substituteToken), clock.instant()));
		mails.invitation(meeting, substitute, substituteToken);
		log.info("Invitation {} named substitute invitation {}", invitation.getId(), substitute.getId());
		return substitute;
	}

	/**
	 * Marks attendance for a whole list at once: those in {@code came} came, every other
	 * active invitation of the meeting did not. Only once the meeting has started.
	 */
	@Transactional
	public void markAttendance(long meetingId, Set<Long> came) {
		var meeting = meetings.findById(meetingId).orElseThrow();
		for (var invitation : invitations.findActiveByMeeting(meetingId)) {
			invitation.markAttendance(came.contains(invitation.getId()), meeting, clock.instant());
		}
	}

	/**
	 * "Markér alle, der sagde ja, som mødt": every active invitation answered "Jeg
	 * deltager" is marked as having come; the rest are left as they are, for staff to
	 * correct by hand. Returns how many were marked.
	 */
	@Transactional
	public int markAttendingAsAttended(long meetingId) {
		var meeting = meetings.findById(meetingId).orElseThrow();
		int marked = 0;
		for (var invitation : invitations.findActiveByMeeting(meetingId)) {
			if (invitation.getAnswer() == Answer.ATTENDING) {
				invitation.markAttendance(true, meeting, clock.instant());
				marked++;
			}
		}
		log.info("Meeting {}: {} who said yes marked as attended", meetingId, marked);
		return marked;
	}

	/**
	 * A message from staff to a group of the meeting's invited (e.g. an evaluation only
	 * to those who came), one mail each through the outbox. Returns how many were
	 * written.
	 */
	@Transactional
	public int message(long meetingId, RecipientFilter recipients, String subject, String body) {
		var meeting = meetings.findById(meetingId).orElseThrow();
		int sent = 0;
		for (var invitation : invitations.findActiveByMeeting(meetingId)) {
			if (recipients.includes(invitation)) {
				mails.message(meeting, invitation, subject, body);
				sent++;
			}
		}
		log.info("Meeting {}: message to {} ({} recipients)", meetingId, recipients, sent);
		return sent;
	}

	/**
	 * The message as the first of the group would get it (greeting included), not sent;
	 * empty when the group is empty.
	 */
	@Transactional(readOnly = true)
	public Optional<MailOutbox.Preview> previewMessage(long meetingId, RecipientFilter recipients, String subject,
			String body) {
		var meeting = meetings.findById(meetingId).orElseThrow();
		return invitations.findActiveByMeeting(meetingId)
			.stream()
			.filter(recipients::includes)
			.findFirst()
			.map(invitation -> mails.previewMessage(meeting, invitation, subject, body));
	}

	/**
	 * The network message as the first of the group would get it, not sent; empty when
	 * the group is empty.
	 */
	@Transactional(readOnly = true)
	public Optional<MailOutbox.Preview> previewNetworkMessage(long networkId, String networkName,
			RecipientFilter recipients, String subject, String body) {
		return networkGroup(networkId, recipients).values()
			.stream()
			.findFirst()
			.map(invitation -> mails.previewNetworkMessage(networkName, invitation, subject, body));
	}

	/**
	 * A message from staff to the people invited to a network's meetings, one mail per
	 * person (by e-mail address) however many meetings they were invited to. A person is
	 * in the group when any of their invitations is: e.g.
	 * {@link RecipientFilter#ATTENDED} reaches everyone who came to at least one meeting.
	 * Returns how many were written.
	 */
	@Transactional
	public int messageNetwork(long networkId, String networkName, RecipientFilter recipients, String subject,
			String body) {
		var people = networkGroup(networkId, recipients);
		people.values().forEach(invitation -> mails.networkMessage(networkName, invitation, subject, body));
		log.info("Network {}: message to {} ({} recipients)", networkId, recipients, people.size());
		return people.size();
	}

	/**
	 * The people (one invitation each, keyed by lower-case e-mail) of a network's
	 * meetings in a group.
	 */
	@Transactional(readOnly = true)
	public Map<String, Invitation> networkGroup(long networkId, RecipientFilter recipients) {
		var people = new LinkedHashMap<String, Invitation>();
		for (var meeting : meetings.findByNetworkIdOrderByStartsAtAsc(networkId)) {
			if (meeting.isCancelled()) {
				continue;
			}
			for (var invitation : invitations.findActiveByMeeting(meeting.getId())) {
				if (recipients.includes(invitation)) {
					people.putIfAbsent(invitation.getEmail().toLowerCase(Locale.ROOT), invitation);
				}
			}
		}
		return people;
	}

	/** Thrown when a substitute's e-mail address is already invited to the meeting. */
	public static class AlreadyInvitedException extends RuntimeException {

		AlreadyInvitedException() {
			super(null, null, false, false);
		}

	}

	static String key(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

}
