package dk.seniorpartnerskab.registration;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dk.seniorpartnerskab.edition.EditionRepository;
import dk.seniorpartnerskab.system.EmbeddedDefaultCondition;
import dk.seniorpartnerskab.system.StartupLock;

/**
 * Demo registrations for the embedded default only: eight municipalities registered to
 * the demo edition (slug {@code demo}) with participants from both sides, six of them
 * approved, so the review, network and scheduling pages have something to show.
 * Idempotent: nothing is added once the edition has registrations, also with several
 * instances starting at once (one transaction under the {@link StartupLock}). Contact
 * addresses use the reserved {@code .example} domain; their confirmation mails wait in
 * the outbox.
 */
@Component
@Order(20)
@Conditional(EmbeddedDefaultCondition.class)
class RegistrationDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RegistrationDemoData.class);

	private static final String DEMO_SLUG = "demo";

	private static final String STAFF = "demo@seniorpartnerskab.example";

	private record Demo(int code, String town, EffortStatus effort, Set<CollaborationForum> forums, boolean approve) {
	}

	private static final List<Demo> MUNICIPALITIES = List.of(
			new Demo(101, "kk", EffortStatus.STARTED, Set.of(CollaborationForum.HOVED_MED, CollaborationForum.TRIO),
					true),
			new Demo(751, "aarhus", EffortStatus.STARTED, Set.of(CollaborationForum.HOVED_MED), true),
			new Demo(461, "odense", EffortStatus.DECIDED, Set.of(CollaborationForum.MED_COMMITTEE), true),
			new Demo(851, "aalborg", EffortStatus.STARTED, Set.of(CollaborationForum.TRIO, CollaborationForum.OTHER),
					true),
			new Demo(561, "esbjerg", EffortStatus.DECIDED, Set.of(CollaborationForum.HOVED_MED), true),
			new Demo(147, "frederiksberg", EffortStatus.STARTED, Set.of(CollaborationForum.MED_COMMITTEE), true),
			new Demo(157, "gentofte", EffortStatus.DECIDED, Set.of(CollaborationForum.HOVED_MED), false),
			new Demo(330, "slagelse", EffortStatus.STARTED, Set.of(CollaborationForum.TRIO), false));

	private final EditionRepository editions;

	private final RegistrationRepository registrations;

	private final RegistrationManagement management;

	private final TransactionTemplate tx;

	private final Clock clock;

	private final StartupLock startupLock;

	RegistrationDemoData(EditionRepository editions, RegistrationRepository registrations,
			RegistrationManagement management, TransactionTemplate tx, Clock clock, StartupLock startupLock) {
		this.editions = editions;
		this.registrations = registrations;
		this.management = management;
		this.tx = tx;
		this.clock = clock;
		this.startupLock = startupLock;
	}

	@Override
	public void run(ApplicationArguments args) {
		tx.executeWithoutResult(status -> {
			startupLock.acquire();
			seed();
		});
	}

	private void seed() {
		var edition = editions.findBySlug(DEMO_SLUG).orElse(null);
		if (edition == null || !edition.isRegistrationOpen(clock.instant())
				|| !registrations.findByEditionIdOrderBySubmittedAt(edition.getId()).isEmpty()) {
			return;
		}
		for (var demo : MUNICIPALITIES) {
			var details = new RegistrationDetails("Hanne Hansen", "HR-chef", "hr@" + demo.town() + ".example", null,
					demo.effort(),
					"Vi tilbyder seniorsamtaler fra 58 år, har en skriftlig seniorpolitik og afprøver seniorordninger "
							+ "med nedsat tid og aflastning fra særligt krævende opgaver.",
					demo.forums(), "HovedMED har drøftet indsatsen, og TR og ledere deltager i arbejdsgruppen.");
			var participants = List.of(
					new ParticipantDetails(null, "Lene Leder", "leder@" + demo.town() + ".example", "Chef",
							Side.MANAGEMENT),
					new ParticipantDetails(null, "Bo Berg", "hr-partner@" + demo.town() + ".example", "HR-partner",
							Side.MANAGEMENT),
					new ParticipantDetails(null, "Tina Tillid", "ftr@" + demo.town() + ".example", "FTR",
							Side.EMPLOYEES));
			var submission = management.submit(edition.getId(), demo.code(), details, participants, List.of(),
					UUID.randomUUID().toString());
			if (demo.approve()) {
				registrations.findById(submission.registrationId()).orElseThrow().approve(STAFF, clock.instant());
			}
		}
		log.info("Demo data: registered {} municipalities to the demo edition", MUNICIPALITIES.size());
	}

}
