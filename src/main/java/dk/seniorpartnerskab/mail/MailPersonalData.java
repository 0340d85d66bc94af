package dk.seniorpartnerskab.mail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.privacy.EditionErasure;
import dk.seniorpartnerskab.privacy.Person;
import dk.seniorpartnerskab.privacy.PersonalDataHolder;
import dk.seniorpartnerskab.privacy.PersonalDataItem;
import dk.seniorpartnerskab.web.Copenhagen;
import dk.seniorpartnerskab.web.Redaction;

/**
 * The mail log's personal data: recipients, subjects and bodies (which name people and
 * carry their links), and attachments (calendar files naming the attendee). A person's
 * erasure deletes the mails sent to them, attachments included, and blanks their name and
 * address wherever another mail mentions them; an edition's erasure deletes the mails
 * about the edition (by reference) and those to the people who leave with it. The mail
 * log keeps no count the programme reports on.
 */
@Component
class MailPersonalData implements PersonalDataHolder {

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	MailPersonalData(JdbcTemplate jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public List<PersonalDataItem> findByEmail(String email) {
		var items = new ArrayList<PersonalDataItem>();
		jdbc.query("""
				select id, recipient, subject, text_body, kind, status, created_at from outgoing_mail
				where lower(recipient) = ? order by created_at, id""", rs -> {
			items.add(PersonalDataItem.of("mail.sent", null)
				.with("time", Copenhagen.formatDateTime(rs.getTimestamp("created_at").toInstant()))
				.with("kind",
						messages.getMessage("mail.kind." + rs.getString("kind"), null, rs.getString("kind"),
								Copenhagen.DANISH))
				.with("status",
						messages.getMessage("mail.log.status." + rs.getString("status"), null, rs.getString("status"),
								Copenhagen.DANISH))
				.with("email", rs.getString("recipient"))
				.with("subject", rs.getString("subject"))
				.with("body", rs.getString("text_body"))
				.link("/admin/mail/" + rs.getLong("id"))
				.build());
		}, email);
		return items;
	}

	@Override
	public int erasePerson(Person person) {
		int erased = jdbc.update("delete from outgoing_mail where lower(recipient) = ?", person.email());
		return erased + redactMentions(List.of(person));
	}

	@Override
	public int eraseEdition(EditionErasure erasure) {
		int erased = 0;
		for (String reference : erasure.references()) {
			erased += jdbc.update("delete from outgoing_mail where reference = ?", reference);
		}
		for (var person : erasure.leaving()) {
			erased += jdbc.update("delete from outgoing_mail where lower(recipient) = ?", person.email());
		}
		return erased + redactMentions(erasure.leaving());
	}

	/**
	 * Blanks the people's names and addresses in every other mail that mentions them;
	 * such a mail's attachments (calendar files) go, since their folded lines cannot be
	 * redacted reliably.
	 */
	private int redactMentions(Collection<Person> people) {
		int erased = 0;
		for (var person : people) {
			for (String identifier : Redaction.searchable(person.identifiers())) {
				var rows = jdbc.queryForList(
						"""
								select id, subject, html_body, text_body, last_error from outgoing_mail
								where subject ilike ? escape '\\' or html_body ilike ? escape '\\' or text_body ilike ? escape '\\'
								or last_error ilike ? escape '\\'""",
						Redaction.containsPattern(identifier), Redaction.containsPattern(identifier),
						Redaction.containsPattern(identifier), Redaction.containsPattern(identifier));
				for (var row : rows) {
					var self = person.identifiers();
					jdbc.update(
							"update outgoing_mail set subject = ?, html_body = ?, text_body = ?, last_error = ? where id = ?",
							Redaction.redact((String) row.get("subject"), self),
							Redaction.redact((String) row.get("html_body"), self),
							Redaction.redact((String) row.get("text_body"), self),
							Redaction.redact((String) row.get("last_error"), self), row.get("id"));
					jdbc.update("delete from outgoing_mail_attachment where mail_id = ?", row.get("id"));
					erased++;
				}
			}
		}
		return erased;
	}

}
