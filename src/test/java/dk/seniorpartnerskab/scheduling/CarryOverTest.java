package dk.seniorpartnerskab.scheduling;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.mail.MailDispatcher;
import dk.seniorpartnerskab.network.NetworkAssignments;
import dk.seniorpartnerskab.registration.ParticipantDetails;
import dk.seniorpartnerskab.registration.Registration;
import dk.seniorpartnerskab.registration.RegistrationRepository;
import dk.seniorpartnerskab.registration.Side;
import dk.seniorpartnerskab.review.ReviewManagement;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.support.TestMail;

import static dk.seniorpartnerskab.support.TestMail.recipient;
import static dk.seniorpartnerskab.support.TestMail.subject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What happens to a registration elsewhere carries over to its invitations: through
 * events kept in the publication registry, driven with Modulith's {@link Scenario}, and
 * seen as the calendar mails that arrive over SMTP.
 */
@IntegrationTest
@EnableScenarios
class CarryOverTest {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	TestData data;

	@Autowired
	SchedulingFixtures fixtures;

	@Autowired
	InvitationManagement invitationManagement;

	@Autowired
	InvitationRepository invitations;

	@Autowired
	RegistrationRepository registrations;

	@Autowired
	ReviewManagement review;

	@Autowired
	NetworkAssignments assignments;

	@Autowired
	ReminderDispatcher reminders;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	Edition edition;

	long north;

	long aarhus;

	Meeting nextDay;

	@BeforeEach
	void setUp() {
		data.clean();
		edition = data.openEdition();
		north = fixtures.network(edition.getId(), "Netværk Nord");
		aarhus = fixtures.registration(edition.getId(), 751, north, true, "Anne Hansen", "Bo Jensen").getId();
		fixtures.registration(edition.getId(), 101, north, true, "Carla Nielsen");
		nextDay = fixtures.plannedDay(edition.getId(), north, 30);
		invitationManagement.send(nextDay.getId());
		delivered(3);
	}

	@Test
	void aRegistrationWithdrawnByItsContactHasItsFutureInvitationsCancelledAndNoReminders(Scenario scenario)
			throws Exception {
		scenario.stimulate(() -> change(aarhus, r -> r.withdraw(Registration.CONTACT, Instant.now())))
			.customize(it -> it.atMost(PATIENCE))
			.andWaitForStateChange(() -> invitations.findActiveByRegistration(aarhus), List::isEmpty);

		assertCancelledForAarhusAndNoReminders("WITHDRAWN");
	}

	@Test
	void aRegistrationWithdrawnByStaffHasItsFutureInvitationsCancelled(Scenario scenario) throws Exception {
		scenario.stimulate(() -> review.withdraw(aarhus, version(aarhus), "staff@kl.dk"))
			.customize(it -> it.atMost(PATIENCE))
			.andWaitForStateChange(() -> invitations.findActiveByRegistration(aarhus), List::isEmpty);

		assertCancelledForAarhusAndNoReminders("WITHDRAWN");
	}

	@Test
	void aRejectedRegistrationHasItsFutureInvitationsCancelled(Scenario scenario) throws Exception {
		scenario.stimulate(() -> review.reject(aarhus, version(aarhus), "Ingen indsats endnu", "staff@kl.dk"))
			.customize(it -> it.atMost(PATIENCE))
			.andWaitForStateChange(() -> invitations.findActiveByRegistration(aarhus), List::isEmpty);

		assertCancelledForAarhusAndNoReminders("REJECTED");
	}

	@Test
	void aRegistrationMovedToTheWaitingListHasItsFutureInvitationsCancelled(Scenario scenario) throws Exception {
		scenario.stimulate(() -> review.placeOnWaitingList(aarhus, version(aarhus), "staff@kl.dk"))
			.customize(it -> it.atMost(PATIENCE))
			.andWaitForStateChange(() -> invitations.findActiveByRegistration(aarhus), List::isEmpty);

		assertCancelledForAarhusAndNoReminders("WAITING_LIST");
	}

	@Test
	void aMunicipalityTakenOutOfItsNetworkHasItsFutureInvitationsCancelled(Scenario scenario) throws Exception {
		scenario.stimulate(() -> assignments.assign(aarhus, null, version(aarhus), "staff@kl.dk"))
			.customize(it -> it.atMost(PATIENCE))
			.andWaitForStateChange(() -> invitations.findActiveByRegistration(aarhus), List::isEmpty);

		var arrived = delivered(3 + 2 + 1);
		assertCancellations(cancellations(arrived), "anne.hansen@k751.dk", "bo.jensen@k751.dk");
		var contact = only(arrived, "kontakt751@kommune.dk");
		assertThat(contact.getSubject()).isEqualTo("Jeres kommune er ikke længere i et netværk i Seniorpartnerskabet");
		assertThat(text(contact)).contains("ikke længere med i et netværk", "aflyst 2 invitationer");
		assertNoRemindersFor("anne.hansen@k751.dk", "bo.jensen@k751.dk");
	}

