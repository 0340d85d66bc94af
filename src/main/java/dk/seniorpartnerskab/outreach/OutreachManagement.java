package dk.seniorpartnerskab.outreach;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import dk.seniorpartnerskab.web.PacedJob;
import dk.seniorpartnerskab.audit.AuditLog;
import dk.seniorpartnerskab.directory.Contact;
import dk.seniorpartnerskab.directory.ContactDirectory;
import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.edition.EditionManagement;
import dk.seniorpartnerskab.mail.MailMessage;
import dk.seniorpartnerskab.mail.MailOutbox;
import dk.seniorpartnerskab.mail.MailSettings;
import dk.seniorpartnerskab.mail.MailStatus;
import dk.seniorpartnerskab.mail.OutgoingMailRepository;
import dk.seniorpartnerskab.municipality.MunicipalityRepository;
import dk.seniorpartnerskab.municipality.Municipality;
import dk.seniorpartnerskab.registration.Registration;
import dk.seniorpartnerskab.registration.RegistrationRepository;
import dk.seniorpartnerskab.web.Markdown;
import dk.seniorpartnerskab.web.SecretTokens;

/**
 * Sends staff's messages to chosen contacts: each address at most once per message (a
 * unique row per message and address, claimed before the mail is written in the same
 * transaction), never to an address that opted out, always through the outbox with an
 * unsubscribe link. A planned deadline reminder is claimed by the one instance that moves
 * it from PLANNED to SENT.
 */
@Service
public class OutreachManagement {

	/** Mail kind of outreach mails in the mail log. */
	public static final String KIND = "OUTREACH";

	public static final String TEST_KIND = "OUTREACH_TEST";

	private static final Logger log = LoggerFactory.getLogger(OutreachManagement.class);

	private final OutreachMessageRepository messages;

	private final ContactDirectory directory;

	private final MunicipalityRepository municipalities;

	private final RegistrationRepository registrations;

	private final EditionManagement editions;

	private final MailOutbox outbox;

	private final MailSettings mailSettings;

	private final OutgoingMailRepository mails;

	private final AuditLog auditLog;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final Clock clock;

	private final PacedJob pace;

	OutreachManagement(OutreachMessageRepository messages, ContactDirectory directory,
			MunicipalityRepository municipalities, RegistrationRepository registrations, EditionManagement editions,
			MailOutbox outbox, MailSettings mailSettings, OutgoingMailRepository mails, AuditLog auditLog,
			JdbcTemplate jdbc, TransactionTemplate tx, Clock clock,
			@Value("${app.outreach.interval:5m}") Duration interval, @Value("${app.jobs.retry:30s}") Duration retry) {
		this.messages = messages;
		this.directory = directory;
		this.municipalities = municipalities;
		this.registrations = registrations;
		this.editions = editions;
		this.outbox = outbox;
		this.mailSettings = mailSettings;
		this.mails = mails;
		this.auditLog = auditLog;
		this.jdbc = jdbc;
		this.tx = tx;
		this.clock = clock;
		this.pace = new PacedJob("Planned outreach run", interval, retry);
	}

	/** A mail as one recipient would get it. */
	public record Rendered(String subject, String html, String text) {
	}

	// Recipients and preview

	/** The edition "registered" and "not registered" refer to now. */
	public Optional<Edition> currentEdition() {
		return editions.current();
	}

	/**
	 * Who the draft would reach now, in the current edition: each address once (the first
	 * contact with it), without addresses that opted out.
	 */
	@Transactional(readOnly = true)
	public List<Recipient> recipients(Draft draft) {
		return recipients(draft, editions.current().map(Edition::getId).orElse(null));
	}

	private List<Recipient> recipients(Draft draft, Long editionId) {
		Set<Integer> registered = editionId == null ? Set.of() : registeredMunicipalities(editionId);
		Map<Integer, Municipality> byCode = new HashMap<>();
		municipalities.findAllWithRegion().forEach(m -> byCode.put(m.getCode(), m));
		Set<String> optedOut = directory.optedOut();
		Set<String> seen = new HashSet<>();
		var recipients = new ArrayList<Recipient>();
		for (Contact contact : directory.all()) {
			var municipality = byCode.get(contact.getMunicipalityCode());
			boolean wanted = switch (draft.audience()) {
				case ALL -> true;
				case NOT_REGISTERED -> !registered.contains(contact.getMunicipalityCode());
				case REGISTERED -> registered.contains(contact.getMunicipalityCode());
				case REGION -> municipality.getRegion().getCode().equals(draft.regionCode());
				case ROLE -> contact.getRole() == draft.role();
			};
			String address = contact.getEmail().toLowerCase(Locale.ROOT);
			if (wanted && !optedOut.contains(address) && seen.add(address)) {
				recipients.add(new Recipient(contact.getId(), contact.getMunicipalityCode(), municipality.getName(),
						contact.getName(), contact.getEmail()));
			}
		}
		return recipients;
	}

