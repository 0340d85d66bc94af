package dk.seniorpartnerskab.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.seniorpartnerskab.audit.AuditLog;
import dk.seniorpartnerskab.municipality.Municipality;
import dk.seniorpartnerskab.municipality.MunicipalityRepository;
import dk.seniorpartnerskab.registration.RegistrationRepository;
import dk.seniorpartnerskab.registration.RegistrationSubmitted;
import dk.seniorpartnerskab.web.EmailAddress;
import dk.seniorpartnerskab.web.Versions;

/**
 * The directory's rules: contacts by municipality, import with a preview (every row's
 * outcome, nothing written until confirmed, all or nothing), opt-outs from outreach, and
 * registration contacts joining by themselves.
 */
@Service
public class ContactDirectory {

	static final Pattern EMAIL = Pattern.compile(EmailAddress.REGEXP);

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	private final ContactRepository contacts;

	private final MunicipalityRepository municipalities;

	private final RegistrationRepository registrations;

	private final JdbcTemplate jdbc;

	private final AuditLog auditLog;

	private final MessageSource messages;

	private final Clock clock;

	ContactDirectory(ContactRepository contacts, MunicipalityRepository municipalities,
			RegistrationRepository registrations, JdbcTemplate jdbc, AuditLog auditLog, MessageSource messages,
			Clock clock) {
		this.contacts = contacts;
		this.municipalities = municipalities;
		this.registrations = registrations;
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.messages = messages;
		this.clock = clock;
	}

	// Reading

	@Transactional(readOnly = true)
	public List<Contact> contactsOf(int municipalityCode) {
		return contacts.findByMunicipality(municipalityCode);
	}

	@Transactional(readOnly = true)
	public List<Contact> all() {
		return contacts.findAllInOrder();
	}

	@Transactional(readOnly = true)
	public Optional<Contact> find(long id) {
		return contacts.findById(id);
	}

	/** Lower-cased addresses that want no outreach. */
	@Transactional(readOnly = true)
	public Set<String> optedOut() {
		return new HashSet<>(jdbc.queryForList("select email from directory_opt_out", String.class));
	}

	@Transactional(readOnly = true)
	public boolean isOptedOut(String email) {
		return !jdbc.queryForList("select 1 from directory_opt_out where email = ?", Integer.class, normal(email))
			.isEmpty();
	}

	// Changing

	/** Removes an address from outreach at once; saying it twice changes nothing. */
	@Transactional
	public void optOut(String email) {
		jdbc.update("insert into directory_opt_out (email, opted_out_at) values (?, ?) on conflict do nothing",
				normal(email), Timestamp.from(clock.instant()));
	}

	/**
	 * Staff take an address back into outreach (e.g. the person asked to be included
	 * again).
	 */
	@Transactional
	public void optIn(String email, String actor) {
		if (jdbc.update("delete from directory_opt_out where email = ?", normal(email)) > 0) {
			auditLog.record(actor, "directory.optIn", "contact-email", "opted-out", "included");
		}
	}

	@Transactional
	public Contact add(int municipalityCode, ContactDetails details, String actor) {
		var contact = contacts.save(new Contact(municipalityCode, details, clock.instant()));
		auditLog.record(actor, "directory.contactAdded", "contact:" + contact.getId(), null,
				String.valueOf(municipalityCode));
		return contact;
	}

	@Transactional
	public Contact change(long id, long expectedVersion, ContactDetails details, String actor) {
		var contact = contacts.findById(id).orElseThrow();
		Versions.require(expectedVersion, contact.getVersion(), Contact.class, id);
		contact.apply(details, clock.instant());
		auditLog.record(actor, "directory.contactChanged", "contact:" + id, null, null);
		return contact;
	}

	@Transactional
	public void remove(long id, String actor) {
		contacts.findById(id).ifPresent(contact -> {
			contacts.delete(contact);
			auditLog.record(actor, "directory.contactRemoved", "contact:" + id,
					String.valueOf(contact.getMunicipalityCode()), null);
		});
	}

