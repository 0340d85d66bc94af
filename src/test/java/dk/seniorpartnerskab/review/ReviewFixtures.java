package dk.seniorpartnerskab.review;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dk.seniorpartnerskab.registration.CollaborationForum;
import dk.seniorpartnerskab.registration.EffortStatus;
import dk.seniorpartnerskab.registration.ParticipantDetails;
import dk.seniorpartnerskab.registration.RegistrationDetails;
import dk.seniorpartnerskab.registration.RegistrationManagement;
import dk.seniorpartnerskab.registration.RegistrationRepository;
import dk.seniorpartnerskab.registration.Side;

/**
 * Registrations in the states review and network tests start from, made through the
 * registration API.
 */
@Component
public class ReviewFixtures {

	private final RegistrationManagement management;

	private final RegistrationRepository registrations;

	private final TransactionTemplate tx;

	ReviewFixtures(RegistrationManagement management, RegistrationRepository registrations, TransactionTemplate tx) {
		this.management = management;
		this.registrations = registrations;
		this.tx = tx;
	}

	public static RegistrationDetails details(String contactEmail, EffortStatus effort) {
		return new RegistrationDetails("Hanne Hansen", "HR-chef", contactEmail, "33123456", effort,
				"Vi tilbyder seniorsamtaler fra 58 år og har en seniorpolitik, som alle ledere kender.",
				Set.of(CollaborationForum.HOVED_MED),
				"HovedMED drøftede indsatsen i marts og følger den hvert kvartal.");
	}

	public static List<ParticipantDetails> bothSides() {
		return List.of(new ParticipantDetails(null, "Lene Leder", "lene@kommune.dk", "Chef", Side.MANAGEMENT),
				new ParticipantDetails(null, "Tom Tillid", "tom@kommune.dk", "FTR", Side.EMPLOYEES));
	}

	/** A received registration (or on the waiting list, when the edition is full). */
	public long received(long editionId, int municipalityCode, EffortStatus effort) {
		return management
			.submit(editionId, municipalityCode, details("kontakt" + municipalityCode + "@kommune.dk", effort),
					bothSides(), List.of(), UUID.randomUUID().toString())
			.registrationId();
	}

	public long received(long editionId, int municipalityCode) {
		return received(editionId, municipalityCode, EffortStatus.STARTED);
	}

	public long approved(long editionId, int municipalityCode, EffortStatus effort) {
		long id = received(editionId, municipalityCode, effort);
		tx.executeWithoutResult(status -> {
			var registration = registrations.findById(id).orElseThrow();
			registration.approve("test@kl.dk", Instant.now());
			registrations.save(registration);
		});
		return id;
	}

}