	/**
	 * MunicipalityRepository holding an active registration (not rejected, not
	 * withdrawn).
	 */
	@Transactional(readOnly = true)
	public Set<Integer> registeredMunicipalities(long editionId) {
		var codes = new HashSet<Integer>();
		for (Registration r : registrations.findByEditionIdOrderBySubmittedAt(editionId)) {
			if (r.getStatus().isActive()) {
				codes.add(r.getMunicipalityCode());
			}
		}
		return codes;
	}

	/**
	 * The draft with the recipient's placeholders filled in; the body as safe HTML and as
	 * text.
	 */
	public Rendered render(Draft draft, Recipient recipient) {
		String municipality = recipient == null ? Draft.MUNICIPALITY : recipient.municipalityName();
		String name = recipient == null ? Draft.NAME : recipient.name();
		String html = Markdown.toSafeHtml(draft.body())
			.replace(Draft.MUNICIPALITY, HtmlUtils.htmlEscape(municipality))
			.replace(Draft.NAME, HtmlUtils.htmlEscape(name));
		String text = draft.body().replace(Draft.MUNICIPALITY, municipality).replace(Draft.NAME, name);
		String subject = draft.subject().replace(Draft.MUNICIPALITY, municipality).replace(Draft.NAME, name);
		return new Rendered(subject, html, text);
	}

	// Sending

	/**
	 * "Send a test to me": the first recipient's mail (or the placeholders) to staff's
	 * own address.
	 */
	@Transactional
	public void sendTest(Draft draft, String staffEmail) {
		var first = recipients(draft).stream().findFirst().orElse(null);
		var rendered = render(draft, first);
		outbox.enqueue(mail(staffEmail, rendered, mailSettings.link("/afmeld/test"), TEST_KIND, null));
	}

	/** Sends the draft to its recipients now; returns the message with its count. */
	@Transactional
	public OutreachMessage send(Draft draft, String actor) {
		var editionId = editions.current().map(Edition::getId).orElse(null);
		var message = messages.save(new OutreachMessage(editionId, draft, MessageStatus.SENT, actor, clock.instant()));
		int sent = deliver(message, recipients(draft, editionId));
		message.sent(sent, clock.instant());
		auditLog.record(actor, "outreach.sent", "outreach:" + message.getId(), null,
				draft.audience().name() + ": " + sent);
		return message;
	}

	/**
	 * Plans the draft (to those not registered) {@code daysBefore} days before the
	 * current edition's deadline. Empty when there is no current edition or that day has
	 * passed.
	 */
	@Transactional
	public Optional<OutreachMessage> planDeadlineReminder(Draft draft, int daysBefore, String actor) {
		var edition = editions.current().orElse(null);
		if (edition == null) {
			return Optional.empty();
		}
		Instant when = edition.getRegistrationCloses().minus(Duration.ofDays(daysBefore));
		if (!when.isAfter(clock.instant())) {
			return Optional.empty();
		}
		var reminder = new Draft(StartingPoint.DEADLINE_REMINDER, Audience.NOT_REGISTERED, null, null, draft.subject(),
				draft.body());
		var message = new OutreachMessage(edition.getId(), reminder, MessageStatus.PLANNED, actor, clock.instant());
		message.plan(daysBefore, when);
		message = messages.save(message);
		auditLog.record(actor, "outreach.planned", "outreach:" + message.getId(), null, when.toString());
		return Optional.of(message);
	}

	@Transactional
	public void cancel(long id, String actor) {
		var message = messages.findById(id).orElseThrow();
		message.cancel();
		auditLog.record(actor, "outreach.cancelled", "outreach:" + id, MessageStatus.PLANNED.name(),
				MessageStatus.CANCELLED.name());
	}

	/**
	 * Every {@code app.outreach.interval}; a failed run again after
	 * {@code app.jobs.retry}.
	 */
	@Scheduled(fixedDelayString = "${app.jobs.retry:30s}", initialDelayString = "${app.jobs.retry:30s}")
	void sendPlannedScheduled() {
		pace.tick(this::sendPlanned);
	}

