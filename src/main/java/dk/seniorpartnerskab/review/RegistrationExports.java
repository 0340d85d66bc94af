package dk.seniorpartnerskab.review;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.seniorpartnerskab.audit.AuditLog;
import dk.seniorpartnerskab.audit.AuditTarget;

/**
 * The rows of the registration and participant exports. Every export of personal data is
 * written to the audit log: who, which format, how many rows, which filters.
 */
@Service
public class RegistrationExports {

	private final RegistrationSearch search;

	private final AuditLog auditLog;

	RegistrationExports(RegistrationSearch search, AuditLog auditLog) {
		this.search = search;
		this.auditLog = auditLog;
	}

	@Transactional
	public List<RegistrationRow> registrations(RegistrationCriteria criteria, String format, String filters,
			String actor) {
		var rows = search.all(criteria);
		audit(actor, "registration.export", format, rows.size(), filters);
		return rows;
	}

	@Transactional
	public List<ParticipantExportRow> participants(RegistrationCriteria criteria, String format, String filters,
			String actor) {
		var rows = search.participants(criteria);
		audit(actor, "participant.export", format, rows.size(), filters);
		return rows;
	}

	private void audit(String actor, String action, String format, int rows, String filters) {
		auditLog.record(actor, action, AuditTarget.of("registration"), null, null,
				format + ", " + rows + " rækker, " + filters);
	}

}
