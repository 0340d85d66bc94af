package dk.seniorpartnerskab.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import dk.seniorpartnerskab.audit.AuditLog;
import dk.seniorpartnerskab.audit.AuditRedaction;
import dk.seniorpartnerskab.audit.AuditTarget;
import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.edition.EditionRepository;
import dk.seniorpartnerskab.web.Copenhagen;
import dk.seniorpartnerskab.web.PacedJob;
import dk.seniorpartnerskab.web.Versions;

/**
 * Retention per edition: the planned date of erasure, changes to it (audited), and the
 * job that erases an edition's personal data in every module once the date has come. The
 * job takes the edition's retention row with {@code FOR UPDATE} and marks it erased in
 * the same transaction, so however many instances run it, each edition is erased once.
 */
@Service
public class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	private final EditionRetentionRepository retentions;

	private final EditionRepository editions;

	private final List<PersonalDataHolder> holders;

	private final AuditLog auditLog;

	private final AuditRedaction auditRedaction;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final Clock clock;

	private final PacedJob pace;

	Retention(EditionRetentionRepository retentions, EditionRepository editions, List<PersonalDataHolder> holders,
			AuditLog auditLog, AuditRedaction auditRedaction, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager, Clock clock,
			@Value("${app.jobs.retry:30s}") Duration retry) {
		this.retentions = retentions;
		this.editions = editions;
		this.holders = holders;
		this.auditLog = auditLog;
		this.auditRedaction = auditRedaction;
		this.jdbc = jdbc;
		this.tx = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.pace = PacedJob.retrying("Nightly erasure", retry);
	}

	/** Every edition's plan, the latest course first. */
	@Transactional(readOnly = true)
	public List<RetentionPlan> plans() {
		var plans = new ArrayList<RetentionPlan>();
		var all = new ArrayList<>(editions.findAll());
		all.sort((a, b) -> b.getCourseEnd().compareTo(a.getCourseEnd()));
		for (var edition : all) {
			plans.add(plan(edition));
		}
		return plans;
	}

	@Transactional(readOnly = true)
	public RetentionPlan plan(long editionId) {
		return plan(editions.findById(editionId).orElseThrow());
	}

	/** The plan of an edition, with the defaults when nothing is set. */
	@Transactional(readOnly = true)
	public RetentionPlan plan(Edition edition) {
		var retention = retentions.findById(edition.getId()).orElseGet(() -> new EditionRetention(edition.getId()));
		return RetentionPlan.of(edition.getId(), edition.getName(), edition.getCourseEnd(), retention, today());
	}

	/**
	 * Postpones the erasure to a later day, for a reason; recorded in the audit log with
	 * the dates before and after and the reason. Throws
	 * {@link ObjectOptimisticLockingFailureException} when someone changed the plan since
	 * it was shown.
	 */
	@Transactional
	public RetentionPlan postpone(long editionId, Long expectedVersion, LocalDate until, String reason, String actor) {
		var edition = editions.findById(editionId).orElseThrow();
		var retention = loadForChange(editionId, expectedVersion);
		var before = retention.plannedDate(edition.getCourseEnd());
		retention.postpone(until, reason, edition.getCourseEnd());
		retentions.saveAndFlush(retention);
		auditLog.record(actor, "privacy.retention-postponed", AuditTarget.of("edition", editionId), before.toString(),
				until.toString(), reason.trim());
		return plan(edition);
	}

	/** Changes the months after the course; recorded in the audit log. */
	@Transactional
	public RetentionPlan changeMonths(long editionId, Long expectedVersion, int months, String actor) {
		var edition = editions.findById(editionId).orElseThrow();
		var retention = loadForChange(editionId, expectedVersion);
		int before = retention.getMonthsAfterCourse();
		retention.changeMonths(months);
		retentions.saveAndFlush(retention);
		auditLog.record(actor, "privacy.retention-months", AuditTarget.of("edition", editionId), String.valueOf(before),
				String.valueOf(months));
		return plan(edition);
	}

	private EditionRetention loadForChange(long editionId, Long expectedVersion) {
		var retention = retentions.findById(editionId).orElseGet(() -> new EditionRetention(editionId));
		Versions.require(expectedVersion, retention.getVersion(), EditionRetention.class, editionId);
		return retention;
	}

	/**
	 * Every night at 02.30 Copenhagen time; a run that failed (the database away) is
	 * tried again after {@code app.jobs.retry} until one succeeds, not a night later.
	 */
	@Scheduled(cron = "${app.privacy.retention-cron:0 30 2 * * *}", zone = "Europe/Copenhagen")
	void eraseNightly() {
		pace.runNow(this::eraseDue);
	}

	@Scheduled(fixedDelayString = "${app.jobs.retry:30s}", initialDelayString = "${app.jobs.retry:30s}")
	void retryFailedErasure() {
		pace.tick(this::eraseDue);
	}

	/**
	 * Erases every edition whose date has come; returns how many editions were erased by
	 * this call.
	 */
	public int eraseDue() {
		int erased = 0;
		for (var edition : editions.findAll()) {
			var retention = retentions.findById(edition.getId()).orElseGet(() -> new EditionRetention(edition.getId()));
			if (retention.isDue(edition.getCourseEnd(), today())) {
				if (Boolean.TRUE.equals(tx.execute(status -> eraseIfDue(edition.getId())))) {
					erased++;
				}
			}
		}
		return erased;
	}

	/**
	 * Erases the edition's personal data if its date has come and no one (no other
	 * instance) has done it yet. The retention row is locked for the whole erasure.
	 */
	private boolean eraseIfDue(long editionId) {
		jdbc.update("insert into edition_retention (edition_id) values (?) on conflict (edition_id) do nothing",
				editionId);
		jdbc.queryForList("select edition_id from edition_retention where edition_id = ? for update", editionId);
		var edition = editions.findById(editionId).orElseThrow();
		var retention = retentions.findById(editionId).orElseThrow();
		if (!retention.isDue(edition.getCourseEnd(), today())) {
			return false;
		}
		var counts = erase(editionId);
		retention.erased(clock.instant());
		retentions.saveAndFlush(retention);
		auditLog.record("system", "privacy.edition-erased", AuditTarget.of("edition", editionId), null, null,
				counts.toString());
		log.info("Erased the personal data of edition {}: {}", editionId, counts);
		return true;
	}

	private Map<String, Integer> erase(long editionId) {
		Set<Person> people = new LinkedHashSet<>();
		Set<String> references = new LinkedHashSet<>();
		for (var holder : holders) {
			people.addAll(holder.peopleOf(editionId));
			references.addAll(holder.referencesOf(editionId));
		}
		var merged = merge(people);
		var leaving = new LinkedHashSet<Person>();
		for (var person : merged) {
			if (!heldElsewhere(person.email(), editionId)) {
				leaving.add(person);
			}
		}
		var erasure = new EditionErasure(editionId, merged, references, leaving);
		var counts = new LinkedHashMap<String, Integer>();
		for (var holder : holders) {
			counts.put(holder.getClass().getSimpleName(), holder.eraseEdition(erasure));
		}
		counts.put("audit", auditRedaction
			.redact(leaving.stream().flatMap(p -> p.identifiers().stream()).collect(Collectors.toSet())));
		counts.put("people", merged.size());
		counts.put("leaving", leaving.size());
		return counts;
	}

	/** One person per address, with every name any holder knows for it. */
	private static Set<Person> merge(Set<Person> people) {
		var names = new LinkedHashMap<String, Set<String>>();
		for (var person : people) {
			names.computeIfAbsent(person.email(), e -> new LinkedHashSet<>()).addAll(person.names());
		}
		var merged = new LinkedHashSet<Person>();
		names.forEach((email, n) -> merged.add(new Person(email, n)));
		return merged;
	}

	private boolean heldElsewhere(String email, long editionId) {
		return holders.stream()
			.flatMap(h -> h.findByEmail(email).stream())
			.map(PersonalDataItem::editionId)
			.filter(Objects::nonNull)
			.anyMatch(id -> id != editionId);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), Copenhagen.ZONE);
	}

}
