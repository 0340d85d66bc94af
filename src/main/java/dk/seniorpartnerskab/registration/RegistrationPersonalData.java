package dk.seniorpartnerskab.registration;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
import dk.seniorpartnerskab.web.Redaction;

/**
 * The personal data of registrations: contacts (name, title, e-mail, phone), participants
 * (name, e-mail, title), the effort descriptions and attachments the contact sent, and
 * history details naming people. Erasing keeps the registration, its status, network and
 * each participant's side (the counts per side), and blanks the rest; attachments (also
 * when a contact is erased on request: the contact sent them) and the private link go.
 * Files chosen on forms never submitted ({@link PendingAttachments}) name no person and
 * belong to no edition; the ones past their day go with every edition's erasure, so
 * retention does not depend on the hourly purge having run.
 */
@Component
class RegistrationPersonalData implements PersonalDataHolder {

	/** The actor of the history entry an erasure leaves. */
	static final String ERASURE_ACTOR = "system";

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	private final PendingAttachments pendingAttachments;

	RegistrationPersonalData(JdbcTemplate jdbc, MessageSource messages, PendingAttachments pendingAttachments) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.pendingAttachments = pendingAttachments;
	}

	@Override
	public List<PersonalDataItem> findByEmail(String email) {
		var items = new ArrayList<PersonalDataItem>();
		var names = new TreeSet<String>();
		var registrationIds = new LinkedHashSet<Long>();
		jdbc.query("""
				select r.id, r.edition_id, r.reference, r.status, m.name as municipality, r.contact_name,
				r.contact_title, r.contact_email, r.contact_phone, r.effort_description, r.collaboration_description,
				r.submitted_at,
				(select string_agg(a.file_name, ', ' order by a.id) from registration_attachment a
				 where a.registration_id = r.id) as attachments
				from registration r join municipality m on m.code = r.municipality_code
				where lower(r.contact_email) = ? order by r.submitted_at, r.id""", rs -> {
			names.add(rs.getString("contact_name"));
			registrationIds.add(rs.getLong("id"));
			items.add(PersonalDataItem.of("registration.contact", rs.getLong("edition_id"))
				.with("municipality", rs.getString("municipality"))
				.with("reference", rs.getString("reference"))
				.with("status", message("registration.status." + rs.getString("status")))
				.with("name", rs.getString("contact_name"))
				.with("title", rs.getString("contact_title"))
				.with("email", rs.getString("contact_email"))
				.with("phone", rs.getString("contact_phone"))
				.with("submitted", Copenhagen.formatDateTime(rs.getTimestamp("submitted_at").toInstant()))
				.with("effort", rs.getString("effort_description"))
				.with("collaboration", rs.getString("collaboration_description"))
				.with("attachments", rs.getString("attachments"))
				.link("/admin/tilmeldinger/" + rs.getLong("id"))
				.build());
		}, email);
		jdbc.query("""
				select p.name, p.email, p.title, p.side, r.id as registration_id, r.edition_id, r.reference,
				m.name as municipality
				from registration_participant p join registration r on r.id = p.registration_id
				join municipality m on m.code = r.municipality_code
				where lower(p.email) = ? order by r.submitted_at, p.id""", rs -> {
			names.add(rs.getString("name"));
			registrationIds.add(rs.getLong("registration_id"));
			items.add(PersonalDataItem.of("registration.participant", rs.getLong("edition_id"))
				.with("municipality", rs.getString("municipality"))
				.with("reference", rs.getString("reference"))
				.with("name", rs.getString("name"))
				.with("email", rs.getString("email"))
				.with("title", rs.getString("title"))
				.with("side", message("registration.side." + rs.getString("side")))
				.link("/admin/tilmeldinger/" + rs.getLong("registration_id"))
				.build());
		}, email);
		jdbc.query("""
				select h.detail, h.happened_at, r.id, r.edition_id, r.reference, m.name as municipality
				from registration_history h join registration r on r.id = h.registration_id
				join municipality m on m.code = r.municipality_code
				where h.action = 'contact-replaced' and h.detail ilike ? escape '\\' order by h.happened_at, h.id""",
				rs -> {
					String detail = rs.getString("detail");
					int bracket = detail.lastIndexOf(" <");
					if (bracket > 0 && detail.substring(bracket + 2).toLowerCase(Locale.ROOT).startsWith(email)) {
						String name = detail.substring(0, bracket);
						names.add(name);
						registrationIds.add(rs.getLong("id"));
						items.add(PersonalDataItem.of("registration.formerContact", rs.getLong("edition_id"))
							.with("municipality", rs.getString("municipality"))
							.with("reference", rs.getString("reference"))
							.with("name", name)
							.with("email", email)
							.with("replaced", Copenhagen.formatDateTime(rs.getTimestamp("happened_at").toInstant()))
							.link("/admin/tilmeldinger/" + rs.getLong("id"))
							.build());
					}
				}, Redaction.containsPattern(" <" + email + ">"));
		var person = new Person(email, names);
		for (long registrationId : registrationIds) {
			jdbc.query("""
					select h.actor, h.action, h.detail, h.happened_at, r.edition_id, r.reference
					from registration_history h join registration r on r.id = h.registration_id
					where h.registration_id = ? order by h.happened_at, h.id""", rs -> {
				String detail = rs.getString("detail");
				if (!"contact-replaced".equals(rs.getString("action"))
						&& Redaction.mentions(detail, person.identifiers())) {
					items.add(PersonalDataItem.of("registration.history", rs.getLong("edition_id"))
						.with("reference", rs.getString("reference"))
						.with("time", Copenhagen.formatDateTime(rs.getTimestamp("happened_at").toInstant()))
						.with("action",
								messages.getMessage("registration.history." + rs.getString("action"), null,
										rs.getString("action"), Copenhagen.DANISH))
						.with("detail", detail)
						.link("/admin/tilmeldinger/" + registrationId)
						.build());
				}
			}, registrationId);
		}
		return items;
	}

	@Override
	public int erasePerson(Person person) {
		var now = Timestamp.from(Instant.now());
		// Registrations the person is or was the contact of: the contact sent their
		// attachments.
		var asContact = new LinkedHashSet<Long>();
		asContact.addAll(jdbc.queryForList("select id from registration where lower(contact_email) = ?", Long.class,
				person.email()));
		asContact.addAll(jdbc.queryForList("""
				select registration_id from registration_history where action = 'contact-replaced'
				and detail ilike ? escape '\\'""", Long.class, Redaction.containsPattern(" <" + person.email() + ">")));
		var touched = new LinkedHashSet<Long>(asContact);
		touched.addAll(jdbc.queryForList("select registration_id from registration_participant where lower(email) = ?",
				Long.class, person.email()));
		touched.addAll(
				jdbc.queryForList("select registration_id from registration_history where detail ilike ? escape '\\'",
						Long.class, Redaction.containsPattern(person.email())));
		int erased = jdbc.update("""
				update registration set contact_name = '', contact_title = '', contact_email = '', contact_phone = null,
				private_token_hash = 'erased-' || id where lower(contact_email) = ?""", person.email());
		erased += jdbc.update("""
				update registration_participant set name = '', email = '', title = '' where lower(email) = ?""",
				person.email());
		erased += redactHistory(touched, person.identifiers());
		erased += redactDescriptions(touched, person.identifiers());
		for (long registrationId : asContact) {
			erased += deleteAttachments("registration_id = ?", registrationId);
		}
		for (long registrationId : touched) {
			jdbc.update("""
					insert into registration_history (registration_id, actor, action, detail, happened_at)
					values (?, ?, 'personal-data-erased', '', ?)""", registrationId, ERASURE_ACTOR, now);
		}
		return erased;
	}

	@Override
	public Set<Person> peopleOf(long editionId) {
		Map<String, Set<String>> names = new HashMap<>();
		jdbc.query(
				"""
						select lower(contact_email) as email, contact_name as name from registration where edition_id = ?
						union all
						select lower(p.email), p.name from registration_participant p join registration r on r.id = p.registration_id
						where r.edition_id = ?""",
				rs -> {
					String email = rs.getString("email");
					if (!email.isBlank()) {
						names.computeIfAbsent(email, e -> new TreeSet<>()).add(rs.getString("name"));
					}
				}, editionId, editionId);
		var people = new LinkedHashSet<Person>();
		names.forEach((email, n) -> people.add(new Person(email, n)));
		return people;
	}

	@Override
	public Set<String> referencesOf(long editionId) {
		return new LinkedHashSet<>(jdbc.queryForList(
				"select 'registration:' || id from registration where edition_id = ?", String.class, editionId));
	}

	@Override
	public int eraseEdition(EditionErasure erasure) {
		long editionId = erasure.editionId();
		int erased = jdbc.update("""
				update registration set contact_name = '', contact_title = '', contact_email = '', contact_phone = null,
				effort_description = '', collaboration_description = '', rejection_reason = null,
				private_token_hash = 'erased-' || id where edition_id = ?""", editionId);
		erased += jdbc.update("""
				update registration_participant set name = '', email = '', title = ''
				where registration_id in (select id from registration where edition_id = ?)""", editionId);
		erased += deleteAttachments("registration_id in (select id from registration where edition_id = ?)", editionId);
		// History keeps who did what when; its details (names, file names, reasons) go.
		erased += jdbc.update("""
				update registration_history set detail = '' where detail <> ''
				and registration_id in (select id from registration where edition_id = ?)""", editionId);
		erased += jdbc.update(
				"""
						update registration_history set actor = ? where registration_id in
						(select id from registration where edition_id = ?) and lower(actor) in (%s)"""
					.formatted(placeholders(erasure.people().size())),
				params(ERASURE_ACTOR, editionId, erasure.people().stream().map(Person::email).toList()));
		erased += pendingAttachments.purgeExpired();
		return erased;
	}

	private int redactHistory(Set<Long> registrationIds, Collection<String> people) {
		int erased = 0;
		for (long registrationId : registrationIds) {
			var rows = jdbc.queryForList("select id, actor, detail from registration_history where registration_id = ?",
					registrationId);
			for (var row : rows) {
				String detail = (String) row.get("detail");
				String actor = (String) row.get("actor");
				String redactedDetail = Redaction.redact(detail, people);
				String redactedActor = Redaction.mentions(actor, people) ? ERASURE_ACTOR : actor;
				if (!redactedDetail.equals(detail) || !redactedActor.equals(actor)) {
					jdbc.update("update registration_history set detail = ?, actor = ? where id = ?", redactedDetail,
							redactedActor, row.get("id"));
					erased++;
				}
			}
		}
		return erased;
	}

	/**
	 * Deletes attachments and their bytes: files cannot be redacted reliably (compressed
	 * PDF and DOCX), so they go whole.
	 */
	private int deleteAttachments(String where, Object argument) {
		var contents = jdbc.queryForList("select content_id from registration_attachment where " + where, Long.class,
				argument);
		int deleted = jdbc.update("delete from registration_attachment where " + where, argument);
		for (long contentId : contents) {
			jdbc.update("delete from registration_attachment_content where id = ?", contentId);
		}
		return deleted;
	}

	/** The effort texts and a rejection reason may name the person too. */
	private int redactDescriptions(Set<Long> registrationIds, Collection<String> people) {
		int erased = 0;
		for (long registrationId : registrationIds) {
			var row = jdbc.queryForMap(
					"select effort_description, collaboration_description, rejection_reason from registration where id = ?",
					registrationId);
			String effort = (String) row.get("effort_description");
			String collaboration = (String) row.get("collaboration_description");
			String reason = (String) row.get("rejection_reason");
			if (Redaction.mentions(effort, people) || Redaction.mentions(collaboration, people)
					|| Redaction.mentions(reason, people)) {
				erased += jdbc.update("""
						update registration set effort_description = ?, collaboration_description = ?,
						rejection_reason = ? where id = ?""", Redaction.redact(effort, people),
						Redaction.redact(collaboration, people), Redaction.redact(reason, people), registrationId);
			}
		}
		return erased;
	}

	private static String placeholders(int count) {
		return count == 0 ? "null" : String.join(", ", Collections.nCopies(count, "?"));
	}

	private static Object[] params(Object first, Object second, List<String> rest) {
		var all = new ArrayList<Object>();
		all.add(first);
		all.add(second);
		all.addAll(rest);
		return all.toArray();
	}

	private String message(String key) {
		return messages.getMessage(key, null, key, Copenhagen.DANISH);
	}

}
