package dk.seniorpartnerskab.scheduling;

import java.io.StringReader;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.web.SecretTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import dk.seniorpartnerskab.network.NetworkAssignments;
import dk.seniorpartnerskab.registration.RegistrationRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Collections;
import java.util.zip.ZipFile;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class InvitationTest {

	long north;

	long south;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	SchedulingFixtures fixtures;

	@Autowired
	InvitationManagement management;

	@Autowired
	MeetingManagement meetingManagement;

	@Autowired
	InvitationRepository invitations;

	@Autowired
	JdbcTemplate jdbcTemplate;

	Edition edition;

	long aarhus;

	@BeforeEach
	void setUp() {
		data.clean();
		edition = data.openEdition();
		north = fixtures.network(edition.getId(), "Netværk Nord");
		south = fixtures.network(edition.getId(), "Netværk Syd");
		aarhus = fixtures.registration(edition.getId(), 751, north, true, "Anne Hansen", "Bo Jensen").getId();
		fixtures.registration(edition.getId(), 101, north, true, "Carla Nielsen", "Dan Larsen", "Eva Holm");
		fixtures.registration(edition.getId(), 461, south, true, "Finn Berg", "Gitte Dahl");
		fixtures.registration(edition.getId(), 147, north, false, "Hans Ravn", "Ida Krog");
	}

	static Calendar parse(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	static String value(String ics, String property) throws Exception {
		var calendar = parse(ics);
		if (Property.METHOD.equals(property)) {
			return calendar.getProperty(property).orElseThrow().getValue();
		}
		VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
		return event.getProperty(property).orElseThrow().getValue();
	}

	/**
	 * Moves the meeting an hour later: a change of time, which sends the invited an
	 * update.
	 */
	private void moveAnHourLater(Meeting meeting) {
		var details = meeting.currentDetails();
		meetingManagement.update(meeting.getId(), meeting.getVersion(),
				new MeetingDetails(details.title(), details.theme(), null, details.startsAt().plus(Duration.ofHours(1)),
						details.endsAt().plus(Duration.ofHours(1)), details.venue(), details.address(), null),
				true);
	}

	/** Staff's message "Praktisk om dagen" to those attending the meeting. */
	private static MockHttpServletRequestBuilder practicalMessage(Meeting meeting) {
		return post("/admin/aktiviteter/" + meeting.getId() + "/besked").param("recipients", "ATTENDING")
			.param("subject", "Praktisk om dagen")
			.param("body", "Husk frokost.\nVi ses!")
			.with(csrf())
			.with(user("s@kl.dk").roles("STAFF"));
	}

	@Test
	void theInvitationCountEqualsTheParticipantsOfApprovedMunicipalitiesInTheNetwork() throws Exception {
		var meeting = fixtures.plannedDay(edition.getId(), north, 30);
		assertThat(management.notYetInvited(meeting.getId())).isEqualTo(5);

		assertThat(management.send(meeting.getId())).isEqualTo(5);

		var mails = fixtures.mails("MEETING_INVITATION");
		assertThat(mails).extracting(SchedulingFixtures.SentMail::to)
			.containsExactlyInAnyOrder("anne.hansen@k751.dk", "bo.jensen@k751.dk", "carla.nielsen@k101.dk",
					"dan.larsen@k101.dk", "eva.holm@k101.dk");
		for (var mail : mails) {
			assertThat(mail.subject()).isEqualTo("Invitation: Udviklingsdag 1");
			assertThat(mail.token()).isNotNull();
			assertThat(value(mail.ics(), Property.METHOD)).isEqualTo("REQUEST");
			assertThat(value(mail.ics(), Property.UID)).isEqualTo(meeting.getUid());
			assertThat(value(mail.ics(), Property.ATTENDEE)).isEqualTo("mailto:" + mail.to());
			assertThat(value(mail.ics(), Property.URL)).endsWith("/invitation/" + mail.token());
		}
		assertThat(invitations.findByMeeting(meeting.getId())).allMatch(i -> i.getAnswer() == Answer.PENDING);
	}

	@Test
	void aWebinarForTheWholeEditionInvitesEveryApprovedMunicipality() {
		var webinar = fixtures.webinar(edition.getId(), 20);
		assertThat(management.send(webinar.getId())).isEqualTo(7);
	}

	@Test
	void sendingAgainSendsNoneTwiceAndInvitesParticipantsAddedLater() {
		var meeting = fixtures.plannedDay(edition.getId(), north, 30);
		management.send(meeting.getId());
		assertThat(management.send(meeting.getId())).isZero();
		assertThat(fixtures.mails("MEETING_INVITATION")).hasSize(5);

		fixtures.addParticipant(aarhus, "Jonas Lund", 751);
		assertThat(management.notYetInvited(meeting.getId())).isEqualTo(1);
		assertThat(management.send(meeting.getId())).isEqualTo(1);
		assertThat(fixtures.mails("MEETING_INVITATION")).hasSize(6)
			.extracting(SchedulingFixtures.SentMail::to)
			.doesNotHaveDuplicates()
			.contains("jonas.lund@k751.dk");
		assertThat(invitations.findByMeeting(meeting.getId())).hasSize(6);
	}

	@Test
	void changingTheTimeSendsAnUpdateWithTheSameUidAndAHigherSequence() throws Exception {
		var meeting = fixtures.plannedDay(edition.getId(), north, 30);
		management.send(meeting.getId());
		var invitation = fixtures.mails("MEETING_INVITATION").get(0);

		moveAnHourLater(meeting);

		var updates = fixtures.mails("MEETING_UPDATE");
		assertThat(updates).hasSize(5);
		var update = updates.stream().filter(u -> u.to().equals(invitation.to())).findFirst().orElseThrow();
		assertThat(update.subject()).startsWith("Ændret:");
		assertThat(value(update.ics(), Property.METHOD)).isEqualTo("REQUEST");
		assertThat(value(update.ics(), Property.UID)).isEqualTo(value(invitation.ics(), Property.UID));
		assertThat(Integer.parseInt(value(update.ics(), Property.SEQUENCE)))
			.isGreaterThan(Integer.parseInt(value(invitation.ics(), Property.SEQUENCE)));

		// The update's link works, the old one not any more.
		mvc.perform(get("/invitation/" + update.token())).andExpect(status().isOk());
		var outdated = Jsoup.parse(mvc.perform(get("/invitation/" + invitation.token()))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(outdated.select("h1").text()).isEqualTo("Linket virker ikke længere");
		assertThat(outdated.select("main").text()).contains("Der er sendt en nyere mail om aktiviteten",
				"Brug linket i den nyeste mail", "skriv til sekretariatet", "sekretariat@seniorpartnerskab.local");

		// A change of title only is no change of time or place: no mail.
		var reloaded = fixtures.reload(meeting);
		var same = reloaded.currentDetails();
		meetingManagement.update(meeting.getId(), reloaded.getVersion(), new MeetingDetails("Ny titel", same.theme(),
				null, same.startsAt(), same.endsAt(), same.venue(), same.address(), null), true);
		assertThat(fixtures.mails("MEETING_UPDATE")).hasSize(5);
	}

	@Test
	void anOldLinksPageSendsTheNewestLinkToTheInvitedAddressOnly() throws Exception {
		var meeting = fixtures.plannedDay(edition.getId(), north, 30);
		management.send(meeting.getId());
		var invitation = fixtures.mails("MEETING_INVITATION").get(0);
		moveAnHourLater(meeting);

		var outdated = Jsoup.parse(mvc.perform(get("/invitation/" + invitation.token()))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString());
		var offer = outdated.select("main form[method=post]");
		assertThat(offer.attr("action")).isEqualTo("/invitation/" + invitation.token() + "/nyeste-link");
		assertThat(offer.select("button").text()).isEqualTo("Send mig det nyeste link");
		assertThat(outdated.select("main").text()).as("the address is never shown").doesNotContain(invitation.to());

		var sent = Jsoup.parse(mvc.perform(post("/invitation/" + invitation.token() + "/nyeste-link").with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(sent.getElementById("newest-sent").text()).startsWith("Vi har sendt invitationen igen");
		var again = fixtures.mails("MEETING_INVITATION").stream().filter(m -> m.to().equals(invitation.to())).toList();
		assertThat(again).as("the first invitation and the one asked for").hasSize(2);
		mvc.perform(get("/invitation/" + again.get(1).token())).andExpect(status().isOk());

		// A link that was never ours gets the page without the offer.
		var unknown = Jsoup.parse(mvc.perform(get("/invitation/" + "x".repeat(43)))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(unknown.select("main form")).isEmpty();
		mvc.perform(post("/invitation/" + "x".repeat(43) + "/nyeste-link").with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void cancellingAsksFirstWithTheCountAndNeedsAReasonBeforeAnythingChanges() throws Exception {
		var meeting = fixtures.plannedDay(edition.getId(), north, 30);
		management.send(meeting.getId());
		String path = "/admin/aktiviteter/" + meeting.getId();

		var detail = Jsoup.parse(mvc.perform(get(path).with(user("s@kl.dk").roles("STAFF")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(detail.select("main form[action$=/aflys]")).as("no one-click cancel").isEmpty();
		assertThat(detail.select("main a[href$=/aflys]").text()).isEqualTo("Aflys aktiviteten");

		var confirm = Jsoup.parse(mvc.perform(get(path + "/aflys").with(user("s@kl.dk").roles("STAFF")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(confirm.select("h1").text()).isEqualTo("Aflys " + meeting.getTitle() + "?");
		assertThat(confirm.getElementById("confirm-who").text()).startsWith("5 inviterede får en mail om aflysningen");
		assertThat(confirm.select("main button[type=submit]").text()).isEqualTo("Ja, aflys og send 5 mails");
		assertThat(confirm.select("main form[method=post] input[name=_csrf]")).hasSize(1);

		var refused = Jsoup.parse(mvc
			.perform(post(path + "/aflys").param("reason", " ").with(csrf()).with(user("s@kl.dk").roles("STAFF")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(refused.getElementById("reason-error").text())
			.isEqualTo("Skriv en begrundelse. Den står i mailen til de inviterede.");
		assertThat(fixtures.reload(meeting).isCancelled()).isFalse();
		assertThat(fixtures.mails("MEETING_CANCEL")).isEmpty();

		mvc.perform(get(path + "/aflys").with(user("viewer@kl.dk").roles("VIEWER"))).andExpect(status().isForbidden());
	}

	@Test
	void cancellingSendsMethodCancelWithTheReasonToEveryoneInvited() throws Exception {
		var meeting = fixtures.plannedDay(edition.getId(), north, 30);
		management.send(meeting.getId());
		mvc.perform(post("/admin/aktiviteter/" + meeting.getId() + "/aflys")
			.param("reason", "Underviseren er blevet syg. Vi sender en ny dato.")
			.with(csrf())
			.with(user("s@kl.dk").roles("STAFF"))).andExpect(status().is3xxRedirection());

		var cancels = fixtures.mails("MEETING_CANCEL");
		assertThat(cancels).hasSize(5);
		for (var cancel : cancels) {
			assertThat(cancel.text())
				.contains("er desværre aflyst.\n\nBegrundelse: Underviseren er blevet syg. Vi sender en ny dato.");
			assertThat(value(cancel.ics(), Property.METHOD)).isEqualTo("CANCEL");
			assertThat(value(cancel.ics(), Property.STATUS)).isEqualTo("CANCELLED");
			assertThat(value(cancel.ics(), Property.UID)).isEqualTo(meeting.getUid());
			assertThat(value(cancel.ics(), Property.SEQUENCE)).isEqualTo("1");
		}
	}

	@Test
	void answersThroughThePrivateLinkChangeTheCounts() throws Exception {
		var meeting = fixtures.plannedDay(edition.getId(), north, 30);
		management.send(meeting.getId());
		var mails = fixtures.mails("MEETING_INVITATION");
		String anne = mails.stream().filter(m -> m.to().startsWith("anne")).findFirst().orElseThrow().token();
		String bo = mails.stream().filter(m -> m.to().startsWith("bo")).findFirst().orElseThrow().token();

		mvc.perform(get("/invitation/" + anne))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Kære Anne Hansen")));
		mvc.perform(post("/invitation/" + anne + "/svar").param("answer", "ATTENDING").with(csrf()))
			.andExpect(redirectedUrl("/invitation/" + anne));
		mvc.perform(post("/invitation/" + bo + "/svar").param("answer", "ATTENDING").with(csrf()));
		assertThat(MeetingFigures.of(invitations.findByMeeting(meeting.getId())))
			.isEqualTo(new MeetingFigures(5, 2, 0, 3, 0, 0));

		mvc.perform(post("/invitation/" + bo + "/svar").param("answer", "DECLINED").with(csrf()));
		var figures = MeetingFigures.of(invitations.findByMeeting(meeting.getId()));
		assertThat(figures).isEqualTo(new MeetingFigures(5, 1, 1, 3, 0, 0));
		assertThat(MeetingFigures.perMunicipality(invitations.findByMeeting(meeting.getId())).get(751))
			.isEqualTo(new MeetingFigures(2, 1, 1, 0, 0, 0));

		var page = mvc.perform(get("/admin/aktiviteter/" + meeting.getId()).with(user("v@kl.dk").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).select("#figures").text())
			.isEqualTo("5 inviteret: 1 deltager, 1 deltager ikke, 3 har ikke svaret.");
	}

	@Autowired
	MeetingParticipationInfo participationInfo;

	@Test
	void theContactsPrivatePageListsTheMunicipalitysPlannedMeetingsAhead() {
		fixtures.plannedDay(edition.getId(), north, 30);
		fixtures.plannedDay(edition.getId(), south, 31);
		fixtures.plannedDay(edition.getId(), north, -3);
		fixtures.webinar(edition.getId(), 40);

		var lines = participationInfo.linesFor(aarhus);
		assertThat(lines).extracting(l -> l.label())
			.containsExactly("Udviklingsdag: Udviklingsdag 1", "Webinar: Webinar om implementering");
		assertThat(lines.get(0).value()).contains("kl. ", "KL-huset");
	}

	@Test
	void theInvitationListExportsWithAnswersAsCsvAndXlsx() throws Exception {
		var meeting = fixtures.plannedDay(edition.getId(), north, 30);
		management.send(meeting.getId());
		String anne = fixtures.lastMailTo("anne.hansen@k751.dk").token();
		management.answer(anne, Answer.ATTENDING);

		var csv = mvc
			.perform(get("/admin/aktiviteter/" + meeting.getId() + "/invitationer.csv")
				.with(user("v@kl.dk").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(csv.getHeader("Content-Disposition")).contains("attachment", ".csv");
		String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFNavn;E-mail;Kommune;Svar;Svaret;Mødt;Stedfortræder for\r\n");
		assertThat(text.lines()).hasSize(6)
			.anyMatch(l -> l.startsWith("Anne Hansen;anne.hansen@k751.dk;Aarhus;Deltager;"));

		var xlsx = mvc
			.perform(get("/admin/aktiviteter/" + meeting.getId() + "/invitationer.xlsx")
				.with(user("v@kl.dk").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		var all = new StringBuilder();
		var file = Files.createTempFile("invitationer", ".xlsx");
		Files.write(file, xlsx.getContentAsByteArray());
		try (var zip = new ZipFile(file.toFile())) {
			for (var entry : Collections.list(zip.entries())) {
				all.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		finally {
			Files.delete(file);
		}
		assertThat(all).contains("Anne Hansen", "Deltager", "<sheet name=\"Invitationer\"");
	}

	@Test
	void staffWriteToTheInvitedFilteredByAnswer() throws Exception {
		var meeting = fixtures.plannedDay(edition.getId(), north, 30);
		management.send(meeting.getId());
		management.answer(fixtures.lastMailTo("anne.hansen@k751.dk").token(), Answer.ATTENDING);

		var form = mvc
			.perform(get("/admin/aktiviteter/" + meeting.getId() + "/besked").with(user("s@kl.dk").roles("STAFF")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(form).select("#recipients option").eachText()).contains("Alle inviterede (5)",
				"Dem, der deltager (1)");

		var asked = Jsoup.parse(mvc.perform(practicalMessage(meeting))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(asked.select("h1").text())
			.isEqualTo("Send beskeden til 1 inviteret til " + meeting.getTitle() + "?");
		assertThat(asked.getElementById("confirm-who").text()).startsWith("Modtagere: Dem, der deltager (1).");
		assertThat(asked.getElementById("confirm-body").text()).isEqualTo("Husk frokost. Vi ses!");
		assertThat(asked.select("main button[name=confirmed]").text()).isEqualTo("Ja, send 1 mail");
		assertThat(asked.getElementById("preview-to").text()).contains("anne.hansen@k751.dk");
		assertThat(asked.getElementById("preview-subject").text()).isEqualTo("Praktisk om dagen");
		assertThat(asked.getElementById("preview-text").wholeText()).as("one recipient's mail as it arrives")
			.startsWith("Kære Anne Hansen")
			.contains("Husk frokost.\nVi ses!", meeting.getTitle())
			.containsOnlyOnce("Kære");
		assertThat(asked.select("main form[method=post] input[name=_csrf]")).hasSize(1);
		assertThat(fixtures.mails("MEETING_MESSAGE")).as("nothing sent before the answer").isEmpty();
		assertThat(asked.select("main button[name=trial]").text()).isEqualTo("Send en prøve til mig");

		var trial = Jsoup.parse(mvc.perform(practicalMessage(meeting).param("trial", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(trial.getElementById("trial-sent").text()).as("the question again, with the trial sent")
			.startsWith("En prøve er sendt til s@kl.dk");
		assertThat(trial.select("main button[name=confirmed]").text()).isEqualTo("Ja, send 1 mail");
		var trials = fixtures.mails("MESSAGE_TRIAL");
		assertThat(trials).singleElement().satisfies(mail -> {
			assertThat(mail.to()).isEqualTo("s@kl.dk");
			assertThat(mail.subject()).isEqualTo("Prøve: Praktisk om dagen");
			assertThat(mail.text()).startsWith("Kære Anne Hansen").contains("Husk frokost.");
		});
		assertThat(fixtures.mails("MEETING_MESSAGE")).as("still nothing sent to the invited").isEmpty();

		var edited = Jsoup.parse(mvc.perform(practicalMessage(meeting).param("edit", "true"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(edited.getElementById("subject").val()).as("the text is kept").isEqualTo("Praktisk om dagen");

		mvc.perform(practicalMessage(meeting).param("confirmed", "true")).andExpect(status().is3xxRedirection());
		var messages = fixtures.mails("MEETING_MESSAGE");
		assertThat(messages).extracting(SchedulingFixtures.SentMail::to).containsExactly("anne.hansen@k751.dk");
		assertThat(messages.get(0).subject()).isEqualTo("Praktisk om dagen");
		assertThat(messages.get(0).text()).contains("Husk frokost.", "Kære Anne Hansen");

		var invalid = mvc
			.perform(post("/admin/aktiviteter/" + meeting.getId() + "/besked").param("recipients", "ALL")
				.param("subject", "")
				.param("body", "Tekst")
				.with(csrf())
				.with(user("s@kl.dk").roles("STAFF")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(invalid).select("#subject-error").text()).isEqualTo("Feltet skal udfyldes.");
		assertThat(fixtures.mails("MEETING_MESSAGE")).hasSize(1);
	}

	@Test
	void staffWriteToAWholeNetworkOncePerPersonFilteredByAttendance() throws Exception {
		var first = fixtures.plannedDay(edition.getId(), north, 30);
		var second = fixtures.plannedDay(edition.getId(), north, 60);
		var southDay = fixtures.plannedDay(edition.getId(), south, 30);
		management.send(first.getId());
		management.send(second.getId());
		management.send(southDay.getId());
		var anne = invitations.findActiveByMeeting(first.getId())
			.stream()
			.filter(i -> i.getEmail().equals("anne.hansen@k751.dk"))
			.findFirst()
			.orElseThrow();
		jdbcTemplate.update("update invitation set attended = true where id = ?", anne.getId());

		var form = mvc
			.perform(get("/admin/aktiviteter/netvaerk/" + north + "/besked").with(user("s@kl.dk").roles("STAFF")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(form).select("#recipients option").eachText()).contains("Alle inviterede (5)",
				"Dem, der mødte (1)");

		var asked = Jsoup
			.parse(mvc.perform(post("/admin/aktiviteter/netvaerk/" + north + "/besked").param("recipients", "ALL")
				.param("subject", "Evaluering af forløbet")
				.param("body", "Svar gerne inden fredag.")
				.with(csrf())
				.with(user("s@kl.dk").roles("STAFF"))).andReturn().getResponse().getContentAsString());
		assertThat(asked.select("h1").text()).isEqualTo("Send beskeden til 5 inviterede til Netværk Nord?");
		assertThat(asked.getElementById("preview-text").wholeText()).startsWith("Kære ")
			.contains("Svar gerne inden fredag.", "Netværk Nord");
		assertThat(fixtures.mails("NETWORK_MESSAGE")).isEmpty();

		mvc.perform(post("/admin/aktiviteter/netvaerk/" + north + "/besked").param("recipients", "ALL")
			.param("subject", "Evaluering af forløbet")
			.param("body", "Svar gerne inden fredag.")
			.param("confirmed", "true")
			.with(csrf())
			.with(user("s@kl.dk").roles("STAFF"))).andExpect(status().is3xxRedirection());
		var toAll = fixtures.mails("NETWORK_MESSAGE");
		assertThat(toAll).hasSize(5);
		assertThat(toAll).extracting(SchedulingFixtures.SentMail::to)
			.doesNotHaveDuplicates()
			.doesNotContain("finn.berg@k461.dk");
		assertThat(toAll.get(0).text()).contains("Svar gerne inden fredag.", "Netværk Nord");

		mvc.perform(post("/admin/aktiviteter/netvaerk/" + north + "/besked").param("recipients", "ATTENDED")
			.param("subject", "Tak fordi du kom")
			.param("body", "Her er slides.")
			.param("confirmed", "true")
			.with(csrf())
			.with(user("s@kl.dk").roles("STAFF"))).andExpect(status().is3xxRedirection());
		assertThat(fixtures.mails("NETWORK_MESSAGE")).hasSize(6)
			.filteredOn(m -> m.subject().equals("Tak fordi du kom"))
			.extracting(SchedulingFixtures.SentMail::to)
			.containsExactly("anne.hansen@k751.dk");

		mvc.perform(post("/admin/aktiviteter/netvaerk/" + north + "/besked").param("recipients", "ALL")
			.param("subject", "X")
			.param("body", "Y")
			.with(csrf())
			.with(user("v@kl.dk").roles("VIEWER"))).andExpect(status().isForbidden());
	}

	@Autowired
	NetworkAssignments assignments;

	@Autowired
	RegistrationRepository registrations;

	@Test
	void movingAMunicipalityToAnotherNetworkMovesItsInvitationsAndTellsOnlyItsPeople() {
		var northDay = fixtures.plannedDay(edition.getId(), north, 30);
		var southDay = fixtures.plannedDay(edition.getId(), south, 31);
		management.send(northDay.getId());
		management.send(southDay.getId());
		assertThat(fixtures.mails("MEETING_INVITATION")).hasSize(7);

		long version = registrations.findById(aarhus).orElseThrow().getVersion();
		assignments.assign(aarhus, south, version, "staff@kl.dk");
		// The invitations follow after the move is committed (an event to scheduling).
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> fixtures.mails("NETWORK_MOVED").size() == 1);

		assertThat(fixtures.mails("MEETING_CANCEL")).extracting(SchedulingFixtures.SentMail::to)
			.containsExactlyInAnyOrder("anne.hansen@k751.dk", "bo.jensen@k751.dk");
		var invitationsNow = fixtures.mails("MEETING_INVITATION");
		assertThat(invitationsNow).hasSize(9);
		assertThat(invitationsNow.subList(7, 9)).extracting(SchedulingFixtures.SentMail::to)
			.containsExactlyInAnyOrder("anne.hansen@k751.dk", "bo.jensen@k751.dk");
		assertThat(MeetingFigures.of(invitations.findByMeeting(northDay.getId())).invited()).isEqualTo(3);
		assertThat(MeetingFigures.of(invitations.findByMeeting(southDay.getId())).invited()).isEqualTo(4);
		// Everyone in each network is invited to its day, the withdrawn invitations
		// aside.
		assertThat(management.notYetInvited(northDay.getId())).isZero();
		assertThat(management.notYetInvited(southDay.getId())).isZero();
		var moved = fixtures.mails("NETWORK_MOVED");
		assertThat(moved).extracting(SchedulingFixtures.SentMail::to).containsExactly("kontakt751@kommune.dk");
		assertThat(moved.get(0).text()).contains("Jeres kommune er flyttet til Netværk Syd");

		// Moving back reinstates the withdrawn invitations with fresh links.
		version = registrations.findById(aarhus).orElseThrow().getVersion();
		assignments.assign(aarhus, north, version, "staff@kl.dk");
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> fixtures.mails("NETWORK_MOVED").size() == 2);
		assertThat(MeetingFigures.of(invitations.findByMeeting(northDay.getId())).invited()).isEqualTo(5);
		assertThat(MeetingFigures.of(invitations.findByMeeting(southDay.getId())).invited()).isEqualTo(2);
		assertThat(fixtures.mails("MEETING_CANCEL")).hasSize(4);
	}

	@Test
	void anUnknownOrMalformedLinkIsNotFound() throws Exception {
		mvc.perform(get("/invitation/findes-ikke")).andExpect(status().isNotFound());
		mvc.perform(get("/invitation/" + "A".repeat(43))).andExpect(status().isNotFound());
	}

	@Test
	void aSubstituteFromTheSameMunicipalityIsInvitedAndTheAnswerBecomesNo() throws Exception {
		var meeting = fixtures.plannedDay(edition.getId(), north, 30);
		management.send(meeting.getId());
		String anne = fixtures.lastMailTo("anne.hansen@k751.dk").token();

		mvc.perform(post("/invitation/" + anne + "/stedfortraeder").param("name", "Karen Mørk")
			.param("email", "karen.moerk@k751.dk")
			.with(csrf())).andExpect(redirectedUrl("/invitation/" + anne));

		var all = invitations.findByMeeting(meeting.getId());
		var karen = all.stream().filter(i -> i.getName().equals("Karen Mørk")).findFirst().orElseThrow();
		assertThat(karen.getMunicipalityCode()).isEqualTo(751);
		assertThat(karen.getSubstituteForId()).isNotNull();
		assertThat(all.stream().filter(i -> i.getName().equals("Anne Hansen")).findFirst().orElseThrow().getAnswer())
			.isEqualTo(Answer.DECLINED);
		var mail = fixtures.lastMailTo("karen.moerk@k751.dk");
		assertThat(mail.kind()).isEqualTo("MEETING_INVITATION");
		mvc.perform(get("/invitation/" + mail.token())).andExpect(status().isOk());

		// Naming someone already invited is refused next to the field.
		var again = mvc
			.perform(post("/invitation/" + anne + "/stedfortraeder").param("name", "Bo")
				.param("email", "bo.jensen@k751.dk")
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(again).select("#email-error").text()).contains("allerede inviteret");
	}

	@Test
	void theCalendarFileCanBeDownloadedFromThePrivatePage() throws Exception {
		var meeting = fixtures.plannedDay(edition.getId(), north, 30);
		management.send(meeting.getId());
		String anne = fixtures.lastMailTo("anne.hansen@k751.dk").token();
		var response = mvc.perform(get("/invitation/" + anne + "/kalender.ics"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("text/calendar");
		assertThat(value(response.getContentAsString(StandardCharsets.UTF_8), Property.UID))
			.isEqualTo(meeting.getUid());
	}

	@Test
	void staffMarkAttendanceForAWholeListAndTheCountsFollow() throws Exception {
		var meeting = fixtures.plannedDay(edition.getId(), north, -1);
		// The meeting is over: invite directly (sending is only for meetings ahead).
		Set<Long> ids = new HashSet<>();
		for (String name : new String[] { "Anne Hansen", "Bo Jensen", "Carla Nielsen" }) {
			var invitation = invitations.save(new Invitation(meeting, aarhus, null, name.startsWith("C") ? 101 : 751,
					name, SchedulingFixtures.email(name, 751), SecretTokens.hash(SecretTokens.newToken()),
					Instant.now()));
			ids.add(invitation.getId());
		}
		var anneAndCarla = invitations.findByMeeting(meeting.getId())
			.stream()
			.filter(i -> !i.getName().startsWith("Bo"))
			.map(i -> String.valueOf(i.getId()))
			.toArray(String[]::new);
		mvc.perform(post("/admin/aktiviteter/" + meeting.getId() + "/fremmoede").param("came", anneAndCarla)
			.with(csrf())
			.with(user("s@kl.dk").roles("STAFF"))).andExpect(status().is3xxRedirection());

		var all = invitations.findByMeeting(meeting.getId());
		assertThat(MeetingFigures.of(all).attended()).isEqualTo(2);
		assertThat(MeetingFigures.of(all).notAttended()).isEqualTo(1);
		assertThat(MeetingFigures.perMunicipality(all).get(751).attended()).isEqualTo(1);
		assertThat(MeetingFigures.perMunicipality(all).get(101).attended()).isEqualTo(1);
	}

	@Test
	void attendanceCannotBeMarkedBeforeTheMeeting() throws Exception {
		var meeting = fixtures.plannedDay(edition.getId(), north, 30);
		management.send(meeting.getId());
		var id = invitations.findByMeeting(meeting.getId()).get(0).getId();
		mvc.perform(post("/admin/aktiviteter/" + meeting.getId() + "/fremmoede").param("came", String.valueOf(id))
			.with(csrf())
			.with(user("s@kl.dk").roles("STAFF"))).andExpect(status().is3xxRedirection());
		assertThat(invitations.findById(id).orElseThrow().getAttended()).isNull();
	}

}
