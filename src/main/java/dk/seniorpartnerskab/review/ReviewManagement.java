package dk.seniorpartnerskab.review;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.seniorpartnerskab.audit.AuditLog;
import dk.seniorpartnerskab.audit.AuditTarget;
import dk.seniorpartnerskab.edition.EditionRepository;
import dk.seniorpartnerskab.mail.MailMessage;
import dk.seniorpartnerskab.mail.MailOutbox;
import dk.seniorpartnerskab.municipality.MunicipalityRepository;
import dk.seniorpartnerskab.municipality.Municipality;
import dk.seniorpartnerskab.registration.Registration;
import dk.seniorpartnerskab.registration.RegistrationStatus;
import dk.seniorpartnerskab.registration.RegistrationRepository;
import dk.seniorpartnerskab.web.Versions;

/**
 * Staff decisions on registrations. Each decision is checked against the version the
 * member of staff saw (a concurrent change is refused, nothing overwritten), recorded in
 * the registration's history by the aggregate, written to the audit log, and mailed to
 * the contact through the outbox, all in one transaction.
 */
@Service
public class ReviewManagement {

	static final String NOTE = "note";

	private static final Logger log = LoggerFactory.getLogger(ReviewManagement.class);

	private final RegistrationRepository registrations;

	private final EditionRepository editions;

	private final MunicipalityRepository municipalities;

	private final MailOutbox outbox;

	private final ChecklistTickRepository ticks;

	private final AuditLog auditLog;

	private final Clock clock;

	ReviewManagement(RegistrationRepository registrations, EditionRepository editions,
			MunicipalityRepository municipalities, MailOutbox outbox, ChecklistTickRepository ticks, AuditLog auditLog,
			Clock clock) {
		this.registrations = registrations;
		this.ticks = ticks;
		this.editions = editions;
		this.municipalities = municipalities;
		this.outbox = outbox;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional
	public void approve(long id, Long expectedVersion, String actor) {
		var registration = load(id, expectedVersion);
		approve(registration, actor);
	}

	/**
	 * Approves every registration in {@code ids} that can be approved (received or on the
	 * waiting list) and returns how many were.
	 */
	@Transactional
	public int approveAll(List<Long> ids, String actor) {
		int approved = 0;
		for (var registration : registrations.findAllById(ids)) {
			if (registration.canApprove()) {
				approve(registration, actor);
				approved++;
			}
		}
		return approved;
	}

	private void approve(Registration registration, String actor) {
		var before = registration.getStatus();
		boolean promoted = before == RegistrationStatus.WAITING_LIST;
		registration.approve(actor, clock.instant());
		decided(registration, before, actor, promoted ? "registration.promoted" : "registration.approved", null,
				promoted ? "review-promoted" : "review-approved", promoted ? "REVIEW_PROMOTED" : "REVIEW_APPROVED");
	}

	@Transactional
	public void placeOnWaitingList(long id, Long expectedVersion, String actor) {
		var registration = load(id, expectedVersion);
		var before = registration.getStatus();
		registration.placeOnWaitingList(actor, clock.instant());
		decided(registration, before, actor, "registration.waitingList", null, "review-waiting-list",
				"REVIEW_WAITING_LIST");
	}

	@Transactional
	public void reject(long id, Long expectedVersion, String reason, String actor) {
		var registration = load(id, expectedVersion);
		var before = registration.getStatus();
		registration.reject(actor, reason, clock.instant());
		decided(registration, before, actor, "registration.rejected", reason, "review-rejected", "REVIEW_REJECTED");
	}

	/**
	 * Staff withdraw a registration on the contact's behalf (e.g. asked by phone); the
	 * contact gets a mail, and the participants' future invitations are cancelled
	 * (scheduling listens for {@code RegistrationWithdrawn}).
	 */
	@Transactional
	public void withdraw(long id, Long expectedVersion, String actor) {
		var registration = load(id, expectedVersion);
		var before = registration.getStatus();
		registration.withdraw(actor, clock.instant());
		decided(registration, before, actor, "registration.withdrawn", null, "review-withdrawn", "REVIEW_WITHDRAWN");
	}

	/**
	 * An internal note for staff only, kept in the registration's history; the contact
	 * never sees it.
	 */
	@Transactional
	public void addNote(long id, String text, String actor) {
		var registration = registrations.findById(id).orElseThrow();
		registration.addHistory(actor, NOTE, text, clock.instant());
		registrations.save(registration);
		auditLog.record(actor, "registration.note", AuditTarget.of("registration", id), null, null);
	}

	/**
	 * The registration's checklist: the staff's ticks with the hints from the submission.
	 */
	@Transactional(readOnly = true)
	public ReviewChecklist checklist(Registration registration) {
		return ReviewChecklist.of(registration, ticks.findByRegistrationId(registration.getId()));
	}

	/**
	 * A member of staff ticks (or unticks) one checklist item, judging the submitted
	 * evidence. Ticking a ticked item, or unticking an unticked one, changes nothing and
	 * keeps who ticked it first; a change is audited with the item in the detail.
	 */
	@Transactional
	public void tick(long registrationId, ChecklistItem item, boolean ticked, String actor) {
		if (!registrations.existsById(registrationId)) {
			throw new NoSuchElementException("registration " + registrationId);
		}
		var existing = ticks.findByRegistrationIdAndItem(registrationId, item);
		if (ticked == existing.isPresent()) {
			return;
		}
		if (ticked) {
			ticks.save(new ChecklistTick(registrationId, item, actor, clock.instant()));
		}
		else {
			ticks.delete(existing.get());
		}
		auditLog.record(actor, ticked ? "registration.checklistTicked" : "registration.checklistUnticked",
				AuditTarget.of("registration", registrationId), String.valueOf(!ticked), String.valueOf(ticked),
				item.name());
	}

	/** The edition's waiting list in order of arrival. */
	@Transactional(readOnly = true)
	public List<Registration> waitingList(long editionId) {
		return registrations.findByEditionIdAndStatusOrderBySubmittedAt(editionId, RegistrationStatus.WAITING_LIST);
	}

	private Registration load(long id, Long expectedVersion) {
		var registration = registrations.findById(id).orElseThrow();
		Versions.require(expectedVersion, registration.getVersion(), Registration.class, id);
		return registration;
	}

	private void decided(Registration registration, RegistrationStatus before, String actor, String action,
			String detail, String template, String kind) {
		registrations.save(registration);
		auditLog.record(actor, action, AuditTarget.of("registration", registration.getId()), before.name(),
				registration.getStatus().name(), detail);
		var edition = editions.findById(registration.getEditionId()).orElseThrow();
		var municipality = municipalities.findByCode(registration.getMunicipalityCode())
			.map(Municipality::getName)
			.orElse("");
		Map<String, Object> model = new HashMap<>();
		model.put("contactName", registration.getContactName());
		model.put("municipality", municipality);
		model.put("edition", edition.getName());
		model.put("reference", registration.getReference());
		model.put("reason", registration.getRejectionReason() == null ? "" : registration.getRejectionReason());
		outbox.enqueue(MailMessage
			.of(registration.getContactEmail(), template, model, kind, "registration:" + registration.getId())
			.withSubjectArguments(registration.getReference(), municipality));
		log.info("Registration {} {} -> {}", registration.getId(), before, registration.getStatus());
	}

}