	@Test
	void aParticipantRemovedByTheContactHasTheFutureInvitationsCancelled(Scenario scenario) throws Exception {
		scenario
			.stimulate(() -> change(aarhus,
					r -> r.changeParticipants(participantsBut(r, "Bo Jensen"), Registration.CONTACT, Instant.now())))
			.customize(it -> it.atMost(PATIENCE))
			.andWaitForStateChange(() -> invitations.findActiveByRegistration(aarhus), active -> active.size() == 1);

		var arrived = delivered(3 + 1);
		assertCancellations(cancellations(arrived), "bo.jensen@k751.dk");
		assertThat(invitations.findActiveByRegistration(aarhus)).extracting(Invitation::getEmail)
			.containsExactly("anne.hansen@k751.dk");
		assertNoRemindersFor("bo.jensen@k751.dk");
	}

	@Test
	void aParticipantAddedWhileInANetworkIsInvitedToItsSentMeetingsAtOnce(Scenario scenario) throws Exception {
		var draft = fixtures.plannedDay(edition.getId(), north, 60); // planned, but no
																		// invitations
																		// sent yet

		scenario.stimulate(() -> change(aarhus, r -> {
			var wanted = participantsBut(r, null);
			wanted.add(new ParticipantDetails(null, "Jonas Lund", "jonas.lund@k751.dk", "TR", Side.EMPLOYEES));
			r.changeParticipants(wanted, Registration.CONTACT, Instant.now());
		}))
			.customize(it -> it.atMost(PATIENCE))
			.andWaitForStateChange(() -> invitations.findActiveByRegistration(aarhus), active -> active.size() == 3);

		var arrived = delivered(3 + 1);
		var invitation = only(arrived, "jonas.lund@k751.dk");
		assertThat(invitation.getSubject()).isEqualTo("Invitation: Udviklingsdag 1");
		var ics = calendar(invitation);
		assertThat(value(ics, Property.METHOD)).isEqualTo("REQUEST");
		assertThat(value(ics, Property.UID)).isEqualTo(nextDay.getUid());
		assertThat(invitations.findByMeeting(draft.getId())).isEmpty();
	}

	@Test
	void placingAMunicipalityInANetworkSendsItsContactOneMailWithTheOthersAndTheDates(Scenario scenario)
			throws Exception {
		var odense = fixtures.registration(edition.getId(), 461, null, true, "Finn Berg").getId();

		scenario.stimulate(() -> assignments.assign(odense, north, version(odense), "staff@kl.dk"))
			.customize(it -> it.atMost(PATIENCE))
			.andWaitForStateChange(() -> invitations.findActiveByRegistration(odense), active -> !active.isEmpty());

		var arrived = delivered(3 + 2);
		var placed = only(arrived, "kontakt461@kommune.dk");
		assertThat(placed.getSubject()).isEqualTo("Jeres kommune er fordelt i et netværk i Seniorpartnerskabet");
		assertThat(text(placed)).contains("Jeres kommune er nu fordelt i Netværk Nord.", "Aarhus", "København",
				"Udviklingsdag 1, ", "sendt 1 ny.");
		assertThat(value(calendar(only(arrived, "finn.berg@k461.dk")), Property.METHOD)).isEqualTo("REQUEST");

		// A later move sends one mail too.
		long south = fixtures.network(edition.getId(), "Netværk Syd");
		scenario.stimulate(() -> assignments.assign(odense, south, version(odense), "staff@kl.dk"))
			.customize(it -> it.atMost(PATIENCE))
			.andWaitForStateChange(() -> invitations.findActiveByRegistration(odense), List::isEmpty);
		var later = delivered(3 + 2 + 2);
		assertCancellations(cancellations(later), "finn.berg@k461.dk");
		assertThat(later.stream().filter(m -> recipient(m).equals("kontakt461@kommune.dk")).map(TestMail::subject))
			.containsExactlyInAnyOrder("Jeres kommune er fordelt i et netværk i Seniorpartnerskabet",
					"Jeres kommune har skiftet netværk i Seniorpartnerskabet");
		assertThat(fixtures.mails("NETWORK_PLACED")).hasSize(1);
		assertThat(fixtures.mails("NETWORK_MOVED")).hasSize(1);
	}

	// Helpers

	private void assertCancelledForAarhusAndNoReminders(String reason) throws Exception {
		var arrived = delivered(3 + 2 + 1 + (reason.equals("WITHDRAWN") && !staffMailed() ? 0 : 1));
		assertCancellations(cancellations(arrived), "anne.hansen@k751.dk", "bo.jensen@k751.dk");
		var told = arrived.stream()
			.filter(m -> recipient(m).equals("kontakt751@kommune.dk"))
			.filter(m -> subject(m).equals("Jeres deltageres invitationer er aflyst"))
			.toList();
		assertThat(told).as("one mail to the contact about the invitations").hasSize(1);
		assertThat(text(told.get(0))).contains("Udviklingsdag 1");
		assertNoRemindersFor("anne.hansen@k751.dk", "bo.jensen@k751.dk");
	}

