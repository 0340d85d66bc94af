package dk.seniorpartnerskab.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.privacy.EditionErasure;
import dk.seniorpartnerskab.privacy.Person;
import dk.seniorpartnerskab.privacy.PersonalDataHolder;
import dk.seniorpartnerskab.privacy.PersonalDataItem;
import dk.seniorpartnerskab.privacy.Redaction;
import dk.seniorpartnerskab.web.Copenhagen;

/**
 * Personal data in the audit log's free text (before, after, detail), which should hold
 * none but may (a name in a changed field, an address in a note). Entries are otherwise
 * never changed; erasing a person is the one exception: their name and address are
 * replaced in the text, and who did what when stays. An edition's erasure does the same
 * for the people who leave with it.
 */
@Component
class AuditPersonalData implements PersonalDataHolder {

	private final JdbcTemplate jdbc;

	AuditPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<PersonalDataItem> findByEmail(String email) {
		var items = new ArrayList<PersonalDataItem>();
		String pattern = Redaction.containsPattern(email);
		jdbc.query("""
				select occurred_at, action, target_type, target_id from audit_entry
				where before_value ilike ? escape '\\' or after_value ilike ? escape '\\' or detail ilike ? escape '\\'
				order by occurred_at, id""", rs -> {
			items.add(PersonalDataItem.of("audit.entry", null)
				.with("time", Copenhagen.formatDateTime(rs.getTimestamp("occurred_at").toInstant()))
				.with("action", rs.getString("action"))
				.with("target",
						rs.getString("target_type")
								+ (rs.getString("target_id") == null ? "" : ":" + rs.getString("target_id")))
				.build());
		}, pattern, pattern, pattern);
		return items;
	}

	@Override
	public int erasePerson(Person person) {
		return redact(List.of(person));
	}

	@Override
	public int eraseEdition(EditionErasure erasure) {
		return redact(erasure.leaving());
	}

	private int redact(Collection<Person> people) {
		int erased = 0;
		for (var person : people) {
			var self = List.of(person);
			for (String identifier : person.identifiers()) {
				if (identifier.length() < 2) {
					continue;
				}
				String pattern = Redaction.containsPattern(identifier);
				var rows = jdbc.queryForList(
						"""
								select id, before_value, after_value, detail from audit_entry
								where before_value ilike ? escape '\\' or after_value ilike ? escape '\\' or detail ilike ? escape '\\'""",
						pattern, pattern, pattern);
				for (var row : rows) {
					erased += jdbc.update(
							"update audit_entry set before_value = ?, after_value = ?, detail = ? where id = ?",
							Redaction.redact((String) row.get("before_value"), self),
							Redaction.redact((String) row.get("after_value"), self),
							Redaction.redact((String) row.get("detail"), self), row.get("id"));
				}
			}
		}
		return erased;
	}

}
