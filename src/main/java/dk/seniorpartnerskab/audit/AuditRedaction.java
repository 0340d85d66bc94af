package dk.seniorpartnerskab.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dk.seniorpartnerskab.web.Redaction;

/**
 * Personal data in the audit log's free text (before, after, detail), which should hold
 * none but may (a name in a changed field, an address in a note). Entries are otherwise
 * never changed; erasing a person is the one exception: their name and address are
 * replaced in the text, and who did what when stays. Called by the privacy module (which
 * itself records its erasures here, so the audit log cannot be one of its holders).
 */
@Service
public class AuditRedaction {

	private final JdbcTemplate jdbc;

	AuditRedaction(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One audit entry that mentions a person: when, what, on which target. */
	public record Mention(Instant occurredAt, String action, String target) {
	}

	/** The entries whose free text mentions the address. */
	@Transactional(readOnly = true)
	public List<Mention> mentioning(String email) {
		String pattern = Redaction.containsPattern(email);
		return jdbc.query("""
				select occurred_at, action, target_type, target_id from audit_entry
				where before_value ilike ? escape '\\' or after_value ilike ? escape '\\' or detail ilike ? escape '\\'
				order by occurred_at, id""",
				(rs, row) -> new Mention(rs.getTimestamp("occurred_at").toInstant(), rs.getString("action"),
						rs.getString("target_type")
								+ (rs.getString("target_id") == null ? "" : ":" + rs.getString("target_id"))),
				pattern, pattern, pattern);
	}

	/**
	 * Replaces the identifiers wherever the free text mentions them; returns how many
	 * entries changed. Runs in the caller's erasure.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int redact(Collection<String> identifiers) {
		int erased = 0;
		for (String identifier : Redaction.searchable(identifiers)) {
			String pattern = Redaction.containsPattern(identifier);
			var rows = jdbc.queryForList(
					"""
							select id, before_value, after_value, detail from audit_entry
							where before_value ilike ? escape '\\' or after_value ilike ? escape '\\' or detail ilike ? escape '\\'""",
					pattern, pattern, pattern);
			for (var row : rows) {
				erased += jdbc.update(
						"update audit_entry set before_value = ?, after_value = ?, detail = ? where id = ?",
						Redaction.redact((String) row.get("before_value"), identifiers),
						Redaction.redact((String) row.get("after_value"), identifiers),
						Redaction.redact((String) row.get("detail"), identifiers), row.get("id"));
			}
		}
		return erased;
	}

}