	/**
	 * The registration's contact joins the directory (marked as from the registration),
	 * in the registration's transaction; a contact already there with that address is
	 * only marked.
	 */
	@EventListener
	@Transactional
	void on(RegistrationSubmitted event) {
		registrations.findById(event.registrationId()).ifPresent(registration -> {
			String email = registration.getContactEmail() == null ? "" : registration.getContactEmail().strip();
			if (!EMAIL.matcher(email).matches() || email.length() > 254 || registration.getContactName() == null
					|| registration.getContactName().isBlank()) {
				return;
			}
			var now = Timestamp.from(clock.instant());
			jdbc.update(
					"""
							insert into directory_contact
							(municipality_code, role, name, title, email, phone, registration_id, created_at, updated_at)
							values (?, 'OTHER', ?, ?, ?, ?, ?, ?, ?)
							on conflict (municipality_code, lower(email)) do update set registration_id = excluded.registration_id""",
					event.municipalityCode(), limit(registration.getContactName(), 200),
					limit(registration.getContactTitle(), 200), email, limit(registration.getContactPhone(), 30),
					event.registrationId(), now, now);
		});
	}

	// Import

	/** Keeps an uploaded file for its preview and returns its id. */
	@Transactional
	public long upload(String fileName, byte[] content, String actor) {
		ContactFile.read(content);
		return jdbc.queryForObject("""
				insert into directory_import (file_name, content, uploaded_by, uploaded_at) values (?, ?, ?, ?)
				returning id""", Long.class, limit(fileName, 255), content, actor, Timestamp.from(clock.instant()));
	}

	/** The uploaded file's name, if it is still waiting for confirmation. */
	@Transactional(readOnly = true)
	public Optional<String> uploadName(long importId) {
		return jdbc.queryForList("select file_name from directory_import where id = ?", String.class, importId)
			.stream()
			.findFirst();
	}

	@Transactional(readOnly = true)
	public ImportPreview preview(long importId) {
		return preview(content(importId));
	}

	/** What importing these bytes would do; writes nothing. */
	@Transactional(readOnly = true)
	public ImportPreview preview(byte[] content) {
		var lines = ContactFile.read(content);
		var byCode = new HashMap<Integer, Municipality>();
		var byName = new HashMap<String, Municipality>();
		for (var m : municipalities.findAllWithRegion()) {
			byCode.put(m.getCode(), m);
			byName.put(m.getName().toLowerCase(DANISH), m);
		}
		var existing = new HashMap<String, Contact>();
		for (var c : contacts.findAll()) {
			existing.put(key(c.getMunicipalityCode(), c.getEmail()), c);
		}
		var roles = roleNames();
		var seen = new HashSet<String>();
		var rows = new ArrayList<ImportPreview.Row>();
		for (var line : lines) {
			rows.add(outcome(line, byCode, byName, existing, roles, seen));
		}
		return new ImportPreview(rows);
	}

