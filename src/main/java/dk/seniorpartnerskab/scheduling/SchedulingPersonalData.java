package dk.seniorpartnerskab.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.privacy.EditionErasure;
import dk.seniorpartnerskab.privacy.Person;
import dk.seniorpartnerskab.privacy.PersonalDataHolder;
import dk.seniorpartnerskab.privacy.PersonalDataItem;
import dk.seniorpartnerskab.web.Copenhagen;

/**
 * The personal data of scheduling: each invitation's name, e-mail and answer link, the
 * dietary and access needs given with an answer, and the networks' calendar feed links.
 * Erasing keeps every invitation row with its municipality, answer and attendance (the
 * counts per meeting) and blanks who it was; a person erased on request is also withdrawn
 * from meetings that have not begun, so nothing more is sent to them.
 */
@Component
class SchedulingPersonalData implements PersonalDataHolder {

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	private final Clock clock;

	SchedulingPersonalData(JdbcTemplate jdbc, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<PersonalDataItem> findByEmail(String email) {
		var items = new ArrayList<PersonalDataItem>();
		jdbc.query("""
				select i.id, i.name, i.email, i.answer, i.attended, i.withdrawn_at, i.invited_at, m.id as meeting_id,
				m.edition_id, m.title, m.starts_at, mu.name as municipality, n.text as needs
				from invitation i join meeting m on m.id = i.meeting_id
				join municipality mu on mu.code = i.municipality_code
				left join invitation_need n on n.invitation_id = i.id
				where lower(i.email) = ? order by m.starts_at nulls last, i.id""", rs -> {
			Timestamp startsAt = rs.getTimestamp("starts_at");
			Object attended = rs.getObject("attended");
			items.add(PersonalDataItem.of("scheduling.invitation", rs.getLong("edition_id"))
				.with("meeting", rs.getString("title"))
				.with("time", startsAt == null ? null : Copenhagen.formatDateTime(startsAt.toInstant()))
				.with("municipality", rs.getString("municipality"))
				.with("name", rs.getString("name"))
				.with("email", rs.getString("email"))
				.with("answer", message("invitation.answer.short." + rs.getString("answer")))
				.with("attended", attended == null ? null : message("privacy.value." + attended))
				.with("needs", rs.getString("needs"))
				.with("withdrawn",
						rs.getTimestamp("withdrawn_at") == null ? null
								: Copenhagen.formatDateTime(rs.getTimestamp("withdrawn_at").toInstant()))
				.link("/admin/aktiviteter/" + rs.getLong("meeting_id"))
				.build());
		}, email);
		return items;
	}

	@Override
	public int erasePerson(Person person) {
		var now = Timestamp.from(clock.instant());
		int needs = jdbc
			.update("""
					delete from invitation_need where invitation_id in (select id from invitation where lower(email) = ?)""",
					person.email());
		jdbc.update("""
				update invitation i set withdrawn_at = ? from meeting m
				where m.id = i.meeting_id and lower(i.email) = ? and i.withdrawn_at is null
				and (m.starts_at is null or m.starts_at > ?)""", now, person.email(), now);
		return needs + jdbc.update("""
				update invitation set name = '', email = 'erased-' || id, token_hash = 'erased-' || id
				where lower(email) = ?""", person.email());
	}

	@Override
	public Set<Person> peopleOf(long editionId) {
		Map<String, Set<String>> names = new HashMap<>();
		jdbc.query("""
				select lower(i.email) as email, i.name from invitation i join meeting m on m.id = i.meeting_id
				where m.edition_id = ? and i.name <> ''""", rs -> {
			names.computeIfAbsent(rs.getString("email"), e -> new TreeSet<>()).add(rs.getString("name"));
		}, editionId);
		var people = new LinkedHashSet<Person>();
		names.forEach((email, n) -> people.add(new Person(email, n)));
		return people;
	}

	@Override
	public Set<String> referencesOf(long editionId) {
		return new LinkedHashSet<>(jdbc.queryForList(
				"""
						select 'invitation:' || i.id from invitation i join meeting m on m.id = i.meeting_id where m.edition_id = ?
						union all
						select 'network-message:' || i.id from invitation i join meeting m on m.id = i.meeting_id
						where m.edition_id = ?""",
				String.class, editionId, editionId));
	}

	@Override
	public int eraseEdition(EditionErasure erasure) {
		long editionId = erasure.editionId();
		int erased = jdbc.update("""
				update invitation set name = '', email = 'erased-' || id, token_hash = 'erased-' || id
				where meeting_id in (select id from meeting where edition_id = ?)""", editionId);
		erased += jdbc.update("""
				delete from invitation_need where invitation_id in
				(select i.id from invitation i join meeting m on m.id = i.meeting_id where m.edition_id = ?)""",
				editionId);
		erased += jdbc.update("""
				delete from calendar_feed where network_id in (select id from network where edition_id = ?)""",
				editionId);
		return erased;
	}

	private String message(String key) {
		return messages.getMessage(key, null, key, Copenhagen.DANISH);
	}

}
