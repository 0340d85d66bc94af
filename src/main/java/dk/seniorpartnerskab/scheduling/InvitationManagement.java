package dk.seniorpartnerskab.scheduling;

import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.seniorpartnerskab.registration.Registration;
import dk.seniorpartnerskab.registration.RegistrationStatus;
import dk.seniorpartnerskab.registration.Registrations;

/**
 * Invitations: who is invited to a meeting, sending (only to those not yet invited), answers through the
 * private link, and substitutes.
 */
@Service
public class InvitationManagement {

	private static final Logger log = LoggerFactory.getLogger(InvitationManagement.class);

	private final Meetings meetings;

	private final Invitations invitations;

	private final Registrations registrations;

	private final InvitationMails mails;

	private final Clock clock;

	InvitationManagement(Meetings meetings, Invitations invitations, Registrations registrations,
			InvitationMails mails, Clock clock) {
		this.meetings = meetings;
		this.invitations = invitations;
		this.registrations = registrations;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * "Send invitationer": invites every participant of the approved registrations in the meeting's network
	 * (or in the whole edition) who is not invited yet. Sending again invites only those added since. Returns
	 * how many were invited now.
	 */
	@Transactional
	public int send(long meetingId) {
		var meeting = meetings.findById(meetingId).orElseThrow();
		if (!meeting.isPlanned() || meeting.hasStarted(clock.instant())) {
			throw new IllegalStateException("Meeting " + meetingId + " is not planned ahead");
		}
		var existingByParticipant = new HashMap<Long, Invitation>();
		var existingByEmail = new HashMap<String, Invitation>();
		for (var invitation : invitations.findByMeeting(meetingId)) {
			if (invitation.getParticipantId() != null) {
				existingByParticipant.put(invitation.getParticipantId(), invitation);
			}
			existingByEmail.put(key(invitation.getEmail()), invitation);
		}
		int sent = 0;
		for (Registration registration : eligible(meeting)) {
			for (var participant : registration.getParticipants()) {
				var existing = Optional.ofNullable(existingByParticipant.get(participant.getId()))
					.or(() -> Optional.ofNullable(existingByEmail.get(key(participant.getEmail()))));
				if (existing.isPresent()) {
					var invitation = existing.get();
					if (invitation.isActive()) {
						continue;
					}
					String token = InvitationTokens.newToken();
					invitation.reinstate(InvitationTokens.hash(token), meeting, clock.instant());
					mails.invitation(meeting, invitation, token);
					sent++;
					continue;
				}
				String token = InvitationTokens.newToken();
				var invitation = invitations.save(new Invitation(meeting, registration.getId(), participant.getId(),
						registration.getMunicipalityCode(), participant.getName(), participant.getEmail(),
						InvitationTokens.hash(token), clock.instant()));
				existingByEmail.put(key(invitation.getEmail()), invitation);
				mails.invitation(meeting, invitation, token);
				sent++;
			}
		}
		log.info("Meeting {}: {} invitation(s) sent", meetingId, sent);
		return sent;
	}

	/** How many would be invited by {@link #send} now. */
	@Transactional(readOnly = true)
	public int notYetInvited(long meetingId) {
		var meeting = meetings.findById(meetingId).orElseThrow();
		var invited = invitations.findByMeeting(meetingId);
		int count = 0;
		for (Registration registration : eligible(meeting)) {
			for (var participant : registration.getParticipants()) {
				boolean already = invited.stream()
					.anyMatch(i -> i.isActive() && (Objects.equals(i.getParticipantId(), participant.getId())
							|| key(i.getEmail()).equals(key(participant.getEmail()))));
				if (!already) {
					count++;
				}
			}
		}
		return count;
	}

	private java.util.List<Registration> eligible(Meeting meeting) {
		return registrations
			.findByEditionIdAndStatusOrderBySubmittedAt(meeting.getEditionId(), RegistrationStatus.APPROVED)
			.stream()
			.filter(r -> meeting.isForWholeEdition() || Objects.equals(r.getNetworkId(), meeting.getNetworkId()))
			.toList();
	}

	/** The invitation behind a private link, if the token is one. */
	@Transactional(readOnly = true)
	public Optional<Invitation> findByToken(String token) {
		if (!InvitationTokens.plausible(token)) {
			return Optional.empty();
		}
		return invitations.findByTokenHash(InvitationTokens.hash(token));
	}

	/** "Jeg deltager" or "Jeg deltager ikke", changeable until the meeting starts. */
	@Transactional
	public Invitation answer(String token, Answer answer) {
		var invitation = findByToken(token).orElseThrow();
		var meeting = meetings.findById(invitation.getMeetingId()).orElseThrow();
		invitation.answer(answer, meeting, clock.instant());
		return invitations.saveAndFlush(invitation);
	}

	/**
	 * The invited person cannot come and names a colleague from the same municipality, who is invited in their
	 * place; the person's own answer becomes "Jeg deltager ikke".
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
		invitation.answer(Answer.DECLINED, meeting, clock.instant());
		String substituteToken = InvitationTokens.newToken();
		var substitute = invitations.save(invitation.substitute(meeting, name, email,
				InvitationTokens.hash(substituteToken), clock.instant()));
		mails.invitation(meeting, substitute, substituteToken);
		log.info("Invitation {} named substitute invitation {}", invitation.getId(), substitute.getId());
		return substitute;
	}

	/**
	 * Marks attendance for a whole list at once: those in {@code came} came, every other active invitation
	 * of the meeting did not. Only once the meeting has started.
	 */
	@Transactional
	public void markAttendance(long meetingId, java.util.Set<Long> came) {
		var meeting = meetings.findById(meetingId).orElseThrow();
		for (var invitation : invitations.findActiveByMeeting(meetingId)) {
			invitation.markAttendance(came.contains(invitation.getId()), meeting, clock.instant());
		}
	}

	/**
	 * A message from staff to a group of the meeting's invited (e.g. an evaluation only to those who came),
	 * one mail each through the outbox. Returns how many were written.
	 */
	@Transactional
	public int message(long meetingId, Recipients recipients, String subject, String body) {
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