	private boolean staffMailed() {
		return !fixtures.mails("REVIEW_WITHDRAWN").isEmpty();
	}

	/**
	 * The calendar cancellations among the mails (GreenMail lists them by mailbox, not by
	 * time).
	 */
	private static List<MimeMessage> cancellations(List<MimeMessage> messages) {
		return messages.stream().filter(m -> subject(m).startsWith("Aflyst:")).toList();
	}

	/** Each cancellation: METHOD:CANCEL, the invitation's UID, a higher SEQUENCE. */
	private void assertCancellations(List<MimeMessage> cancellations, String... to) throws Exception {
		assertThat(cancellations).extracting(TestMail::recipient).containsExactlyInAnyOrder(to);
		for (var cancellation : cancellations) {
			assertThat(cancellation.getSubject()).isEqualTo("Aflyst: Udviklingsdag 1");
			var ics = calendar(cancellation);
			assertThat(value(ics, Property.METHOD)).isEqualTo("CANCEL");
			assertThat(value(ics, Property.UID)).isEqualTo(nextDay.getUid());
			assertThat(Integer.parseInt(value(ics, Property.SEQUENCE))).isGreaterThan(nextDay.getSequence());
		}
	}

	/**
	 * Makes every invitation due for its "not answered" reminder, runs the reminder job
	 * and sees that only the people still invited get one.
	 */
	private void assertNoRemindersFor(String... emails) {
		jdbc.update("update invitation set invited_at = invited_at - interval '30 days'");
		assertThat(reminders.sendDue()).as("reminders to those still invited").isPositive();
		// Deliver them now, so that none is still on its way when the next test starts.
		await().atMost(PATIENCE).until(() -> {
			dispatcher.dispatchDue();
			return jdbc.queryForObject("select count(*) from outgoing_mail where status = 'PENDING'",
					Integer.class) == 0;
		});
		for (String email : emails) {
			assertThat(jdbc.queryForObject("""
					select count(*) from invitation_reminder r join invitation i on i.id = r.invitation_id
					where i.email = ?""", Integer.class, email)).as("reminders claimed for " + email).isZero();
		}
	}

	private long version(long registrationId) {
		return registrations.findById(registrationId).orElseThrow().getVersion();
	}

	/** A change saved through the repository, as the private page and staff pages do. */
	private void change(long registrationId, Consumer<Registration> change) {
		tx.executeWithoutResult(status -> {
			var registration = registrations.findById(registrationId).orElseThrow();
			change.accept(registration);
			registrations.save(registration);
		});
	}

	private static List<ParticipantDetails> participantsBut(Registration registration, String name) {
		var wanted = new ArrayList<ParticipantDetails>();
		registration.getParticipants()
			.stream()
			.filter(p -> !p.getName().equals(name))
			.forEach(p -> wanted
				.add(new ParticipantDetails(p.getId(), p.getName(), p.getEmail(), p.getTitle(), p.getSide())));
		return wanted;
	}

	/**
	 * Waits until {@code count} mails have arrived over SMTP and returns them in order.
	 */
	private List<MimeMessage> delivered(int count) {
		Supplier<Integer> arrived = () -> mail.getReceivedMessages().length;
		await().atMost(PATIENCE).until(() -> {
			dispatcher.dispatchDue();
			return arrived.get() >= count;
		});
		var messages = List.of(mail.getReceivedMessages());
		assertThat(messages).extracting(m -> recipient(m) + ": " + subject(m)).hasSize(count);
		return messages;
	}

	private static MimeMessage only(List<MimeMessage> messages, String to) {
		var matching = messages.stream().filter(m -> recipient(m).equals(to)).toList();
		assertThat(matching).as("mails to " + to).hasSize(1);
		return matching.get(0);
	}

	static String text(Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return part.getContent().toString();
		}
		if (part.getContent() instanceof Multipart multipart) {
			var text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				text.append(text(multipart.getBodyPart(i)));
			}
			return text.toString();
		}
		return "";
	}

	static String calendar(Part part) throws Exception {
		if (part.isMimeType("text/calendar")) {
			var content = part.getContent();
			return content instanceof String s ? s
					: new String(((InputStream) content).readAllBytes(), StandardCharsets.UTF_8);
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				var found = calendar(body);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	static String value(String ics, String property) throws Exception {
		var calendar = new CalendarBuilder().build(new StringReader(ics));
		if (Property.METHOD.equals(property)) {
			return calendar.getProperty(property).orElseThrow().getValue();
		}
		VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
		return event.getProperty(property).orElseThrow().getValue();
	}

}
