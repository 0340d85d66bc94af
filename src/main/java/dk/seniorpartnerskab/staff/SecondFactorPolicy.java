package dk.seniorpartnerskab.staff;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.seniorpartnerskab.audit.AuditLog;
import dk.seniorpartnerskab.audit.AuditTarget;

/**
 * Whether every staff login needs a passkey besides the password: an ADMIN turns it on
 * for all staff accounts at once. A passkey login alone satisfies it (the passkey is
 * possession plus the device's PIN or biometrics).
 */
@Component
public class SecondFactorPolicy {

	/** Session attribute of a password login that still needs its passkey. */
	public static final String PENDING = "staff.secondFactorPending";

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	SecondFactorPolicy(JdbcClient jdbc, AuditLog auditLog) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
	}

	@Transactional(readOnly = true)
	public boolean isRequired() {
		return jdbc.sql("select second_factor_required from staff_security_setting where id = 1")
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	@Transactional
	public void require(boolean required, String actor) {
		boolean before = isRequired();
		if (before == required) {
			return;
		}
		jdbc.sql("""
				insert into staff_security_setting (id, second_factor_required) values (1, :required)
				on conflict (id) do update set second_factor_required = :required""")
			.param("required", required)
			.update();
		auditLog.record(actor, "staff.secondFactorRequired", AuditTarget.of("staff_security_setting"),
				String.valueOf(before), String.valueOf(required));
	}

}
