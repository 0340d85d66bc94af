package dk.seniorpartnerskab.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.edition.EditionRepository;
import dk.seniorpartnerskab.mail.MailMessage;
import dk.seniorpartnerskab.mail.MailOutbox;
import dk.seniorpartnerskab.mail.MailSettings;
import dk.seniorpartnerskab.municipality.MunicipalityRepository;
import dk.seniorpartnerskab.municipality.Municipality;
import dk.seniorpartnerskab.web.Copenhagen;
import dk.seniorpartnerskab.web.SecretTokens;
import dk.seniorpartnerskab.web.Versions;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Registration rules spanning rows: one registration per municipality and edition, the
 * waiting list once the edition is full, reference numbers, the confirmation mail with
 * the private link, and the contact's changes through that link.
 */
@Service
public class RegistrationManagement {

	private static final Logger log = LoggerFactory.getLogger(RegistrationManagement.class);

	/** The receipt, carrying the private link. */
	static final String RECEIPT_KIND = "REGISTRATION_RECEIPT";

	/** A new private link. */
	static final String LINK_KIND = "REGISTRATION_LINK";

	private final RegistrationRepository registrations;

	private final EditionRepository editions;

	private final MunicipalityRepository municipalities;

	private final MailOutbox outbox;

	private final MailSettings mailSettings;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	private final Clock clock;

