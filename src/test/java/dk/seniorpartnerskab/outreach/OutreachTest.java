package dk.seniorpartnerskab.outreach;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.seniorpartnerskab.directory.ContactDetails;
import dk.seniorpartnerskab.directory.ContactDirectory;
import dk.seniorpartnerskab.directory.ContactRole;
import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.registration.RegistrationFixtures;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.SecondInstance;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OutreachTest {

	private static final Pattern UNSUBSCRIBE = Pattern.compile("/afmeld/([A-Za-z0-9_-]{43})");

	@Autowired
	TestData data;

	@Autowired
	ContactDirectory directory;

	@Autowired
	OutreachManagement outreach;

	@Autowired
	StartingPoints startingPoints;

	@Autowired
	RegistrationFixtures registrations;

	@Autowired
	JdbcTemplate jdbc;

	Edition edition;

	@BeforeEach
	void setUp() {
		data.clean();
		edition = data.openEdition();
		contact(259, ContactRole.HR_CHIEF, "Birthe Ærø", "birthe@koege.dk");
		contact(259, ContactRole.MUNICIPAL_DIRECTOR, "Karl Direktør", "karl@koege.dk");
		contact(580, ContactRole.HR_CONTACT, "Søren Østergård", "soeren@aabenraa.dk");
		// One person serving two municipalities: one mail per message all the same.
		contact(153, ContactRole.HR_CONTACT, "Fælles HR", "hr@vestegnen.dk");
		contact(155, ContactRole.HR_CONTACT, "Fælles HR", "hr@vestegnen.dk");
		contact(751, ContactRole.HR_CHIEF, "Anna Andersen", "anna@aarhus.dk");
		contact(101, ContactRole.HR_CHIEF, "Åse Ødegård", "aase@kk.dk");
		registrations.register(edition.getId(), 751, "kontakt@aarhus.dk");
		registrations.register(edition.getId(), 101, "kontakt@kk.dk");
	}

	private void contact(int code, ContactRole role, String name, String email) {
		directory.add(code, new ContactDetails(role, name, "", email, "", ""), "test");
	}

	record Mail(String to, String subject, String text) {

		String unsubscribeToken() {
			var matcher = UNSUBSCRIBE.matcher(text);
			return matcher.find() ? matcher.group(1) : null;
		}

	}

	private List<Mail> mails(String kind) {
		return jdbc.query("select recipient, subject, text_body from outgoing_mail where kind = ? order by id",
				(rs, i) -> new Mail(rs.getString(1), rs.getString(2), rs.getString(3)), kind);
	}

	private Draft invitation() {
		return startingPoints.draft(StartingPoint.INVITATION);
	}

	@Test
	void theInvitationToThoseNotRegisteredReachesExactlyThemEachOnceWithTheirNames() {
		var draft = invitation();
		assertThat(draft.audience()).isEqualTo(Audience.NOT_REGISTERED);
		assertThat(draft.body()).contains("Tilmeldingsfristen er", "/tilmelding", edition.getName(), "Introduktion",
				"Detaljer");

		var message = outreach.send(draft, "staff@kl.dk");

		var sent = mails(OutreachManagement.KIND);
		assertThat(sent).extracting(Mail::to)
			.containsExactlyInAnyOrder("birthe@koege.dk", "karl@koege.dk", "soeren@aabenraa.dk", "hr@vestegnen.dk");
		assertThat(message.getRecipientCount()).isEqualTo(4);
		assertThat(sent).filteredOn(m -> m.to().equals("soeren@aabenraa.dk")).singleElement().satisfies(m -> {
			assertThat(m.subject()).isEqualTo("Invitation: Bliv en del af " + edition.getName());
			assertThat(m.text()).startsWith("Kære Søren Østergård").contains("inviterer Aabenraa til at være med");
			assertThat(m.unsubscribeToken()).isNotNull();
		});
		assertThat(sent).extracting(Mail::to).doesNotContain("anna@aarhus.dk", "aase@kk.dk", "kontakt@aarhus.dk");
	}

	@Test
	void theSetsByRegisteredRegionAndRoleAreWhatTheySay() {
		var draft = invitation();
		assertThat(outreach.recipients(withAudience(draft, Audience.REGISTERED, null, null)))
			.extracting(Recipient::email)
			.containsExactlyInAnyOrder("anna@aarhus.dk", "aase@kk.dk", "kontakt@aarhus.dk", "kontakt@kk.dk");
		assertThat(outreach.recipients(withAudience(draft, Audience.REGION, 1083, null))).extracting(Recipient::email)
			.containsExactly("soeren@aabenraa.dk");
		assertThat(outreach.recipients(withAudience(draft, Audience.ROLE, null, ContactRole.HR_CHIEF)))
			.extracting(Recipient::email)
			.containsExactlyInAnyOrder("birthe@koege.dk", "anna@aarhus.dk", "aase@kk.dk");
		assertThat(outreach.recipients(withAudience(draft, Audience.ALL, null, null))).hasSize(8);
	}

	private static Draft withAudience(Draft draft, Audience audience, Integer region, ContactRole role) {
		return new Draft(draft.startingPoint(), audience, region, role, draft.subject(), draft.body());
	}

	@Test
	void anUnsubscribedAddressGetsNoMoreOutreachAtOnceAndTheContactShowsIt() {
		outreach.send(invitation(), "staff@kl.dk");
		var toSoeren = mails(OutreachManagement.KIND).stream()
			.filter(m -> m.to().equals("soeren@aabenraa.dk"))
			.findFirst()
			.orElseThrow();

		assertThat(outreach.unsubscribeAddress(toSoeren.unsubscribeToken())).contains("soeren@aabenraa.dk");
		assertThat(outreach.unsubscribe(toSoeren.unsubscribeToken())).isTrue();
		assertThat(outreach.unsubscribe("x".repeat(43))).isFalse();

		assertThat(directory.isOptedOut("Soeren@Aabenraa.dk")).isTrue();
		assertThat(outreach.recipients(invitation())).extracting(Recipient::email).doesNotContain("soeren@aabenraa.dk");
		jdbc.update("delete from outgoing_mail");
		outreach.send(invitation(), "staff@kl.dk");
		assertThat(mails(OutreachManagement.KIND)).extracting(Mail::to)
			.containsExactlyInAnyOrder("birthe@koege.dk", "karl@koege.dk", "hr@vestegnen.dk");
	}

	@Test
	void aTestGoesOnlyToTheStaffMemberWithTheFirstRecipientsNames() {
		outreach.sendTest(invitation(), "staff@kl.dk");
		assertThat(mails(OutreachManagement.TEST_KIND)).singleElement()
			.satisfies(m -> assertThat(m.to()).isEqualTo("staff@kl.dk"));
		assertThat(mails(OutreachManagement.KIND)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from outreach_delivery", Integer.class)).isZero();
	}

	@Test
	void thePlannedDeadlineReminderIsSentOnceByTwoInstancesRunningAtTheSameMoment() throws Exception {
		var draft = startingPoints.draft(StartingPoint.DEADLINE_REMINDER);
		// Planned 29 days before the deadline (30 days ahead), then moved into the past:
		// due now.
		assertThat(outreach.planDeadlineReminder(draft, 29, "staff@kl.dk")).isPresent();
		jdbc.update("update outreach_message set planned_for = ?",
				Timestamp.from(edition.getRegistrationCloses().minus(Duration.ofDays(35))));

		try (var second = SecondInstance.start()) {
			var other = second.getBean(OutreachManagement.class);
			assertThat(SecondInstance.atTheSameMoment(outreach::sendPlanned, other::sendPlanned)).isEqualTo(4);
		}
		assertThat(outreach.sendPlanned()).isZero();
		assertThat(mails(OutreachManagement.KIND)).extracting(Mail::to)
			.containsExactlyInAnyOrder("birthe@koege.dk", "karl@koege.dk", "soeren@aabenraa.dk", "hr@vestegnen.dk");
		assertThat(mails(OutreachManagement.KIND)).allSatisfy(m -> assertThat(m.subject()).startsWith("Husk:"));
		assertThat(jdbc.queryForObject("select status from outreach_message where days_before = 29", String.class))
			.isEqualTo("SENT");
	}

	@Test
	void aReminderCannotBePlannedForADayThatHasPassed() {
		assertThat(
				outreach.planDeadlineReminder(startingPoints.draft(StartingPoint.DEADLINE_REMINDER), 31, "staff@kl.dk"))
			.isEmpty();
	}

	@Test
	void theListCountsEachMessagesMailsByStatus() {
		var message = outreach.send(invitation(), "staff@kl.dk");
		assertThat(outreach.statusCounts(message.getId()).values().stream().mapToLong(Long::longValue).sum())
			.isEqualTo(4);
	}

}
