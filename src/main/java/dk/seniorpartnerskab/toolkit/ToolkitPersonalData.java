package dk.seniorpartnerskab.toolkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.privacy.EditionErasure;
import dk.seniorpartnerskab.privacy.Person;
import dk.seniorpartnerskab.privacy.PersonalDataHolder;
import dk.seniorpartnerskab.privacy.PersonalDataItem;
import dk.seniorpartnerskab.web.Copenhagen;
import dk.seniorpartnerskab.web.UploadedFile;

/**
 * Toolkit notices remember who was told, by a hash of the address (never the address).
 * Erasing a person forgets that they were told; download counts hold no person and stay.
 */
@Component
class ToolkitPersonalData implements PersonalDataHolder {

	private final JdbcTemplate jdbc;

	ToolkitPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<PersonalDataItem> findByEmail(String email) {
		var items = new ArrayList<PersonalDataItem>();
		jdbc.query("""
				select t.title, n.sent_at from toolkit_notice n join toolkit t on t.id = n.toolkit_id
				where n.recipient_hash = ? order by n.sent_at, n.id""", rs -> {
			items.add(PersonalDataItem.of("toolkit.notice", null)
				.with("toolkit", rs.getString("title"))
				.with("time", Copenhagen.formatDateTime(rs.getTimestamp("sent_at").toInstant()))
				.build());
		}, hash(email));
		return items;
	}

	@Override
	public int erasePerson(Person person) {
		return jdbc.update("delete from toolkit_notice where recipient_hash = ?", hash(person.email()));
	}

	@Override
	public int eraseEdition(EditionErasure erasure) {
		return erasure.leaving().stream().mapToInt(this::erasePerson).sum();
	}

	private static String hash(String email) {
		return UploadedFile.sha256(email.getBytes(StandardCharsets.UTF_8));
	}

}