	RegistrationManagement(RegistrationRepository registrations, EditionRepository editions,
			MunicipalityRepository municipalities, MailOutbox outbox, MailSettings mailSettings, JdbcTemplate jdbc,
			ApplicationEventPublisher events, PlatformTransactionManager transactionManager, Clock clock) {
		this.registrations = registrations;
		this.editions = editions;
		this.municipalities = municipalities;
		this.outbox = outbox;
		this.mailSettings = mailSettings;
		this.jdbc = jdbc;
		this.events = events;
		this.tx = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Submits a registration and writes the confirmation mail to the outbox. The same
	 * {@code submissionToken} twice (a double click, a resubmitted page) gives the first
	 * registration back. Throws {@link MunicipalityAlreadyRegisteredException} when the
	 * municipality already holds a place and {@link RegistrationClosedException} outside
	 * the registration window.
	 */
	public Submission submit(long editionId, int municipalityCode, RegistrationDetails details,
			List<ParticipantDetails> participants, List<Attachment> attachments, String submissionToken) {
		return submit(editionId, municipalityCode, details, participants, attachments, submissionToken, null);
	}

	/**
	 * Staff register a municipality on its behalf, also outside the registration window
	 * (e.g. after the deadline, when a municipality asks by phone). Every other rule
	 * holds, and the history names the staff member; the contact gets the same
	 * confirmation mail and private link.
	 */
	public Submission submitOnBehalf(long editionId, int municipalityCode, RegistrationDetails details,
			List<ParticipantDetails> participants, List<Attachment> attachments, String submissionToken,
			String staffActor) {
		return submit(editionId, municipalityCode, details, participants, attachments, submissionToken,
				Objects.requireNonNull(staffActor));
	}

	private Submission submit(long editionId, int municipalityCode, RegistrationDetails details,
			List<ParticipantDetails> participants, List<Attachment> attachments, String submissionToken,
			String staffActor) {
		try {
			return tx.execute(status -> submitInTransaction(editionId, municipalityCode, details, participants,
					attachments, submissionToken, staffActor));
		}
		catch (DataIntegrityViolationException e) {
			// The row lock makes this rare; the database constraints are the last word.
			var earlier = tx.execute(status -> registrations.findBySubmissionToken(submissionToken));
			if (earlier.isPresent()) {
				return repeated(earlier.get());
			}
			if (Boolean.TRUE
				.equals(tx.execute(status -> registrations.isMunicipalityRegistered(editionId, municipalityCode)))) {
				throw new MunicipalityAlreadyRegisteredException(municipalityCode);
			}
			throw e;
		}
	}

	private Submission submitInTransaction(long editionId, int municipalityCode, RegistrationDetails details,
			List<ParticipantDetails> participants, List<Attachment> attachments, String submissionToken,
			String staffActor) {
		var now = clock.instant();
		var edition = editions.findById(editionId).orElseThrow();
		if (staffActor == null && !edition.isRegistrationOpen(now)) {
			throw new RegistrationClosedException(editionId);
		}
		int sequence = nextSequence(editionId);
		var earlier = registrations.findBySubmissionToken(submissionToken);
		if (earlier.isPresent()) {
			return repeated(earlier.get());
		}
		if (registrations.isMunicipalityRegistered(editionId, municipalityCode)) {
			throw new MunicipalityAlreadyRegisteredException(municipalityCode);
		}
		var municipality = municipalities.findByCode(municipalityCode).orElseThrow();
		var status = edition.isFull(registrations.countActive(editionId)) ? RegistrationStatus.WAITING_LIST
				: RegistrationStatus.RECEIVED;
		String token = SecretTokens.newToken();
		var registration = registrations
			.saveAndFlush(new Registration(editionId, municipalityCode, edition.referenceNumber(sequence), status,
					details, participants, attachments, submissionToken, SecretTokens.hash(token), now));
		if (staffActor != null) {
			registration.addHistory(staffActor, "registered-by-staff", "", now);
		}
		outbox.enqueue(MailMessage
			.of(registration.getContactEmail(), "registration-received",
					mailModel(registration, edition, municipality, token), RECEIPT_KIND,
					"registration:" + registration.getId())
			.withSubjectArguments(registration.getReference(), municipality.getName()));
		events.publishEvent(new RegistrationSubmitted(registration.getId(), editionId, municipalityCode));
		log.info("Registration {} ({}) submitted for edition {} as {}", registration.getId(),
				registration.getReference(), editionId, status);
		return new Submission(registration.getId(), registration.getReference(), status, false);
	}

	/**
	 * Takes the edition's next reference number, locking the counter row until the
	 * transaction ends.
	 */
	private int nextSequence(long editionId) {
		return jdbc.queryForObject("""
				insert into registration_reference_counter (edition_id, last_value) values (?, 1)
				on conflict (edition_id) do update set last_value = registration_reference_counter.last_value + 1
				returning last_value""", Integer.class, editionId);
	}

	private static Submission repeated(Registration registration) {
		return new Submission(registration.getId(), registration.getReference(), registration.getStatus(), true);
	}

	/**
	 * A registration with its participants, attachments (not their bytes) and history
	 * loaded.
	 */
	@Transactional(readOnly = true)
	public Optional<Registration> find(long id) {
		return registrations.findById(id).map(RegistrationManagement::loaded);
	}

	/** The registration a private link points to, if the token is valid. */
	@Transactional(readOnly = true)
	public Optional<Registration> findByPrivateToken(String token) {
		if (!SecretTokens.plausible(token)) {
			return Optional.empty();
		}
		return registrations.findByPrivateTokenHash(SecretTokens.hash(token)).map(RegistrationManagement::loaded);
	}

	/**
	 * Whether the contact may still change the details (until the edition's deadline).
	 */
	public boolean canChangeDetails(Registration registration, Edition edition) {
		return registration.getStatus().isActive() && clock.instant().isBefore(edition.getRegistrationCloses());
	}

	/** Whether the contact may still change participants (until the course ends). */
	public boolean canChangeParticipants(Registration registration, Edition edition) {
		return registration.getStatus().isActive()
				&& !LocalDate.ofInstant(clock.instant(), Copenhagen.ZONE).isAfter(edition.getCourseEnd());
	}

	/**
	 * Applies a change the contact made through the private link to the registration
	 * loaded at {@code expectedVersion}; a concurrent change is refused with
	 * {@link ObjectOptimisticLockingFailureException}. Details and attachments change
	 * only until the deadline, participants until the course ends; after that an edit
	 * leaves them as they are.
	 */
	@Transactional
	public Registration changeByContact(String token, Long expectedVersion, ContactChange change) {
		if (!SecretTokens.plausible(token)) {
			throw new NoSuchElementException("No registration for this link");
		}
		var registration = registrations.findByPrivateTokenHash(SecretTokens.hash(token)).orElseThrow();
		Versions.require(expectedVersion, registration.getVersion(), Registration.class, registration.getId());
		var now = clock.instant();
		if (change instanceof ContactChange.Withdrawal) {
			registration.withdraw(Registration.CONTACT, now);
		}
		else if (change instanceof ContactChange.Edit edit) {
			var edition = editions.findById(registration.getEditionId()).orElseThrow();
			if (canChangeDetails(registration, edition)) {
				registration.changeDetails(edit.details(), Registration.CONTACT, now);
				edit.removedAttachmentIds().forEach(id -> registration.removeAttachment(id, Registration.CONTACT, now));
				edit.addedAttachments().forEach(a -> registration.addAttachment(a, Registration.CONTACT, now));
			}
			if (canChangeParticipants(registration, edition)) {
				registration.changeParticipants(edit.participants(), Registration.CONTACT, now);
			}
		}
		return loaded(registrations.saveAndFlush(registration));
	}

	/**
	 * Sends a new private link to every registration in the edition whose contact has
	 * this address; the old links stop working. Says nothing about whether there was any
	 * (the caller shows the same answer either way).
	 */
	@Transactional
	public void resendLinks(long editionId, String email) {
		var edition = editions.findById(editionId).orElseThrow();
		for (var registration : registrations.findByEditionIdAndContactEmail(editionId, email)) {
			sendLink(registration, edition, Registration.CONTACT, null);
			log.info("Private link for registration {} sent again", registration.getId());
		}
	}

	/**
	 * Staff sent a failed mail with the private link again ("Send igen" in the mail log):
	 * a new link replaces the old one and goes to the contact the registration has now,
	 * written in place of mail {@code failedMailId}. Nothing when the registration is
	 * gone.
	 */
	@Transactional
	public void sendNewLink(long registrationId, long failedMailId, String actor) {
		var registration = registrations.findById(registrationId).orElse(null);
		if (registration == null) {
			log.info("No new link for failed mail {}: registration {} is gone", failedMailId, registrationId);
			return;
		}
		var edition = editions.findById(registration.getEditionId()).orElseThrow();
		sendLink(registration, edition, actor, failedMailId);
		log.info("Private link for registration {} sent again in place of failed mail {}", registrationId,
				failedMailId);
	}

	/** A new private link by mail; the old one stops working. */
	private void sendLink(Registration registration, Edition edition, String actor, Long failedMailId) {
		String token = SecretTokens.newToken();
		registration.replacePrivateToken(SecretTokens.hash(token), actor, clock.instant());
		var municipality = municipalities.findByCode(registration.getMunicipalityCode()).orElseThrow();
		var message = MailMessage
			.of(registration.getContactEmail(), "registration-link",
					mailModel(registration, edition, municipality, token), LINK_KIND,
					"registration:" + registration.getId())
			.withSubjectArguments(registration.getReference(), municipality.getName());
		outbox.enqueue(failedMailId == null ? message : message.resending(failedMailId));
	}

	/** An attachment's bytes for staff to download. */
	@Transactional(readOnly = true)
	public Optional<Attachment> attachment(long registrationId, long attachmentId) {
		return registrations.findById(registrationId)
			.flatMap(r -> r.getAttachments().stream().filter(a -> a.getId() == attachmentId).findFirst())
			.map(a -> {
				a.getBytes();
				return a;
			});
	}

	Map<String, Object> mailModel(Registration registration, Edition edition, Municipality municipality, String token) {
		var model = new HashMap<String, Object>();
		model.put("registration", registration);
		model.put("municipality", municipality.getName());
		model.put("edition", edition.getName());
		model.put("waitingList", registration.getStatus() == RegistrationStatus.WAITING_LIST);
		model.put("deadline", Copenhagen.formatDateTime(edition.getRegistrationCloses()));
		model.put("submittedAt", Copenhagen.formatDateTime(registration.getSubmittedAt()));
		model.put("privateLink", mailSettings.link("/tilmelding/" + token));
		return model;
	}

	private static Registration loaded(Registration registration) {
		registration.getParticipants().size();
		registration.getAttachments().size();
		registration.getHistory().size();
		return registration;
	}

}
