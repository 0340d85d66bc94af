package dk.seniorpartnerskab.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.privacy.EditionErasure;
import dk.seniorpartnerskab.privacy.Person;
import dk.seniorpartnerskab.privacy.PersonalDataHolder;
import dk.seniorpartnerskab.privacy.PersonalDataItem;
import dk.seniorpartnerskab.web.Copenhagen;

/**
 * The directory keeps contacts (name, title, address, phone, note) and opt-outs by
 * address; none of it is bound to an edition. Erasing a person deletes their contacts and
 * opt-out (there is nothing to count). With an edition go the contacts that joined from
 * its registrations, when the person leaves with it.
 */
@Component
class DirectoryPersonalData implements PersonalDataHolder {

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	DirectoryPersonalData(JdbcTemplate jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public List<PersonalDataItem> findByEmail(String email) {
		var items = new ArrayList<PersonalDataItem>();
		jdbc.query("""
				select c.municipality_code, m.name municipality, c.role, c.name, c.title, c.email, c.phone, c.note
				from directory_contact c join municipality m on m.code = c.municipality_code
				where lower(c.email) = lower(?) order by c.id""", rs -> {
			items.add(PersonalDataItem.of("directory.contact", null)
				.with("name", rs.getString("name"))
				.with("email", rs.getString("email"))
				.with("title", rs.getString("title"))
				.with("phone", rs.getString("phone"))
				.with("municipality", rs.getString("municipality"))
				.with("role", messages.getMessage("contact.role." + rs.getString("role"), null, Copenhagen.DANISH))
				.with("note", rs.getString("note"))
				.link("/admin/kommuner/" + rs.getInt("municipality_code"))
				.build());
		}, email.trim());
		jdbc.query("select opted_out_at from directory_opt_out where email = lower(?)", rs -> {
			items.add(PersonalDataItem.of("directory.optOut", null)
				.with("email", email.trim().toLowerCase(Locale.ROOT))
				.with("time", Copenhagen.formatDateTime(rs.getTimestamp(1).toInstant()))
				.build());
		}, email.trim());
		return items;
	}

	@Override
	public int erasePerson(Person person) {
		return jdbc.update("delete from directory_contact where lower(email) = ?", person.email())
				+ jdbc.update("delete from directory_opt_out where email = ?", person.email());
	}

	@Override
	public int eraseEdition(EditionErasure erasure) {
		int erased = 0;
		for (var person : erasure.leaving()) {
			erased += jdbc.update(
					"delete from directory_contact where lower(email) = ? and registration_id is not null",
					person.email());
		}
		return erased;
	}

}