	private ImportPreview.Row outcome(ContactFile.Line line, Map<Integer, Municipality> byCode,
			Map<String, Municipality> byName, Map<String, Contact> existing, Map<String, ContactRole> roles,
			Set<String> seen) {
		Municipality municipality = null;
		String code = line.get("kommunekode");
		String name = line.get("kommune");
		if (!code.isEmpty()) {
			try {
				municipality = byCode.get(Integer.parseInt(code));
			}
			catch (NumberFormatException e) {
				municipality = null;
			}
			if (municipality != null && !name.isEmpty()
					&& !municipality.getName().equalsIgnoreCase(name.replaceFirst("(?i)\\s+kommune$", ""))) {
				return refused(line, "directory.import.reason.mismatch", municipality,
						new ContactDetails(ContactRole.OTHER, line.get("navn"), line.get("titel"), line.get("email"),
								line.get("telefon"), line.get("note")));
			}
		}
		else if (!name.isEmpty()) {
			municipality = byName.get(name.toLowerCase(DANISH).replaceFirst("\\s+kommune$", ""));
		}
		String roleText = line.get("rolle");
		ContactRole role = roleText.isEmpty() ? ContactRole.OTHER : roles.get(roleText.toLowerCase(DANISH));
		var details = new ContactDetails(role == null ? ContactRole.OTHER : role, line.get("navn"), line.get("titel"),
				line.get("email"), line.get("telefon"), line.get("note"));
		if (municipality == null) {
			return refused(line, "directory.import.reason.municipality", null, details);
		}
		if (role == null) {
			return refused(line, "directory.import.reason.role", municipality, details);
		}
		if (details.name().isEmpty() || details.name().length() > 200) {
			return refused(line, "directory.import.reason.name", municipality, details);
		}
		if (details.email().length() > 254 || !EMAIL.matcher(details.email()).matches()) {
			return refused(line, "directory.import.reason.email", municipality, details);
		}
		if (details.title().length() > 200 || details.phone().length() > 30 || details.note().length() > 1000) {
			return refused(line, "directory.import.reason.tooLong", municipality, details);
		}
		String key = key(municipality.getCode(), details.email());
		if (!seen.add(key)) {
			return refused(line, "directory.import.reason.repeated", municipality, details);
		}
		var contact = existing.get(key);
		var outcome = contact == null ? ImportPreview.Outcome.NEW
				: contact.differsFrom(details) ? ImportPreview.Outcome.CHANGED : ImportPreview.Outcome.UNCHANGED;
		return new ImportPreview.Row(line.number(), outcome, null, municipality.getCode(), municipality.getName(),
				details);
	}

	private static ImportPreview.Row refused(ContactFile.Line line, String reasonKey, Municipality municipality,
			ContactDetails details) {
		return new ImportPreview.Row(line.number(), ImportPreview.Outcome.REFUSED, reasonKey,
				municipality == null ? null : municipality.getCode(),
				municipality == null ? null : municipality.getName(), details);
	}

	/**
	 * Imports the uploaded file: new and changed rows in one transaction (refused rows
	 * write nothing), then forgets the file. Returns the preview as applied.
	 */
	@Transactional
	public ImportPreview confirm(long importId, String actor) {
		var preview = preview(content(importId));
		var now = clock.instant();
		for (var row : preview.rows()) {
			switch (row.outcome()) {
				case NEW -> contacts.save(new Contact(row.municipalityCode(), row.details(), now));
				case CHANGED -> contacts.findByMunicipalityAndEmail(row.municipalityCode(), row.details().email())
					.orElseThrow()
					.apply(row.details(), now);
				default -> {
				}
			}
		}
		jdbc.update("delete from directory_import where id = ?", importId);
		auditLog.record(actor, "directory.imported", "directory", null,
				"new=" + preview.count(ImportPreview.Outcome.NEW) + " changed="
						+ preview.count(ImportPreview.Outcome.CHANGED) + " refused="
						+ preview.count(ImportPreview.Outcome.REFUSED));
		return preview;
	}

	@Transactional
	public void discard(long importId) {
		jdbc.update("delete from directory_import where id = ?", importId);
	}

	private byte[] content(long importId) {
		return jdbc.queryForList("select content from directory_import where id = ?", byte[].class, importId)
			.stream()
			.findFirst()
			.orElseThrow(() -> new ContactFile.UnreadableException("directory.import.error.gone"));
	}

	/** Role names an import accepts: the Danish name shown on the pages, or the code. */
	private Map<String, ContactRole> roleNames() {
		var names = new HashMap<String, ContactRole>();
		for (var role : ContactRole.values()) {
			names.put(role.name().toLowerCase(DANISH), role);
			names.put(roleName(role).toLowerCase(DANISH), role);
		}
		return names;
	}

	public String roleName(ContactRole role) {
		return messages.getMessage("contact.role." + role.name(), null, DANISH);
	}

	private static String key(int municipalityCode, String email) {
		return municipalityCode + "|" + normal(email);
	}

	static String normal(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	private static String limit(String value, int max) {
		if (value == null) {
			return "";
		}
		return value.length() <= max ? value : value.substring(0, max);
	}

}
