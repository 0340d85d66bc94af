package dk.seniorpartnerskab.toolkit;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.seniorpartnerskab.audit.AuditLog;
import dk.seniorpartnerskab.audit.AuditTarget;
import dk.seniorpartnerskab.mail.MailMessage;
import dk.seniorpartnerskab.mail.MailOutbox;
import dk.seniorpartnerskab.registration.Participant;
import dk.seniorpartnerskab.registration.Registration;
import dk.seniorpartnerskab.registration.RegistrationRepository;
import dk.seniorpartnerskab.web.NotFoundException;
import dk.seniorpartnerskab.web.UploadedFile;

/**
 * Tells the registered municipalities about a published toolkit or a new version of one
 * of its files: every contact (and, if staff choose, every participant) of the chosen
 * editions' active registrations gets one mail through the outbox. "Once" is kept by the
 * database: a row per toolkit, occasion and recipient under a unique constraint, inserted
 * in the same transaction as the mail, so sending again (or two staff sending at once)
 * reaches only those not told yet.
 */
@Service
public class ToolkitNotices {

	public static final String KIND = "TOOLKIT_NOTICE";

	private static final Logger log = LoggerFactory.getLogger(ToolkitNotices.class);

	private final ToolkitRepository toolkits;

	private final RegistrationRepository registrations;

	private final MailOutbox outbox;

	private final JdbcTemplate jdbc;

	private final AuditLog auditLog;

	private final Clock clock;

