package dk.seniorpartnerskab.registration;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** Registrations for tests: valid details and participants from both sides. */
@Component
public class RegistrationFixtures {

	/** Aarhus, København and Odense: codes from the reference data. */
	public static final int AARHUS = 751;

	public static final int COPENHAGEN = 101;

	public static final int ODENSE = 461;

	private final RegistrationManagement management;

	RegistrationFixtures(RegistrationManagement management) {
		this.management = management;
	}

	public static RegistrationDetails details(String contactEmail) {
		return new RegistrationDetails("Hanne HR", "HR-chef", contactEmail, "33123456", EffortStatus.STARTED,
				"Vi har en seniorpolitik og tilbyder seniorsamtaler fra 58 år til alle medarbejdere.",
				Set.of(CollaborationForum.HOVED_MED, CollaborationForum.TRIO),
				"HovedMED drøftede indsatsen i marts og følger den hvert kvartal.");
	}

	public static List<ParticipantDetails> participants() {
		return List.of(new ParticipantDetails(null, "Lene Leder", "lene@kommune.dk", "Chef", Side.MANAGEMENT),
				new ParticipantDetails(null, "Tom Tillid", "tom@kommune.dk", "FTR", Side.EMPLOYEES));
	}

	public Submission register(long editionId, int municipalityCode, String contactEmail) {
		return management.submit(editionId, municipalityCode, details(contactEmail), participants(), List.of(),
				UUID.randomUUID().toString());
	}

}
