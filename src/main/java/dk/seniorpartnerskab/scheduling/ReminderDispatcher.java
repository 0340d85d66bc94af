package dk.seniorpartnerskab.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dk.seniorpartnerskab.web.PacedJob;

/**
 * Sends the due reminders: to those who have not answered N days after their invitation,
 * and to those attending N days before the meeting (N per edition,
 * {@link SchedulingSettings}). Each reminder is claimed by inserting its row (unique per
 * invitation and kind) in the transaction that writes the mail: when several instances
 * run at the same moment, one inserts, the others find the row and send nothing. There is
 * no lease to wait out: a run that fails (the database away) is tried again
 * {@code app.jobs.retry} (30 seconds) later instead of after the whole
 * {@code app.scheduling.reminder-interval} (15 minutes), see {@link PacedJob}.
 */
@Component
public class ReminderDispatcher {

	private static final Logger log = LoggerFactory.getLogger(ReminderDispatcher.class);

	private static final String UNANSWERED = """
			select i.id from invitation i
			join meeting m on m.id = i.meeting_id
			left join scheduling_settings s on s.edition_id = m.edition_id
			where i.withdrawn_at is null and i.answer = 'PENDING' and m.status = 'PLANNED' and m.starts_at > cast(? as timestamptz)
			and i.invited_at <= cast(? as timestamptz) - make_interval(days => coalesce(s.remind_unanswered_after_days, %d))
			and not exists (select 1 from invitation_reminder r where r.invitation_id = i.id and r.kind = 'UNANSWERED')
			order by i.id"""
		.formatted(SchedulingSettings.DEFAULT_UNANSWERED_AFTER_DAYS);

	private static final String BEFORE_MEETING = """
			select i.id from invitation i
			join meeting m on m.id = i.meeting_id
			left join scheduling_settings s on s.edition_id = m.edition_id
			where i.withdrawn_at is null and i.answer = 'ATTENDING' and m.status = 'PLANNED' and m.starts_at > cast(? as timestamptz)
			and m.starts_at <= cast(? as timestamptz) + make_interval(days => coalesce(s.remind_before_days, %d))
			and not exists (select 1 from invitation_reminder r where r.invitation_id = i.id and r.kind = 'BEFORE_MEETING')
			order by i.id"""
		.formatted(SchedulingSettings.DEFAULT_BEFORE_DAYS);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final InvitationRepository invitations;

	private final MeetingRepository meetings;

	private final InvitationMails mails;

	private final Clock clock;

	private final PacedJob pace;

	ReminderDispatcher(JdbcTemplate jdbc, TransactionTemplate tx, InvitationRepository invitations,
			MeetingRepository meetings, InvitationMails mails, Clock clock,
			@Value("${app.scheduling.reminder-interval:15m}") Duration interval,
			@Value("${app.jobs.retry:30s}") Duration retry) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.invitations = invitations;
		this.meetings = meetings;
		this.mails = mails;
		this.clock = clock;
		this.pace = new PacedJob("Reminder run", interval, retry);
	}

	@Scheduled(fixedDelayString = "${app.jobs.retry:30s}", initialDelayString = "${app.jobs.retry:30s}")
	void sendScheduled() {
		pace.tick(this::sendDue);
	}

	/** One scheduled run now; sets when the next is due by how this one went. */
	void runAndPace() {
		pace.runNow(this::sendDue);
	}

	/** Sends every reminder due now and returns how many this call sent. */
	public int sendDue() {
		var now = Timestamp.from(clock.instant());
		int sent = 0;
		for (long id : jdbc.queryForList(UNANSWERED, Long.class, now, now)) {
			sent += claimAndSend(id, ReminderKind.UNANSWERED);
		}
		for (long id : jdbc.queryForList(BEFORE_MEETING, Long.class, now, now)) {
			sent += claimAndSend(id, ReminderKind.BEFORE_MEETING);
		}
		if (sent > 0) {
			log.info("Sent {} reminder(s)", sent);
		}
		return sent;
	}

	private int claimAndSend(long invitationId, ReminderKind kind) {
		Integer sent = tx.execute(status -> {
			int claimed = jdbc.update("""
					insert into invitation_reminder (invitation_id, kind, sent_at) values (?, ?, ?)
					on conflict on constraint uk_invitation_reminder_invitation_kind do nothing""", invitationId,
					kind.name(), Timestamp.from(clock.instant()));
			if (claimed == 0) {
				return 0;
			}
			var invitation = invitations.findById(invitationId).orElseThrow();
			var meeting = meetings.findById(invitation.getMeetingId()).orElseThrow();
			mails.reminder(kind == ReminderKind.UNANSWERED ? InvitationMails.REMINDER_UNANSWERED
					: InvitationMails.REMINDER_BEFORE, meeting, invitation);
			return 1;
		});
		return sent == null ? 0 : sent;
	}

	/** For tests and the admin page: which reminders an invitation has had. */
	List<String> sentTo(long invitationId) {
		return jdbc.queryForList("select kind from invitation_reminder where invitation_id = ? order by kind",
				String.class, invitationId);
	}

}
