package dk.seniorpartnerskab.staff;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.privacy.EditionErasure;
import dk.seniorpartnerskab.privacy.Person;
import dk.seniorpartnerskab.privacy.PersonalDataHolder;
import dk.seniorpartnerskab.privacy.PersonalDataItem;

/**
 * Sessions in the database (Spring Session JDBC) name the staff user logged in, and may
 * carry a flash message between two requests. Sessions end after 8 hours without use;
 * erasing a person also ends every session logged in under their address. Staff users
 * themselves are not programme data: an administrator deactivates them.
 */
@Component
class SessionPersonalData implements PersonalDataHolder {

	private final JdbcTemplate jdbc;

	SessionPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<PersonalDataItem> findByEmail(String email) {
		return List.of();
	}

	@Override
	public int erasePerson(Person person) {
		return jdbc.update("delete from spring_session where lower(principal_name) = ?", person.email());
	}

	@Override
	public int eraseEdition(EditionErasure erasure) {
		return erasure.leaving().stream().mapToInt(this::erasePerson).sum();
	}

}
