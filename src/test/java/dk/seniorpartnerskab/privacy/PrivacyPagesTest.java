package dk.seniorpartnerskab.privacy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.seniorpartnerskab.edition.EditionManagement;
import dk.seniorpartnerskab.privacy.PrivacyFixtures.Seeded;
import dk.seniorpartnerskab.registration.RegistrationRepository;
import dk.seniorpartnerskab.scheduling.InvitationManagement;
import dk.seniorpartnerskab.scheduling.InvitationRepository;
import dk.seniorpartnerskab.scheduling.MeetingDetails;
import dk.seniorpartnerskab.scheduling.MeetingKind;
import dk.seniorpartnerskab.scheduling.MeetingManagement;
import dk.seniorpartnerskab.support.DatabaseScan;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.web.Copenhagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages around personal data: the public privacy page with its contacts and dates,
 * the planned date on the edition pages, ADMIN's postponement with a reason (errors in
 * Danish by the field), and replacing a contact before erasing them so the registration
 * carries on.
 */
@IntegrationTest
class PrivacyPagesTest {

	static final Seeded LEAVING = new Seeded("Lars Lærer", "lars.laerer@aarhus.dk", "TR", null);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	PrivacyFixtures fixtures;

	@Autowired
	Retention retention;

	@Autowired
	RegistrationRepository registrations;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	InvitationManagement invitationManagement;

	@Autowired
	InvitationRepository invitations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EditionManagement editions;

	@BeforeEach
	void setUp() {
		data.clean();
	}

	@Test
	void thePrivacyPageSaysWhatIsKeptWhyHowLongAndWhomToContact() throws Exception {
		var edition = data.openEdition();
		editions.update(edition.getId(), edition.getVersion(), e -> e
			.changeSecretariat("Seniorpartnerskabets sekretariat", "sekretariat@seniorpartnerskab.test", "33703370"));
		var text = page(get("/privatliv")).text();
		assertThat(text).contains("Hvad vi gemmer", "Hvorfor", "12 måneder efter, at forløbet er slut",
				"For " + edition.getName() + " sker det "
						+ Copenhagen.formatDate(edition.getCourseEnd().plusMonths(12)),
				"hvilke kommuner der deltog", "antal deltagere fra ledelse og medarbejdere",
				"Seniorpartnerskabets sekretariat", "sekretariat@seniorpartnerskab.test", "Telefon 33 70 33 70",
				"Databeskyttelsesrådgiver", "Ditte Dataansvar", "dpo@seniorpartnerskab.test", "Datatilsynet");
	}

	@Test
	void staffSeeThePlannedDateOnTheEditionAndAWarningAMonthBefore() throws Exception {
		var later = fixtures.edition("Forløb senere");
		var soon = fixtures.edition("Forløb snart");
		fixtures.courseEnded(soon.getId(), 350);
		var list = page(get("/admin/forloeb").with(user("viewer@kl.dk").roles("VIEWER")));
		assertThat(list.text()).contains(
				"Personoplysninger slettes " + Copenhagen.formatDate(later.getCourseEnd().plusMonths(12)),
				"Bemærk: Personoplysninger slettes "
						+ Copenhagen.formatDate(LocalDate.now().minusDays(350).plusMonths(12))
						+ ", om mindre end en måned");
		var form = page(get("/admin/forloeb/" + soon.getId()).with(user("viewer@kl.dk").roles("VIEWER")));
		assertThat(form.select("a[href=/admin/privatliv/forloeb/" + soon.getId() + "]").text())
			.contains("om mindre end en måned");
		var overview = page(get("/admin/privatliv").with(user("viewer@kl.dk").roles("VIEWER")));
		assertThat(overview.text()).contains("Forløb snart", "Slettes inden for en måned");
		var start = page(get("/admin").with(user("viewer@kl.dk").roles("VIEWER")));
		assertThat(start.text()).contains("Forløb, hvis personoplysninger slettes inden for en måned");
	}

