package dk.seniorpartnerskab.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.mail.MailAttachment;
import dk.seniorpartnerskab.mail.MailMessage;
import dk.seniorpartnerskab.mail.MailOutbox;
import dk.seniorpartnerskab.mail.MailSettings;
import dk.seniorpartnerskab.registration.Registration;
import dk.seniorpartnerskab.scheduling.MeetingCalendar.Person;
import dk.seniorpartnerskab.web.SecretTokens;
import dk.seniorpartnerskab.web.Secretariats;

/**
 * Writes invitation mails to the outbox, each with its {@code .ics}: the invitation or
 * update (METHOD:REQUEST), the cancellation (METHOD:CANCEL) and reminders. Every mail
 * carrying an answer link gets a fresh token (the hash replaces the old one), because
 * only hashes are stored; the newest link always works.
 */
@Component
class InvitationMails {

	static final String INVITATION = "scheduling-invitation";

	static final String UPDATE = "scheduling-update";

	static final String CANCEL = "scheduling-cancel";

	static final String REMINDER_UNANSWERED = "scheduling-reminder-unanswered";

	static final String REMINDER_BEFORE = "scheduling-reminder-before";

	static final String MESSAGE = "scheduling-message";

	static final String NETWORK_MESSAGE = "scheduling-network-message";

	/** The kinds of mail carrying an answer link. */
	static final String INVITATION_KIND = "MEETING_INVITATION";

	static final String UPDATE_KIND = "MEETING_UPDATE";

	static final String REMINDER_KIND = "MEETING_REMINDER";

	private final MailOutbox outbox;

	private final MailSettings settings;

	private final Clock clock;

	private final Secretariats secretariats;

	private final JdbcTemplate jdbc;

