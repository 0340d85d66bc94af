package dk.seniorpartnerskab;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.mail.MailDispatcher;
import dk.seniorpartnerskab.mail.MailFixtures;
import dk.seniorpartnerskab.mail.MailMessage;
import dk.seniorpartnerskab.mail.MailSecrets;
import dk.seniorpartnerskab.registration.RegistrationManagement;
import dk.seniorpartnerskab.scheduling.InvitationManagement;
import dk.seniorpartnerskab.scheduling.SchedulingFixtures;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11: a mail with a secret link that could not be sent keeps no live secret once it
 * has failed, and "Send igen" never sends the old link again: the module the mail came
 * from writes a new one with a fresh link, and the old link stops working.
 */
@IntegrationTest
class FailedLinkMailResendTest {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	private static final Pattern SECRET_LINK = Pattern.compile("/(?:tilmelding|invitation)/([A-Za-z0-9_-]{43})");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	SchedulingFixtures scheduling;

	@Autowired
	InvitationManagement invitations;

	@Autowired
	RegistrationManagement registrations;

	@Autowired
	MailFixtures mailFixtures;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	Edition edition;

	@BeforeEach
	void setUp() {
		data.clean();
		edition = data.openEdition();
	}

	@Test
	void aFailedInvitationIsSentAgainWithAFreshLinkAndTheOldLinkStopsWorking() throws Exception {
		long north = scheduling.network(edition.getId(), "Nord");
		scheduling.registration(edition.getId(), 751, north, true, "Anne Hansen");
		var meeting = scheduling.plannedDay(edition.getId(), north, 30);
		var failed = failing("anne.hansen@k751.dk", () -> invitations.send(meeting.getId()));

		assertStoredWithoutLiveSecret(failed.id(), failed.token());
		assertThat(jdbc.queryForObject(
				"select convert_from(content, 'UTF8') from outgoing_mail_attachment where mail_id = ?", String.class,
				failed.id()))
			.doesNotContain(failed.token())
			.contains("/invitation/[skjult]");

		long fresh = sendAgain(failed.id(), "MEETING_INVITATION");
		String token = receivedToken();

		assertThat(token).isNotEqualTo(failed.token());
		mvc.perform(get("/invitation/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Udviklingsdag 1")));
		mvc.perform(get("/invitation/" + failed.token())).andExpect(status().isNotFound());
		assertMarkedAndAudited(failed.id(), fresh);
	}

	@Test
	void aFailedRegistrationLinkIsSentAgainWithAFreshLinkAndTheOldLinkStopsWorking() throws Exception {
		var registration = scheduling.registration(edition.getId(), 751, null, false, "Anne Hansen");
		var failed = failing("kontakt751@kommune.dk",
				() -> registrations.resendLinks(edition.getId(), "kontakt751@kommune.dk"));
		mvc.perform(get("/tilmelding/" + failed.token())).andExpect(status().isOk());

		assertStoredWithoutLiveSecret(failed.id(), failed.token());

		long fresh = sendAgain(failed.id(), "REGISTRATION_LINK");
		String token = receivedToken();

		assertThat(token).isNotEqualTo(failed.token());
		mvc.perform(get("/tilmelding/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(registration.getReference())));
		mvc.perform(get("/tilmelding/" + failed.token())).andExpect(status().isNotFound());
		assertMarkedAndAudited(failed.id(), fresh);
	}

	@Test
	void aFailedMailWithoutASecretIsSentAgainAsItWas() throws Exception {
		var written = mailFixtures.enqueue(MailMessage.of("ikke en adresse", "test-message", Map.of(), "TEST", null));
		dispatcher.dispatchDue();
		awaitStatus(written.getId(), "FAILED");
		jdbc.update("update outgoing_mail set recipient = 'ole@odense.dk' where id = ?", written.getId());

		staffPost(written.getId());

		dispatcher.dispatchDue();
		await().until(() -> mail.getReceivedMessages().length == 1);
		assertThat(mail.getReceivedMessages()[0].getMessageID()).isEqualTo(written.getMessageId());
		assertThat(jdbc.queryForObject("select count(*) from outgoing_mail", Integer.class)).isEqualTo(1);
	}

	@Test
	void aFailedMailWithASecretNoModuleReissuesOffersNoButtonButSaysWhereToSendANewLink() throws Exception {
		var written = mailFixtures
			.enqueue(MailMessage.of("ikke en adresse", "test-message", Map.of(), "OUTREACH", null));
		mailFixtures.postpone(written.getId());
		jdbc.update("update outgoing_mail set status = 'FAILED', text_body = 'Afmeld: https://x.dk/afmeld/"
				+ "a".repeat(43) + "', html_body = 'Afmeld' where id = ?", written.getId());

		var page = page(written.getId(), "STAFF");

		assertThat(page.select("form[action$=/send-igen]")).isEmpty();
		assertThat(page.select("#new-link-elsewhere").text()).contains("afmeldingslink", "Udsendelser");
		staffPost(written.getId());
		assertThat(jdbc.queryForObject("select status from outgoing_mail where id = ?", String.class, written.getId()))
			.isEqualTo("FAILED");
		assertThat(jdbc.queryForObject("select count(*) from outgoing_mail", Integer.class)).isEqualTo(1);
	}

	/** A mail written with a secret link, which then fails (its address unusable). */
	private record Failed(long id, String token) {
	}

	/**
	 * Writes the mail in a transaction that also reads its link and makes its address
	 * unusable, so no dispatcher sees it before; then lets it fail.
	 */
	private Failed failing(String recipient, Runnable write) {
		var failed = tx.execute(status -> {
			write.run();
			var row = jdbc.queryForMap("select id, text_body from outgoing_mail where recipient = ?", recipient);
			long id = ((Number) row.get("id")).longValue();
			jdbc.update("update outgoing_mail set recipient = 'ikke en adresse' where id = ?", id);
			var link = SECRET_LINK.matcher((String) row.get("text_body"));
			assertThat(link.find()).isTrue();
			return new Failed(id, link.group(1));
		});
		dispatcher.dispatchDue();
		awaitStatus(failed.id(), "FAILED");
		return failed;
	}

	private void assertStoredWithoutLiveSecret(long id, String token) {
		var stored = jdbc.queryForMap("select text_body, html_body from outgoing_mail where id = ?", id);
		String bodies = stored.get("text_body") + " " + stored.get("html_body");
		assertThat(bodies).doesNotContain(token);
		assertThat(MailSecrets.containsSecret(bodies)).isFalse();
		assertThat(bodies).contains("/" + MailSecrets.MASK);
	}

	/** "Send igen" as staff; returns the new mail the owner writes. */
	private long sendAgain(long failedId, String kind) throws Exception {
		staffPost(failedId);
		await().until(() -> jdbc.queryForObject("select resent_as from outgoing_mail where id = ?", Long.class,
				failedId) != null);
		long fresh = jdbc.queryForObject("select resent_as from outgoing_mail where id = ?", Long.class, failedId);
		assertThat(jdbc.queryForObject("select kind from outgoing_mail where id = ?", String.class, fresh))
			.isEqualTo(kind);
		dispatcher.dispatchDue();
		return fresh;
	}

	private String receivedToken() {
		await().until(() -> mail.getReceivedMessages().length == 1);
		var link = SECRET_LINK.matcher(GreenMailUtil.getBody(mail.getReceivedMessages()[0]).replace("=\r\n", ""));
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

	private void assertMarkedAndAudited(long failedId, long fresh) throws Exception {
		var page = page(failedId, "STAFF");
		assertThat(page.select("#resent").text()).contains("Sendt igen med nyt link");
		assertThat(page.select("#resent-as").attr("href")).isEqualTo("/admin/mail/" + fresh);
		assertThat(page.select("form[action$=/send-igen]")).as("a new link is asked for once").isEmpty();
		assertThat(jdbc.queryForObject("select status from outgoing_mail where id = ?", String.class, failedId))
			.isEqualTo("FAILED");
		assertThat(jdbc.queryForList(
				"select actor || ' ' || action from audit_entry where target_type = 'mail' and target_id = ?",
				String.class, String.valueOf(failedId)))
			.containsExactly("s@kl.dk mail.resentWithNewLink");

		// Pressed again (a second tab): nothing more is sent.
		staffPost(failedId);
		assertThat(jdbc.queryForObject("select count(*) from outgoing_mail where resend_requested_at is not null",
				Integer.class))
			.isEqualTo(1);
		await().until(() -> jdbc.queryForObject("""
				select count(*) from event_publication
				where event_type like '%MailResendRequested' and completion_date is null""", Integer.class) == 0);
	}

	private void staffPost(long id) throws Exception {
		mvc.perform(post("/admin/mail/" + id + "/send-igen").with(csrf()).with(user("s@kl.dk").roles("STAFF")))
			.andExpect(redirectedUrl("/admin/mail/" + id));
	}

	private Document page(long id, String role) throws Exception {
		return Jsoup.parse(mvc.perform(get("/admin/mail/" + id).with(user("s@kl.dk").roles(role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private void awaitStatus(long id, String status) {
		await().until(() -> status
			.equals(jdbc.queryForObject("select status from outgoing_mail where id = ?", String.class, id)));
	}

}
