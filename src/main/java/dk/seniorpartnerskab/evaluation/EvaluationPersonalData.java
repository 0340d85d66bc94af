package dk.seniorpartnerskab.evaluation;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.privacy.EditionErasure;
import dk.seniorpartnerskab.privacy.Person;
import dk.seniorpartnerskab.privacy.PersonalDataHolder;
import dk.seniorpartnerskab.privacy.PersonalDataItem;
import dk.seniorpartnerskab.web.Copenhagen;
import dk.seniorpartnerskab.web.Redaction;

/**
 * Evaluations are anonymous (no name, address or invitation with an answer), but each
 * request is one person's link, found through their invitation, and a free-text answer
 * may name someone. Erasing a person kills their links and blanks their name in answers;
 * erasing an edition kills its links and deletes its free-text answers, keeping every
 * rating and the response rate. Runs before scheduling's holder ({@code @Order(0)}),
 * which blanks the invitations this one finds people through.
 */
@Component
@Order(0)
class EvaluationPersonalData implements PersonalDataHolder {

	private static final String EDITION_RESPONSES = """
			select id from evaluation_response where meeting_id in (select id from meeting where edition_id = ?)""";

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	EvaluationPersonalData(JdbcTemplate jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public List<PersonalDataItem> findByEmail(String email) {
		var items = new ArrayList<PersonalDataItem>();
		jdbc.query("""
				select m.edition_id, m.title, r.sent_at, r.answered from evaluation_request r
				join invitation i on i.id = r.invitation_id join meeting m on m.id = r.meeting_id
				where lower(i.email) = ? order by r.sent_at, r.id""", rs -> {
			Timestamp sent = rs.getTimestamp("sent_at");
			items.add(PersonalDataItem.of("evaluation.request", rs.getLong("edition_id"))
				.with("meeting", rs.getString("title"))
				.with("time", Copenhagen.formatDateTime(sent.toInstant()))
				.with("answered",
						messages.getMessage("privacy.value." + rs.getBoolean("answered"), null, Copenhagen.DANISH))
				.build());
		}, email);
		return items;
	}

	@Override
	public int erasePerson(Person person) {
		int erased = jdbc.update("""
				update evaluation_request set token_hash = 'erased-' || id
				where invitation_id in (select id from invitation where lower(email) = ?)""", person.email());
		for (String identifier : Redaction.searchable(person.identifiers())) {
			var rows = jdbc.queryForList("select id, text from evaluation_answer where text ilike ? escape '\\'",
					Redaction.containsPattern(identifier));
			for (var row : rows) {
				erased += jdbc.update("update evaluation_answer set text = ? where id = ?",
						Redaction.redact((String) row.get("text"), person.identifiers()), row.get("id"));
			}
		}
		return erased;
	}

	@Override
	public Set<String> referencesOf(long editionId) {
		var references = new LinkedHashSet<String>();
		for (long invitationId : jdbc.queryForList("""
				select r.invitation_id from evaluation_request r join meeting m on m.id = r.meeting_id
				where m.edition_id = ?""", Long.class, editionId)) {
			references.add("evaluation-request:" + invitationId);
			references.add("evaluation-reminder:" + invitationId);
		}
		return references;
	}

	@Override
	public int eraseEdition(EditionErasure erasure) {
		int erased = jdbc.update("""
				update evaluation_request set token_hash = 'erased-' || id
				where meeting_id in (select id from meeting where edition_id = ?)""", erasure.editionId());
		erased += jdbc.update(
				"delete from evaluation_answer where text is not null and response_id in (" + EDITION_RESPONSES + ")",
				erasure.editionId());
		return erased;
	}

}
