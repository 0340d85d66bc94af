package dk.seniorpartnerskab.registration;

import java.time.Clock;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.seniorpartnerskab.audit.AuditLog;
import dk.seniorpartnerskab.audit.AuditTarget;
import dk.seniorpartnerskab.edition.EditionRepository;
import dk.seniorpartnerskab.mail.MailMessage;
import dk.seniorpartnerskab.mail.MailOutbox;
import dk.seniorpartnerskab.municipality.MunicipalityRepository;
import dk.seniorpartnerskab.web.SecretTokens;
import dk.seniorpartnerskab.web.Versions;

/**
 * Staff replace a registration's contact, so the municipality's registration carries on
 * when the old contact leaves or asks to be erased: the new contact gets a new private
 * link by mail, the old link stops working, and the audit log records who did it (no
 * names).
 */
@Service
public class ContactReplacement {

	private final RegistrationRepository registrations;

	private final RegistrationManagement management;

	private final EditionRepository editions;

	private final MunicipalityRepository municipalities;

	private final MailOutbox outbox;

	private final AuditLog auditLog;

	private final Clock clock;

	ContactReplacement(RegistrationRepository registrations, RegistrationManagement management,
			EditionRepository editions, MunicipalityRepository municipalities, MailOutbox outbox, AuditLog auditLog,
			Clock clock) {
		this.registrations = registrations;
		this.management = management;
		this.editions = editions;
		this.municipalities = municipalities;
		this.outbox = outbox;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * Puts the new contact in place; refuses with
	 * {@link ObjectOptimisticLockingFailureException} when the registration changed since
	 * {@code expectedVersion}.
	 */
	@Transactional
	public void replace(long registrationId, Long expectedVersion, String name, String title, String email,
			String phone, String actor) {
		var registration = registrations.findById(registrationId).orElseThrow();
		Versions.require(expectedVersion, registration.getVersion(), Registration.class, registrationId);
		String token = SecretTokens.newToken();
		registration.replaceContact(name, title, email, phone, SecretTokens.hash(token), actor, clock.instant());
		registrations.saveAndFlush(registration);
		var edition = editions.findById(registration.getEditionId()).orElseThrow();
		var municipality = municipalities.findByCode(registration.getMunicipalityCode()).orElseThrow();
		outbox.enqueue(MailMessage
			.of(email, "registration-link", management.mailModel(registration, edition, municipality, token),
					"REGISTRATION_LINK", "registration:" + registrationId)
			.withSubjectArguments(registration.getReference(), municipality.getName()));
		auditLog.record(actor, "registration.contact-replaced", AuditTarget.of("registration", registrationId), null,
				null);
	}

}
