package dk.seniorpartnerskab.registration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.seniorpartnerskab.web.PacedJob;

/**
 * Files chosen on the public form, held on the server against the form's submission token
 * while the form makes a round trip (a participant added or removed, errors shown), so
 * the person never has to choose them again. They become the registration's attachments
 * when it is submitted and are then removed; files of forms never submitted are removed
 * after a day. The purge is one age-based DELETE, so any number of instances may run it
 * at once.
 */
@Component
public class PendingAttachments {

	/** How long a chosen file is kept for a form that is never submitted. */
	public static final Duration KEPT_FOR = Duration.ofDays(1);

	private static final Logger log = LoggerFactory.getLogger(PendingAttachments.class);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final PacedJob pace;

	PendingAttachments(JdbcTemplate jdbc, Clock clock,
			@Value("${app.registration.pending-purge-interval:1h}") Duration interval,
			@Value("${app.jobs.retry:30s}") Duration retry) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.pace = new PacedJob("Purging pending attachments", interval, retry);
	}

	/** A kept file as the form shows it. */
	public record PendingFile(long id, String fileName, long size) {
	}

	/** Keeps {@code files} for the form with this token. */
	@Transactional
	public void keep(String token, Collection<Attachment> files) {
		var now = Timestamp.from(clock.instant());
		for (var file : files) {
			jdbc.update(
					"insert into pending_attachment (submission_token, file_name, content_type, size_bytes, content, created_at) "
							+ "values (?, ?, ?, ?, ?, ?)",
					token, file.getFileName(), file.getContentType(), file.getSize(), file.getBytes(), now);
		}
	}

	/** The files kept for this form, oldest first. */
	@Transactional(readOnly = true)
	public List<PendingFile> list(String token) {
		return jdbc.query(
				"select id, file_name, size_bytes from pending_attachment where submission_token = ? order by id",
				(rs, n) -> new PendingFile(rs.getLong(1), rs.getString(2), rs.getLong(3)), token);
	}

	/** The kept files with their content, ready to attach to the registration. */
	@Transactional(readOnly = true)
	public List<Attachment> contents(String token) {
		return jdbc.query(
				"select file_name, content_type, content from pending_attachment where submission_token = ? order by id",
				(rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)), token);
	}

	/** Forgets the files the person removed from the form. */
	@Transactional
	public void remove(String token, Collection<Long> ids) {
		for (var id : ids) {
			jdbc.update("delete from pending_attachment where submission_token = ? and id = ?", token, id);
		}
	}

	/** Forgets every file of this form (it was submitted). */
	@Transactional
	public void discard(String token) {
		jdbc.update("delete from pending_attachment where submission_token = ?", token);
	}

	/** Hourly; a failed run again after {@code app.jobs.retry}. */
	@Scheduled(fixedDelayString = "${app.jobs.retry:30s}", initialDelayString = "${app.jobs.retry:30s}")
	void purgeScheduled() {
		pace.tick(this::purgeExpired);
	}

	/**
	 * Removes files of forms not submitted within {@link #KEPT_FOR}; returns how many.
	 */
	public int purgeExpired() {
		int removed = jdbc.update("delete from pending_attachment where created_at < ?",
				Timestamp.from(clock.instant().minus(KEPT_FOR)));
		if (removed > 0) {
			log.info("Removed {} attachments of registration forms never submitted", removed);
		}
		return removed;
	}

}