	InvitationMails(MailOutbox outbox, MailSettings settings, Secretariats secretariats, Clock clock,
			JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.secretariats = secretariats;
		this.outbox = outbox;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Sends the invitation with a fresh answer link; the caller has the new token's hash
	 * stored.
	 */
	void invitation(Meeting meeting, Invitation invitation, String token) {
		withLink(INVITATION, INVITATION_KIND, meeting, invitation, token, null);
	}

	void update(Meeting meeting, Invitation invitation) {
		String token = rotate(invitation);
		withLink(UPDATE, UPDATE_KIND, meeting, invitation, token, null);
	}

	void reminder(String template, Meeting meeting, Invitation invitation) {
		String token = rotate(invitation);
		withLink(template, REMINDER_KIND, meeting, invitation, token, null);
	}

	/**
	 * In place of a failed mail with an answer link (invitation, update or reminder): the
	 * invitation as the meeting is now, with a fresh link; the old link stops working.
	 */
	void again(Meeting meeting, Invitation invitation, long failedMailId) {
		String token = rotate(invitation);
		withLink(INVITATION, INVITATION_KIND, meeting, invitation, token, failedMailId);
	}

	/** The invitation again with a new link, asked for from an old link's page. */
	void newest(Meeting meeting, Invitation invitation) {
		withLink(INVITATION, INVITATION_KIND, meeting, invitation, rotate(invitation), null);
	}

	void cancellation(Meeting meeting, Invitation invitation) {
		cancellation(meeting, invitation, null);
	}

	/** The cancellation with the reason staff gave, shown in the mail (null: none). */
	void cancellation(Meeting meeting, Invitation invitation, String reason) {
		String ics = MeetingCalendar.cancel(meeting, organizer(), attendee(invitation), clock.instant());
		var model = model(meeting, invitation, null);
		model.put("reason", reason == null ? "" : reason.strip());
		var message = MailMessage.of(invitation.getEmail(), CANCEL, model, "MEETING_CANCEL", reference(invitation))
			.withSubjectArguments(meeting.getTitle())
			.withAttachment(MailAttachment.calendar("aflysning.ics", ics, "CANCEL"));
		outbox.enqueue(message);
		invitation.recordSent(meeting.getSequence());
	}

	/** A message written by staff; plain text, escaped in the HTML part. */
	void message(Meeting meeting, Invitation invitation, String subject, String body) {
		outbox.enqueue(messageMail(meeting, invitation, subject, body));
	}

	/** One recipient's message, rendered as it will arrive and not sent. */
	MailOutbox.Preview previewMessage(Meeting meeting, Invitation invitation, String subject, String body) {
		return outbox.preview(messageMail(meeting, invitation, subject, body));
	}

	private MailMessage messageMail(Meeting meeting, Invitation invitation, String subject, String body) {
		var model = model(meeting, invitation, null);
		model.put("body", body);
		return MailMessage.of(invitation.getEmail(), MESSAGE, model, "MEETING_MESSAGE", reference(invitation))
			.withSubjectArguments(subject);
	}

	/**
	 * Where a registration is now: its network (null: none), the other municipalities,
	 * the activities ahead.
	 */
	record Placement(String network, List<String> others, List<Meeting> ahead) {

	}

	/**
	 * The mail the receipt promises: tells the contact the municipality was placed in a
	 * network (or moved, or taken out), with the other municipalities, the dates planned
	 * and what happened to the participants' invitations.
	 */
	void placement(Registration registration, boolean moved, Placement placement, int withdrawn, int invited) {
		var model = new HashMap<String, Object>();
		model.put("name", registration.getContactName());
		model.put("moved", moved);
		if (placement.network() != null) { // the model takes no nulls
			model.put("network", placement.network());
		}
		model.put("others", placement.others());
		model.put("meetings", placement.ahead().stream().map(InvitationMails::line).toList());
		model.put("withdrawn", withdrawn);
		model.put("invited", invited);
		boolean placed = placement.network() != null && !moved;
		outbox.enqueue(MailMessage
			.of(registration.getContactEmail(), "scheduling-placed", model, placed ? "NETWORK_PLACED" : "NETWORK_MOVED",
					"registration:" + registration.getId())
			.withSubjectArguments(placed ? 0 : placement.network() == null ? 2 : 1));
	}

	/**
	 * Tells the contact of a registration that was withdrawn, rejected or moved to the
	 * waiting list that its people's invitations to these meetings were cancelled.
	 */
	void left(Registration registration, InvitationManagement.LeaveReason reason, List<Meeting> cancelled) {
		var model = new HashMap<String, Object>();
		model.put("name", registration.getContactName());
		model.put("reason", reason.name());
		model.put("meetings", cancelled.stream().map(InvitationMails::line).toList());
		outbox.enqueue(MailMessage.of(registration.getContactEmail(), "scheduling-left", model, "INVITATIONS_WITHDRAWN",
				"registration:" + registration.getId()));
	}

	/** A meeting as one line in a list: title and time. */
	record MeetingLine(String title, String when) {

	}

	private static MeetingLine line(Meeting meeting) {
		return new MeetingLine(meeting.getTitle(), MeetingTimes.of(meeting.getStartsAt(), meeting.getEndsAt()));
	}

	void networkMessage(String networkName, Invitation invitation, String subject, String body) {
		outbox.enqueue(networkMessageMail(networkName, invitation, subject, body));
	}

	/** One recipient's network message, rendered as it will arrive and not sent. */
	MailOutbox.Preview previewNetworkMessage(String networkName, Invitation invitation, String subject, String body) {
		return outbox.preview(networkMessageMail(networkName, invitation, subject, body));
	}

	private MailMessage networkMessageMail(String networkName, Invitation invitation, String subject, String body) {
		var model = new HashMap<String, Object>();
		model.put("name", invitation.getName());
		model.put("network", networkName);
		model.put("body", body);
		return MailMessage
			.of(invitation.getEmail(), NETWORK_MESSAGE, model, "NETWORK_MESSAGE",
					"network-message:" + invitation.getId())
			.withSubjectArguments(subject);
	}

	/**
	 * A new token for a mail that carries a link; the old link stops working, its hash is
	 * kept so its page can offer the newest link ({@code invitation_replaced_token}).
	 */
	private String rotate(Invitation invitation) {
		if (invitation.getId() != null && invitation.getTokenHash() != null) {
			jdbc.update("""
					insert into invitation_replaced_token (token_hash, invitation_id, replaced_at) values (?, ?, ?)
					on conflict (token_hash) do nothing""", invitation.getTokenHash(), invitation.getId(),
					Timestamp.from(clock.instant()));
		}
		String token = SecretTokens.newToken();
		invitation.replaceToken(SecretTokens.hash(token));
		return token;
	}

	private void withLink(String template, String kind, Meeting meeting, Invitation invitation, String token,
			Long failedMailId) {
		String path = "/invitation/" + token;
		String ics = MeetingCalendar.request(meeting, organizer(), attendee(invitation), settings.link(path),
				clock.instant());
		var message = MailMessage
			.of(invitation.getEmail(), template, model(meeting, invitation, path), kind, reference(invitation))
			.withSubjectArguments(meeting.getTitle())
			.withAttachment(MailAttachment.calendar("invitation.ics", ics, "REQUEST"));
		outbox.enqueue(failedMailId == null ? message : message.resending(failedMailId));
		invitation.recordSent(meeting.getSequence());
	}

	private static Map<String, Object> model(Meeting meeting, Invitation invitation, String answerPath) {
		var model = new HashMap<String, Object>();
		model.put("name", invitation.getName());
		model.put("title", meeting.getTitle());
		model.put("kind", meeting.getKind().name());
		model.put("when", MeetingTimes.of(meeting.getStartsAt(), meeting.getEndsAt()));
		model.put("where", meeting.getLocation() == null ? "" : meeting.getLocation());
		model.put("theme", meeting.getTheme());
		if (answerPath != null) {
			model.put("answerPath", answerPath);
		}
		return model;
	}

	private static String reference(Invitation invitation) {
		return "invitation:" + invitation.getId();
	}

	private static Person attendee(Invitation invitation) {
		return new Person(invitation.getName(), invitation.getEmail());
	}

	/**
	 * The organizer is the secretariat (edition settings), so replies and calendar
	 * answers reach people, not the no-reply sender.
	 */
	Person organizer() {
		var secretariat = secretariats.current();
		return new Person(secretariat.name(), secretariat.email());
	}

}
