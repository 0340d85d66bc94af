package dk.seniorpartnerskab.audit;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.seniorpartnerskab.web.ClientAddress;

/**
 * Records changes made by staff. Called in the transaction of the change, so a change
 * that rolls back leaves no entry and a committed one always has one. {@code before} and
 * {@code after} are short texts (e.g. a status, a network name, or JSON for several
 * fields); personal data belongs in neither. Each entry keeps the client address of the
 * request that caused it.
 */
@Service
public class AuditLog {

	private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditLog(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/**
	 * Records a change; {@code target} is e.g. {@code "registration:42"} or a bare type.
	 */
	@Transactional
	public AuditEntry record(String actor, String action, String target, String before, String after) {
		return record(actor, action, AuditTarget.parse(target), before, after, null);
	}

	@Transactional
	public AuditEntry record(String actor, String action, AuditTarget target, String before, String after) {
		return record(actor, action, target, before, after, null);
	}

	/**
	 * As {@link #record(String, String, AuditTarget, String, String)}, with a free-text
	 * detail.
	 */
	@Transactional
	public AuditEntry record(String actor, String action, AuditTarget target, String before, String after,
			String detail) {
		var entry = entries.save(new AuditEntry(clock.instant(), actor == null ? "system" : actor, action, target,
				before, after, detail, ClientAddress.current()));
		log.info("Audit {} {} on {}", entry.getId(), action, target);
		return entry;
	}

}
