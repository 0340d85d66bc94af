package dk.seniorpartnerskab.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.context.MessageSource;

import dk.seniorpartnerskab.registration.EffortStatus;
import dk.seniorpartnerskab.registration.RegistrationStatus;
import dk.seniorpartnerskab.registration.RegistrationRepository;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.web.Copenhagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import dk.seniorpartnerskab.registration.Attachment;
import dk.seniorpartnerskab.registration.RegistrationManagement;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class ReviewDecisionTest extends OpenEditionTestBase {

	@Autowired
	RegistrationRepository registrations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	RegistrationManagement registrationManagement;

	@Test
	void approvingSendsTheContactAMailAndRecordsWhoAndWhenInHistoryAndAudit() throws Exception {
		long id = fixtures.received(edition.getId(), all.get(0).getCode());
		decide(id, "godkend").andExpect(status().is3xxRedirection());

		var registration = loaded(id);
		assertThat(registration.status()).isEqualTo(RegistrationStatus.APPROVED);
		assertThat(registration.lastHistory()).containsEntry("actor", "staff@kl.dk")
			.containsEntry("action", "approved");
		var mail = lastMail("REVIEW_APPROVED");
		assertThat(mail.get("recipient")).isEqualTo("kontakt" + all.get(0).getCode() + "@kommune.dk");
		assertThat((String) mail.get("subject")).startsWith("Jeres tilmelding er godkendt: " + all.get(0).getName());
		assertThat((String) mail.get("text_body")).contains("Kære Hanne Hansen", "er godkendt");
		var entry = audit.findByActionOrderByIdAsc("registration.approved").get(0);
		assertThat(entry.getActor()).isEqualTo("staff@kl.dk");
		assertThat(entry.getBefore()).isEqualTo("RECEIVED");
		assertThat(entry.getAfter()).isEqualTo("APPROVED");
		assertThat(entry.getOccurredAt()).isCloseTo(Instant.now(), Assertions.within(Duration.ofMinutes(1)));
	}

	@Test
	void placingOnTheWaitingListSendsAMailAndIsAudited() throws Exception {
		long id = fixtures.received(edition.getId(), all.get(0).getCode());
		decide(id, "venteliste").andExpect(status().is3xxRedirection());
		assertThat(loaded(id).status()).isEqualTo(RegistrationStatus.WAITING_LIST);
		assertThat((String) lastMail("REVIEW_WAITING_LIST").get("text_body")).contains("venteliste");
		assertThat(audit.findByActionOrderByIdAsc("registration.waitingList")).hasSize(1);
	}

	@Test
	void rejectingNeedsAReasonWhichTheContactIsSent() throws Exception {
		long id = fixtures.received(edition.getId(), all.get(0).getCode());
		var refused = decide(id, "afvis").andReturn();
		assertThat(refused.getFlashMap().get("failure")).isEqualTo("review.reject.reasonRequired");
		assertThat(loaded(id).status()).isEqualTo(RegistrationStatus.RECEIVED);

		var asked = Jsoup
			.parse(decide(id, "afvis", "reason", "Der er ikke beskrevet en seniorindsats.").andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(asked.select("h1").text()).isEqualTo("Afvis tilmeldingen fra " + all.get(0).getName() + "?");
		assertThat(asked.getElementById("confirm-who").text())
			.endsWith("får en mail om afvisningen med denne begrundelse:");
		assertThat(asked.select("main blockquote").text()).isEqualTo("Der er ikke beskrevet en seniorindsats.");
		assertThat(asked.select("main form[method=post] input[name=_csrf]")).hasSize(1);
		assertThat(loaded(id).status()).as("nothing decided before the answer").isEqualTo(RegistrationStatus.RECEIVED);
		assertThat(mailCount("REVIEW_REJECTED")).isZero();

		decide(id, "afvis", "reason", "Der er ikke beskrevet en seniorindsats.", "confirmed", "true")
			.andExpect(status().is3xxRedirection());
		assertThat(loaded(id).status()).isEqualTo(RegistrationStatus.REJECTED);
		assertThat(loaded(id).lastHistory()).containsEntry("action", "rejected")
			.containsEntry("detail", "Der er ikke beskrevet en seniorindsats.");
		assertThat((String) lastMail("REVIEW_REJECTED").get("text_body")).contains("Begrundelse:",
				"Der er ikke beskrevet en seniorindsats.");
		assertThat(audit.findByActionOrderByIdAsc("registration.rejected").get(0).getDetail())
			.isEqualTo("Der er ikke beskrevet en seniorindsats.");
	}

	@Test
	void staffWithdrawARegistrationAfterAPageThatSaysWhoIsToldAndTheContactGetsAMail() throws Exception {
		long id = fixtures.received(edition.getId(), all.get(0).getCode());
		var staff = user("staff@kl.dk").roles("STAFF");
		var detail = Jsoup.parse(mvc.perform(get("/admin/tilmeldinger/" + id).with(staff))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(detail.select("main a[href$=/traek-tilbage]").text()).isEqualTo("Træk tilbage på kommunens vegne");

		var asked = Jsoup.parse(mvc.perform(get("/admin/tilmeldinger/" + id + "/traek-tilbage").with(staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(asked.select("h1").text()).isEqualTo("Træk tilmeldingen fra " + all.get(0).getName() + " tilbage?");
		assertThat(asked.getElementById("confirm-who").text()).contains(
				"får en mail om, at tilmeldingen er trukket tilbage",
				"invitationer til kommende aktiviteter bliver aflyst");
		assertThat(loaded(id).status()).isEqualTo(RegistrationStatus.RECEIVED);

		decide(id, "traek-tilbage").andExpect(status().is3xxRedirection());
		assertThat(loaded(id).status()).isEqualTo(RegistrationStatus.WITHDRAWN);
		assertThat(mailCount("REVIEW_WITHDRAWN")).isEqualTo(1);
		var after = Jsoup.parse(mvc.perform(get("/admin/tilmeldinger/" + id).with(staff))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(after.select("main a[href$=/traek-tilbage]")).as("no second withdrawal").isEmpty();
		mvc.perform(get("/admin/tilmeldinger/" + id + "/traek-tilbage").with(user("viewer@kl.dk").roles("VIEWER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aDecisionOnAStalePageIsRefusedWithADanishMessageAndOverwritesNothing() throws Exception {
		long id = fixtures.received(edition.getId(), all.get(0).getCode());
		long seen = registrations.findById(id).orElseThrow().getVersion();
		decide(id, "godkend", "version", String.valueOf(seen)).andExpect(status().is3xxRedirection());
		var second = decide(id, "venteliste", "version", String.valueOf(seen)).andReturn();
		assertThat(second.getFlashMap().get("failure")).isEqualTo("review.conflict");
		assertThat(loaded(id).status()).isEqualTo(RegistrationStatus.APPROVED);
		assertThat(mailCount("REVIEW_WAITING_LIST")).isZero();

		assertThat(messages.getMessage("review.conflict", null, Copenhagen.DANISH))
			.startsWith("En anden har ændret tilmeldingen, mens du arbejdede. Din afgørelse er ikke gemt.");
	}

	@Test
	void whenTheEditionIsFullNewRegistrationsWaitInOrderAndPromotionSendsAMail() throws Exception {
		var full = data.edition(Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(10)), 2);
		fixtures.received(full.getId(), all.get(0).getCode());
		fixtures.received(full.getId(), all.get(1).getCode());
		long third = fixtures.received(full.getId(), all.get(2).getCode());
		long fourth = fixtures.received(full.getId(), all.get(3).getCode());
		assertThat(loaded(third).status()).isEqualTo(RegistrationStatus.WAITING_LIST);
		assertThat(loaded(fourth).status()).isEqualTo(RegistrationStatus.WAITING_LIST);

		var page = Jsoup
			.parse(mvc.perform(get("/admin/tilmeldinger/venteliste").param("edition", full.getId().toString())
				.with(user("viewer@kl.dk").roles("VIEWER"))).andReturn().getResponse().getContentAsString());
		var rows = page.select("table tbody tr");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).text()).startsWith("1 " + all.get(2).getName());
		assertThat(rows.get(1).text()).startsWith("2 " + all.get(3).getName());

		decide(third, "godkend").andExpect(status().is3xxRedirection());
		assertThat(loaded(third).status()).isEqualTo(RegistrationStatus.APPROVED);
		assertThat((String) lastMail("REVIEW_PROMOTED").get("subject")).startsWith("I er rykket op fra ventelisten");
		assertThat(audit.findByActionOrderByIdAsc("registration.promoted")).hasSize(1);
	}

	@Test
	void staffApproveSeveralAtOnceFromTheList() throws Exception {
		long a = fixtures.received(edition.getId(), all.get(0).getCode());
		long b = fixtures.received(edition.getId(), all.get(1).getCode());
		long c = fixtures.received(edition.getId(), all.get(2).getCode());
		long rejected = fixtures.received(edition.getId(), all.get(3).getCode());
		decide(rejected, "afvis", "reason", "Ikke relevant", "confirmed", "true");
		// "Vælg alle på siden" works without JavaScript: the same page with every row
		// ticked.
		var list = Jsoup.parse(mvc.perform(get("/admin/tilmeldinger").with(user("staff@kl.dk").roles("STAFF")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(list.select("input[name=ids][checked]")).isEmpty();
		var everyRow = Jsoup.parse(mvc
			.perform(get(list.getElementById("select-all").attr("href")).with(user("staff@kl.dk").roles("STAFF")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(everyRow.select("input[name=ids][checked]").eachAttr("value")).containsExactlyInAnyOrder(
				String.valueOf(a), String.valueOf(b), String.valueOf(c), String.valueOf(rejected));
		var question = Jsoup.parse(mvc
			.perform(post("/admin/tilmeldinger/valgte")
				.param("ids", String.valueOf(a), String.valueOf(b), String.valueOf(rejected))
				.param("action", "approve")
				.param("query", "status=RECEIVED&")
				.with(csrf())
				.with(user("staff@kl.dk").roles("STAFF")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(question.select("h1").text()).isEqualTo("Godkend 2 tilmeldinger?");
		assertThat(question.select("#confirm-who").text()).startsWith("De 2 kontaktpersoner får en mail");
		assertThat(question.select("#confirm-affected tbody tr")).hasSize(2);
		assertThat(question.select("#confirm-affected").text()).contains(all.get(0).getName(), all.get(1).getName())
			.doesNotContain(all.get(3).getName());
		assertThat(question.select("#confirm-skipped").text()).startsWith("1 af de valgte tilmeldinger kan ikke");
		assertThat(question.select("main form input[name=_csrf]")).isNotEmpty();
		assertThat(question.select("a:contains(Fortryd)").attr("href"))
			.isEqualTo("/admin/tilmeldinger?status=RECEIVED&valgt=" + a + "&valgt=" + b + "&valgt=" + rejected);
		assertThat(question.select("main button").text()).isEqualTo("Ja, godkend og send 2 mails");
		assertThat(loaded(a).status()).as("nothing changes before the answer").isEqualTo(RegistrationStatus.RECEIVED);
		assertThat(mailCount("REVIEW_APPROVED")).isZero();

		var back = Jsoup.parse(mvc.perform(get("/admin/tilmeldinger").param("status", "RECEIVED")
			.param("valgt", String.valueOf(a), String.valueOf(b))
			.with(user("staff@kl.dk").roles("STAFF"))).andReturn().getResponse().getContentAsString());
		assertThat(back.select("input[name=ids][checked]").eachAttr("value")).as("Fortryd keeps the ticks")
			.containsExactlyInAnyOrder(String.valueOf(a), String.valueOf(b));

		var result = mvc
			.perform(post("/admin/tilmeldinger/valgte").param("ids", String.valueOf(a), String.valueOf(b))
				.param("action", "approve")
				.param("query", "status=RECEIVED&")
				.param("confirmed", "true")
				.with(csrf())
				.with(user("staff@kl.dk").roles("STAFF")))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/tilmeldinger?status=RECEIVED&");
		assertThat(loaded(a).status()).isEqualTo(RegistrationStatus.APPROVED);
		assertThat(loaded(b).status()).isEqualTo(RegistrationStatus.APPROVED);
		assertThat(loaded(c).status()).isEqualTo(RegistrationStatus.RECEIVED);
		assertThat(mailCount("REVIEW_APPROVED")).isEqualTo(2);
	}

	@Test
	void theDetailPageShowsTheSubmissionTheChecklistParticipantsNotesAndHistory() throws Exception {
		long id = fixtures.received(edition.getId(), all.get(0).getCode(), EffortStatus.DECIDED);
		mvc.perform(post("/admin/tilmeldinger/" + id + "/note").param("text", "Ringet til HR; de sender bilag.")
			.with(csrf())
			.with(user("staff@kl.dk").roles("STAFF"))).andExpect(status().is3xxRedirection());
		var page = Jsoup.parse(mvc.perform(get("/admin/tilmeldinger/" + id).with(user("viewer@kl.dk").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo(all.get(0).getName() + " (SP27-0001)");
		assertThat(page.select(".app-checklist > li")).hasSize(3);
		assertThat(page.select(".app-checklist .app-missing")).as("nothing is ticked until staff tick it").hasSize(3);
		assertThat(page.text()).contains("Vi har besluttet at igangsætte en seniorindsats", "HovedMED", "Lene Leder",
				"Ledelse", "Tom Tillid", "Medarbejdere", "Ringet til HR; de sender bilag.", "Tilmelding modtaget");
		assertThat(page.select("form[action$=/godkend]")).as("a viewer gets no decision buttons").isEmpty();
	}

	@Test
	void attachmentsAreDownloadedByStaffOnlyAndTheStartPageCountsWhatAwaitsADecision() throws Exception {
		byte[] pdf = "%PDF-1.4 seniorpolitik".getBytes(StandardCharsets.US_ASCII);
		long id = registrationManagement
			.submit(edition.getId(), all.get(0).getCode(),
					ReviewFixtures.details("hr@kommune.dk", EffortStatus.STARTED), ReviewFixtures.bothSides(),
					List.of(new Attachment("seniorpolitik.pdf", "application/pdf", pdf)), UUID.randomUUID().toString())
			.registrationId();
		var page = Jsoup.parse(mvc.perform(get("/admin/tilmeldinger/" + id).with(user("viewer@kl.dk").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		var link = page.select("a:contains(seniorpolitik.pdf)").attr("href");
		assertThat(link).startsWith("/admin/tilmeldinger/" + id + "/bilag/");
		var download = mvc.perform(get(link).with(user("viewer@kl.dk").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
		mvc.perform(get(link)).andExpect(status().is3xxRedirection());

		var start = Jsoup.parse(mvc.perform(get("/admin").with(user("viewer@kl.dk").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(start.text()).contains("Tilmeldinger, der venter på afgørelse");
	}

	@Test
	void aViewerCannotDecideNoteOrActInBulk() throws Exception {
		long id = fixtures.received(edition.getId(), all.get(0).getCode());
		var viewer = user("viewer@kl.dk").roles("VIEWER");
		for (String action : List.of("godkend", "venteliste", "afvis", "note", "traek-tilbage")) {
			mvc.perform(post("/admin/tilmeldinger/" + id + "/" + action).param("version", "0")
				.param("reason", "x")
				.param("text", "x")
				.param("confirmed", "true")
				.with(csrf())
				.with(viewer)).andExpect(status().isForbidden());
		}
		mvc.perform(post("/admin/tilmeldinger/valgte").param("ids", String.valueOf(id))
			.param("action", "approve")
			.with(csrf())
			.with(viewer)).andExpect(status().isForbidden());
		assertThat(loaded(id).status()).isEqualTo(RegistrationStatus.RECEIVED);
		assertThat(mailCount("REVIEW_APPROVED")).isZero();
	}

	private ResultActions decide(long id, String action, String... params) throws Exception {
		MockHttpServletRequestBuilder request = post("/admin/tilmeldinger/" + id + "/" + action).with(csrf())
			.with(user("staff@kl.dk").roles("STAFF"));
		boolean versionGiven = false;
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
			versionGiven |= params[i].equals("version");
		}
		if (!versionGiven) {
			request.param("version", String.valueOf(registrations.findById(id).orElseThrow().getVersion()));
		}
		return mvc.perform(request);
	}

	record Loaded(RegistrationStatus status, Map<String, Object> lastHistory) {
	}

	private Loaded loaded(long id) {
		var status = registrations.findById(id).orElseThrow().getStatus();
		var history = jdbc.queryForMap(
				"select actor, action, detail from registration_history where registration_id = ? order by id desc limit 1",
				id);
		return new Loaded(status, history);
	}

	private Map<String, Object> lastMail(String kind) {
		return jdbc.queryForMap(
				"select recipient, subject, text_body from outgoing_mail where kind = ? order by id desc limit 1",
				kind);
	}

	private int mailCount(String kind) {
		return jdbc.queryForObject("select count(*) from outgoing_mail where kind = ?", Integer.class, kind);
	}

}