	ToolkitNotices(ToolkitRepository toolkits, RegistrationRepository registrations, MailOutbox outbox,
			JdbcTemplate jdbc, AuditLog auditLog, Clock clock) {
		this.toolkits = toolkits;
		this.registrations = registrations;
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * How many were told now (or, from {@link #count}, would be), and how many of those
	 * chosen had been told about this before. Serializable: it travels as a flash
	 * attribute in the session, which is stored in the database.
	 */
	public record Result(int sent, int alreadyNotified) implements Serializable {
	}

	/**
	 * Sends the notice for {@code occasion} ({@code "publication"} or
	 * {@code "version-<id>"} of one of the toolkit's current file versions) to the chosen
	 * editions.
	 */
	@Transactional
	public Result send(long toolkitId, String occasion, Collection<Long> editionIds, boolean includeParticipants,
			String actor) {
		var toolkit = toolkits.findById(toolkitId).orElseThrow(NotFoundException::new);
		if (!toolkit.isPublished()) {
			throw new IllegalStateException("Toolkit " + toolkitId + " is not published");
		}
		var template = template(toolkit, occasion);
		var recipients = recipients(editionIds, includeParticipants);
		int sent = 0;
		for (var recipient : recipients.entrySet()) {
			int inserted = jdbc.update("""
					insert into toolkit_notice (toolkit_id, occasion, recipient_hash, sent_at, sent_by)
					values (?, ?, ?, ?, ?) on conflict on constraint uk_toolkit_notice_once do nothing""", toolkitId,
					occasion, UploadedFile.sha256(recipient.getKey().getBytes(StandardCharsets.UTF_8)),
					Timestamp.from(clock.instant()), actor);
			if (inserted == 1) {
				var model = new HashMap<>(template.model());
				model.put("name", recipient.getValue());
				outbox.enqueue(MailMessage.of(recipient.getKey(), template.name(), model, KIND, "toolkit:" + toolkitId)
					.withSubjectArguments(template.subjectArguments()));
				sent++;
			}
		}
		log.info("Toolkit {}: notice {} sent to {} new recipients ({} had it already)", toolkitId, occasion, sent,
				recipients.size() - sent);
		auditLog.record(actor, "toolkit.noticeSent", AuditTarget.of("toolkit", toolkitId), null,
				("publication".equals(occasion) ? "Offentliggørelse" : "Ny version") + ": " + sent + " sendt, "
						+ (recipients.size() - sent) + " havde den allerede",
				"Forløb " + editionIds + (includeParticipants ? ", også deltagere" : ", kun kontaktpersoner"));
		return new Result(sent, recipients.size() - sent);
	}

	/**
	 * What {@link #send} would do now, without sending: how many of the chosen would be
	 * told, and how many were told about this occasion before (same recipients, same
	 * "once" rule). For the question staff answer before sending.
	 */
	@Transactional(readOnly = true)
	public Result count(long toolkitId, String occasion, Collection<Long> editionIds, boolean includeParticipants) {
		var recipients = recipients(editionIds, includeParticipants);
		if (recipients.isEmpty()) {
			return new Result(0, 0);
		}
		var hashes = recipients.keySet()
			.stream()
			.map(email -> UploadedFile.sha256(email.getBytes(StandardCharsets.UTF_8)))
			.toArray(String[]::new);
		Integer told = jdbc.queryForObject(
				"select count(*) from toolkit_notice where toolkit_id = ? and occasion = ? and recipient_hash = any (?)",
				Integer.class, toolkitId, occasion, hashes);
		int already = told == null ? 0 : told;
		return new Result(recipients.size() - already, already);
	}

	/** How many have been told about each occasion of this toolkit. */
	@Transactional(readOnly = true)
	public Map<String, Integer> counts(long toolkitId) {
		var counts = new HashMap<String, Integer>();
		jdbc.query("select occasion, count(*) from toolkit_notice where toolkit_id = ? group by occasion", rs -> {
			counts.put(rs.getString(1), rs.getInt(2));
		}, toolkitId);
		return counts;
	}

	/**
	 * A notice someone received: the toolkit's title, whether it was about a new version,
	 * when.
	 */
	public record Received(String toolkitTitle, boolean newVersion, Instant sentAt) {
	}

	/**
	 * The notices these addresses received (matched by the stored hash of the lower-cased
	 * address), newest first; e.g. for a municipality's page in the directory.
	 */
	@Transactional(readOnly = true)
	public List<Received> receivedBy(Collection<String> emails) {
		var hashes = emails.stream()
			.filter(e -> e != null && !e.isBlank())
			.map(e -> UploadedFile.sha256(e.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)))
			.distinct()
			.toArray(String[]::new);
		if (hashes.length == 0) {
			return List.of();
		}
		return jdbc.query("""
				select t.title, n.occasion, min(n.sent_at) from toolkit_notice n join toolkit t on t.id = n.toolkit_id
				where n.recipient_hash = any (?) group by t.title, n.occasion order by min(n.sent_at) desc""",
				(rs, i) -> new Received(rs.getString(1), !"publication".equals(rs.getString(2)),
						rs.getTimestamp(3).toInstant()),
				(Object) hashes);
	}

	/** The occasion key of a file version. */
	public static String versionOccasion(ToolkitFileVersion version) {
		return "version-" + version.getId();
	}

	private record Template(String name, Map<String, Object> model, Object[] subjectArguments) {
	}

	private static Template template(Toolkit toolkit, String occasion) {
		var model = new HashMap<String, Object>();
		model.put("title", toolkit.getTitle());
		model.put("summary", toolkit.getSummary());
		model.put("path", "/vaerktoejer/" + toolkit.getSlug());
		if ("publication".equals(occasion)) {
			return new Template("toolkit-published", model, new Object[] { toolkit.getTitle() });
		}
		for (var file : toolkit.getFiles()) {
			if (occasion.equals(versionOccasion(file.current()))) {
				model.put("fileTitle", file.getTitle());
				model.put("changeNote", file.current().getChangeNote());
				model.put("versionNumber", file.current().getNumber());
				return new Template("toolkit-new-version", model, new Object[] { file.getTitle(), toolkit.getTitle() });
			}
		}
		throw new IllegalArgumentException("Unknown occasion " + occasion + " for toolkit " + toolkit.getId());
	}

	/**
	 * Lower-cased address to the name to greet, contacts first; rejected and withdrawn
	 * registrations left out.
	 */
	private Map<String, String> recipients(Collection<Long> editionIds, boolean includeParticipants) {
		var recipients = new LinkedHashMap<String, String>();
		for (long editionId : editionIds) {
			for (Registration registration : registrations.findByEditionIdOrderBySubmittedAt(editionId)) {
				if (!registration.getStatus().isActive()) {
					continue;
				}
				add(recipients, registration.getContactEmail(), registration.getContactName());
				if (includeParticipants) {
					for (Participant participant : registration.getParticipants()) {
						add(recipients, participant.getEmail(), participant.getName());
					}
				}
			}
		}
		return recipients;
	}

	private static void add(Map<String, String> recipients, String email, String name) {
		if (email != null && !email.isBlank()) {
			recipients.putIfAbsent(email.trim().toLowerCase(Locale.ROOT), name);
		}
	}

}