	/**
	 * Sends every planned message whose time has come, each claimed by moving it from
	 * PLANNED to SENT in the transaction that writes its mails: a second instance running
	 * at the same moment waits for that row, then finds it sent and sends nothing.
	 * Returns how many mails this call wrote.
	 */
	public int sendPlanned() {
		var due = jdbc.queryForList(
				"select id from outreach_message where status = 'PLANNED' and planned_for <= ? order by planned_for",
				Long.class, Timestamp.from(clock.instant()));
		int total = 0;
		for (long id : due) {
			Integer sent = tx.execute(status -> {
				int claimed = jdbc.update(
						"update outreach_message set status = 'SENT', sent_at = ?, version = version + 1 where id = ? and status = 'PLANNED'",
						Timestamp.from(clock.instant()), id);
				if (claimed == 0) {
					return 0;
				}
				var message = messages.findById(id).orElseThrow();
				int count = deliver(message, recipients(message.draft(), message.getEditionId()));
				jdbc.update("update outreach_message set recipient_count = ? where id = ?", count, id);
				return count;
			});
			total += sent == null ? 0 : sent;
		}
		if (total > 0) {
			log.info("Sent {} planned outreach mail(s)", total);
		}
		return total;
	}

	/**
	 * Writes one mail per recipient not yet reached by this message; returns how many.
	 */
	private int deliver(OutreachMessage message, List<Recipient> recipients) {
		var draft = message.draft();
		int sent = 0;
		for (var recipient : recipients) {
			String token = SecretTokens.newToken();
			var id = jdbc.queryForList(
					"""
							insert into outreach_delivery (message_id, contact_id, municipality_code, email, unsubscribe_token_hash, created_at)
							values (?, ?, ?, ?, ?, ?) on conflict do nothing returning id""",
					Long.class, message.getId(), recipient.contactId(), recipient.municipalityCode(), recipient.email(),
					SecretTokens.hash(token), Timestamp.from(clock.instant()));
			if (id.isEmpty()) {
				continue;
			}
			var mail = outbox.enqueue(mail(recipient.email(), render(draft, recipient),
					mailSettings.link("/afmeld/" + token), KIND, "outreach:" + message.getId()));
			jdbc.update("update outreach_delivery set mail_id = ? where id = ?", mail.getId(), id.get(0));
			sent++;
		}
		return sent;
	}

	private static MailMessage mail(String to, Rendered rendered, String unsubscribeUrl, String kind,
			String reference) {
		return MailMessage
			.of(to, "outreach",
					Map.of("subject", rendered.subject(), "bodyHtml", rendered.html(), "bodyText", rendered.text(),
							"unsubscribeUrl", unsubscribeUrl),
					kind, reference)
			.withSubjectArguments(rendered.subject());
	}

	// Unsubscribing

	/** The address an unsubscribe link belongs to, if the link is genuine. */
	@Transactional(readOnly = true)
	public Optional<String> unsubscribeAddress(String token) {
		if (!SecretTokens.plausible(token)) {
			return Optional.empty();
		}
		return jdbc
			.queryForList("select email from outreach_delivery where unsubscribe_token_hash = ?", String.class,
					SecretTokens.hash(token))
			.stream()
			.findFirst();
	}

	/** Removes the link's address from outreach at once; false for an unknown link. */
	@Transactional
	public boolean unsubscribe(String token) {
		var address = unsubscribeAddress(token);
		address.ifPresent(directory::optOut);
		return address.isPresent();
	}

	// Reporting

	/** Mails of a message by their status in the outbox. */
	@Transactional(readOnly = true)
	public Map<MailStatus, Long> statusCounts(long messageId) {
		var counts = new EnumMap<MailStatus, Long>(MailStatus.class);
		for (Object[] row : mails.countStatusesByReference("outreach:" + messageId)) {
			counts.put((MailStatus) row[0], (Long) row[1]);
		}
		return counts;
	}

	@Transactional(readOnly = true)
	public List<OutreachMessage> all() {
		return messages.findAllByOrderByCreatedAtDescIdDesc();
	}

	/**
	 * Municipalities an outreach message of this edition was written to (the funnel's
	 * "invited").
	 */
	@Transactional(readOnly = true)
	public Set<Integer> municipalitiesReached(long editionId) {
		return new HashSet<>(jdbc.queryForList("""
				select distinct d.municipality_code from outreach_delivery d
				join outreach_message m on m.id = d.message_id where m.edition_id = ?""", Integer.class, editionId));
	}

}