	@Test
	void onlyAnAdminPostponesAndAReasonAndALaterDateAreRequired() throws Exception {
		var edition = fixtures.edition("Forløb udskyd");
		var plan = retention.plan(edition.getId());
		mvc.perform(post("/admin/privatliv/forloeb/" + edition.getId() + "/udskyd").with(csrf())
			.with(user("staff@kl.dk").roles("STAFF"))
			.param("until", plan.plannedDate().plusMonths(1).toString())
			.param("reason", "Klage")
			.param("version", "0")).andExpect(status().isForbidden());

		var refused = page(post("/admin/privatliv/forloeb/" + edition.getId() + "/udskyd").with(csrf())
			.with(user("admin@kl.dk").roles("ADMIN"))
			.param("until", plan.plannedDate().toString())
			.param("reason", "")
			.param("version", "0"));
		assertThat(refused.select("#until-error").text())
			.isEqualTo("Vælg en dato efter " + Copenhagen.formatDate(plan.plannedDate()) + ".");
		assertThat(refused.select("#reason-error").text()).isEqualTo("Skriv en begrundelse.");
		assertThat(refused.select("#error-summary a")).hasSize(2);
		assertThat(retention.plan(edition.getId()).isPostponed()).isFalse();

		var until = plan.plannedDate().plusMonths(2);
		mvc.perform(post("/admin/privatliv/forloeb/" + edition.getId() + "/udskyd").with(csrf())
			.with(user("admin@kl.dk").roles("ADMIN"))
			.param("until", until.toString())
			.param("reason", "Klage under behandling hos Datatilsynet")
			.param("version", "0")).andExpect(redirectedUrl("/admin/privatliv/forloeb/" + edition.getId()));
		assertThat(retention.plan(edition.getId()).plannedDate()).isEqualTo(until);
		assertThat(jdbc.queryForObject(
				"select actor || ' ' || detail from audit_entry where action = 'privacy.retention-postponed'",
				String.class))
			.isEqualTo("admin@kl.dk Klage under behandling hos Datatilsynet");
	}

	@Test
	void aReplacedContactIsErasedWhileTheRegistrationCarriesOnAndErasedPeopleAreNotInvitedAgain() throws Exception {
		var generated = fixtures.generate("k", 1, 2, List.of(LEAVING));
		long registrationId = generated.registrationIds().values().iterator().next();
		var oldContact = generated.people().get(0);
		var registration = registrations.findById(registrationId).orElseThrow();
		mvc.perform(post("/admin/tilmeldinger/" + registrationId + "/kontaktperson").with(csrf())
			.with(user("staff@kl.dk").roles("STAFF"))
			.param("name", "Nina Ny")
			.param("title", "HR-konsulent")
			.param("email", "nina.ny@aarhus.dk")
			.param("phone", "33 12 34 56")
			.param("version", String.valueOf(registration.getVersion())))
			.andExpect(redirectedUrl("/admin/tilmeldinger/" + registrationId));
		assertThat(jdbc.queryForObject("select count(*) from outgoing_mail where recipient = 'nina.ny@aarhus.dk' "
				+ "and kind = 'REGISTRATION_LINK'", Long.class))
			.isEqualTo(1);

		for (var email : List.of(oldContact.email(), LEAVING.email())) {
			mvc.perform(post("/admin/privatliv/person/slet").with(csrf())
				.with(user("staff@kl.dk").roles("STAFF"))
				.param("email", email)
				.param("confirm", "true")).andExpect(redirectedUrl("/admin/privatliv"));
		}

		var after = registrations.findById(registrationId).orElseThrow();
		assertThat(after.getContactName()).isEqualTo("Nina Ny");
		assertThat(after.getContactPhone()).isEqualTo("33123456");
		assertThat(after.getStatus()).isEqualTo(registration.getStatus());
		assertThat(jdbc.queryForObject("select count(*) from registration_participant where registration_id = ?",
				Long.class, registrationId))
			.isEqualTo(3);
		assertThat(DatabaseScan.find(jdbc,
				List.of(oldContact.name(), oldContact.email(), oldContact.phone(), LEAVING.name(), LEAVING.email())))
			.isEmpty();

		// A new development day: the erased participant is not invited again.
		var start = Instant.now().plus(Duration.ofDays(20));
		var day = meetings.create(generated.editionId(),
				jdbc.queryForObject("select network_id from registration where id = ?", Long.class, registrationId),
				MeetingKind.DEVELOPMENT_DAY, new MeetingDetails("Udviklingsdag 2", "", null, start,
						start.plus(Duration.ofHours(5)), "KL-huset", "Weidekampsgade 10", null),
				true);
		assertThat(invitationManagement.notYetInvited(day.getId())).isEqualTo(2);
		assertThat(invitationManagement.send(day.getId())).isEqualTo(2);
		assertThat(invitations.findByMeeting(day.getId())).extracting(i -> i.getEmail())
			.doesNotContain("", LEAVING.email());
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
