package dk.seniorpartnerskab.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.seniorpartnerskab.audit.AuditLog;
import dk.seniorpartnerskab.audit.AuditRedaction;
import dk.seniorpartnerskab.audit.AuditTarget;
import dk.seniorpartnerskab.edition.EditionRepository;
import dk.seniorpartnerskab.web.Copenhagen;

/**
 * A person's requests under the GDPR, answered across every module that keeps personal
 * data ({@link PersonalDataHolder}): insight (find and export everything held about an
 * e-mail address) and erasure (with the same rule as retention: identities go, counts
 * stay). The audit log records who looked, exported or erased, and how many items of
 * which kind; never the e-mail address or the values.
 */
@Service
public class PersonalDataRequests {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataRequests.class);

	/**
	 * The audit target: a person, deliberately without an id that could identify them.
	 */
	static final AuditTarget PERSON = AuditTarget.of("person");

	private final List<PersonalDataHolder> holders;

	private final EditionRepository editions;

	private final AuditLog auditLog;

	private final AuditRedaction auditRedaction;

	private final Clock clock;

	PersonalDataRequests(List<PersonalDataHolder> holders, EditionRepository editions, AuditLog auditLog,
			AuditRedaction auditRedaction, Clock clock) {
		this.holders = holders;
		this.editions = editions;
		this.auditLog = auditLog;
		this.auditRedaction = auditRedaction;
		this.clock = clock;
	}

	/** What every module keeps about the person with this e-mail address. */
	@Transactional(readOnly = true)
	public PersonRecord find(String email) {
		String normalised = normalise(email);
		var items = new ArrayList<PersonalDataItem>();
		for (var holder : holders) {
			items.addAll(holder.findByEmail(normalised));
		}
		for (var mention : auditRedaction.mentioning(normalised)) {
			items.add(PersonalDataItem.of("audit.entry", null)
				.with("time", Copenhagen.formatDateTime(mention.occurredAt()))
				.with("action", mention.action())
				.with("target", mention.target())
				.build());
		}
		var names = new TreeSet<String>();
		items.stream().map(i -> i.values().get("name")).filter(Objects::nonNull).forEach(names::add);
		var editionNames = new HashMap<Long, String>();
		items.stream()
			.map(PersonalDataItem::editionId)
			.filter(Objects::nonNull)
			.distinct()
			.forEach(id -> editions.findById(id).ifPresent(e -> editionNames.put(id, e.getName())));
		return new PersonRecord(normalised, names, items, editionNames, clock.instant());
	}

	/**
	 * The person's record for an insight export in {@code format} ("html" or "json"),
	 * recorded in the audit log with the number of items of each kind.
	 */
	@Transactional
	public PersonRecord export(String email, String format, String actor) {
		var record = find(email);
		auditLog.record(actor, "privacy.exported", PERSON, null, null,
				format + ": " + record.items().size() + " (" + record.countsByKind() + ")");
		return record;
	}

	/**
	 * Erases everything every module keeps about the person, in one transaction; returns
	 * the number of items erased. The audit log gets the counts, not the values.
	 */
	@Transactional
	public int erase(String email, String actor) {
		var record = find(email);
		var person = record.person();
		int erased = 0;
		for (var holder : holders) {
			erased += holder.erasePerson(person);
		}
		erased += auditRedaction.redact(person.identifiers());
		auditLog.record(actor, "privacy.erased", PERSON, null, null,
				erased + " (" + (record.isEmpty() ? "-" : record.countsByKind()) + ")");
		log.info("Erased {} items of a person on request", erased);
		return erased;
	}

	static String normalise(String email) {
		return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
	}

}
