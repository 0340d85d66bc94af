package dk.seniorpartnerskab.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.seniorpartnerskab.web.PacedJob;

/**
 * Dietary and access needs a participant gives when answering "Jeg deltager" to a
 * physical meeting: shown to staff on the invitation list and the printed participant
 * list, and deleted automatically {@code app.scheduling.needs-retention-days} days after
 * the meeting ended. The deletion is one DELETE statement: run by two instances at the
 * same moment, one deletes the rows and the other finds none, so it needs no lock.
 */
@Component
public class Needs {

	private static final Logger log = LoggerFactory.getLogger(Needs.class);

	public static final int MAX_LENGTH = 500;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final int retentionDays;

	private final PacedJob pace;

	Needs(JdbcTemplate jdbc, Clock clock, @Value("${app.scheduling.needs-retention-days:14}") int retentionDays,
			@Value("${app.scheduling.needs-cleanup-interval:1h}") Duration interval,
			@Value("${app.jobs.retry:30s}") Duration retry) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.retentionDays = retentionDays;
		this.pace = new PacedJob("Deleting expired needs", interval, retry);
	}

	/** Stores (or, when blank, removes) the needs given with an invitation's answer. */
	@Transactional
	public void record(long invitationId, String text) {
		if (text == null || text.isBlank()) {
			jdbc.update("delete from invitation_need where invitation_id = ?", invitationId);
			return;
		}
		jdbc.update("""
				insert into invitation_need (invitation_id, text, recorded_at) values (?, ?, ?)
				on conflict (invitation_id) do update set text = excluded.text, recorded_at = excluded.recorded_at""",
				invitationId, text.trim(), Timestamp.from(clock.instant()));
	}

	/** The needs of a meeting's invited, by invitation id. */
	@Transactional(readOnly = true)
	public Map<Long, String> forMeeting(long meetingId) {
		var needs = new HashMap<Long, String>();
		jdbc.query("""
				select n.invitation_id, n.text from invitation_need n join invitation i on i.id = n.invitation_id
				where i.meeting_id = ?""", rs -> {
			needs.put(rs.getLong(1), rs.getString(2));
		}, meetingId);
		return needs;
	}

	/** The needs given with one invitation, or null. */
	@Transactional(readOnly = true)
	public String of(long invitationId) {
		return jdbc
			.query("select text from invitation_need where invitation_id = ?", (rs, n) -> rs.getString(1), invitationId)
			.stream()
			.findFirst()
			.orElse(null);
	}

	/** Hourly; a failed run again after {@code app.jobs.retry}. */
	@Scheduled(fixedDelayString = "${app.jobs.retry:30s}", initialDelayString = "${app.jobs.retry:30s}")
	void deleteScheduled() {
		pace.tick(this::deleteExpired);
	}

	/** Deletes the needs of meetings that ended more than the retention days ago. */
	@Transactional
	public int deleteExpired() {
		int deleted = jdbc.update("""
				delete from invitation_need n using invitation i, meeting m
				where i.id = n.invitation_id and m.id = i.meeting_id
				and coalesce(m.ends_at, m.starts_at) < cast(? as timestamptz) - make_interval(days => ?)""",
				Timestamp.from(clock.instant()), retentionDays);
		if (deleted > 0) {
			log.info("Deleted the dietary and access needs of {} invitation(s) after the retention days", deleted);
		}
		return deleted;
	}

}
