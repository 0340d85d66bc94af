package dk.seniorpartnerskab.outreach;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.privacy.EditionErasure;
import dk.seniorpartnerskab.privacy.Person;
import dk.seniorpartnerskab.privacy.PersonalDataHolder;
import dk.seniorpartnerskab.privacy.PersonalDataItem;
import dk.seniorpartnerskab.web.Copenhagen;

/**
 * Outreach keeps, per message, the addresses it went to. Erasing replaces the address
 * with a placeholder and forgets the contact and the unsubscribe secret, keeping the
 * municipality, so the counts (recipients, municipalities invited) stay.
 */
@Component
class OutreachPersonalData implements PersonalDataHolder {

	private static final String ERASE = """
			update outreach_delivery set email = 'slettet-' || id, contact_id = null,
			unsubscribe_token_hash = 'slettet-' || id where """;

	private final JdbcTemplate jdbc;

	OutreachPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<PersonalDataItem> findByEmail(String email) {
		var items = new ArrayList<PersonalDataItem>();
		jdbc.query("""
				select m.edition_id, m.subject, d.email, d.created_at from outreach_delivery d
				join outreach_message m on m.id = d.message_id where lower(d.email) = lower(?) order by d.id""", rs -> {
			items.add(PersonalDataItem.of("outreach.delivery", (Long) rs.getObject("edition_id"))
				.with("email", rs.getString("email"))
				.with("subject", rs.getString("subject"))
				.with("time", Copenhagen.formatDateTime(rs.getTimestamp("created_at").toInstant()))
				.link("/admin/udsendelser")
				.build());
		}, email.trim());
		return items;
	}

	@Override
	public int erasePerson(Person person) {
		return jdbc.update(ERASE + " lower(email) = ?", person.email());
	}

	@Override
	public int eraseEdition(EditionErasure erasure) {
		int erased = jdbc.update(ERASE + " message_id in (select id from outreach_message where edition_id = ?)",
				erasure.editionId());
		for (var person : erasure.leaving()) {
			erased += erasePerson(person);
		}
		return erased;
	}

}
