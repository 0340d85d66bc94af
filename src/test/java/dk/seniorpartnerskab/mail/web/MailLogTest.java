package dk.seniorpartnerskab.mail.web;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import dk.seniorpartnerskab.mail.MailAttachment;
import dk.seniorpartnerskab.mail.MailFixtures;
import dk.seniorpartnerskab.mail.MailMessage;
import dk.seniorpartnerskab.mail.MailStatus;
import dk.seniorpartnerskab.mail.OutgoingMail;
import dk.seniorpartnerskab.mail.OutgoingMailRepository;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.hamcrest.Matchers;

/**
 * The staff mail log. Every mail here is kept away from the dispatcher, so its status is
 * the one set.
 */
@IntegrationTest
class MailLogTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	MailFixtures fixtures;

	@Autowired
	OutgoingMailRepository mails;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clean() {
		data.clean();
	}

	@Test
	void theLogFiltersByStatusKindAndRecipientText() throws Exception {
		mail("mette.hansen@aarhus.dk", "RECEIPT", MailStatus.SENT);
		mail("ole@odense.dk", "RECEIPT", MailStatus.FAILED);
		mail("Mette_Berg@odense.dk", "INVITATION", MailStatus.PENDING);

		assertThat(recipients(page("/admin/mail"))).hasSize(3);
		assertThat(recipients(page("/admin/mail?status=FAILED"))).containsExactly("ole@odense.dk");
		assertThat(recipients(page("/admin/mail?kind=RECEIPT"))).containsExactlyInAnyOrder("mette.hansen@aarhus.dk",
				"ole@odense.dk");
		assertThat(recipients(page("/admin/mail?recipient=METTE"))).containsExactlyInAnyOrder("mette.hansen@aarhus.dk",
				"Mette_Berg@odense.dk");
		assertThat(recipients(page("/admin/mail?recipient=mette_"))).containsExactly("Mette_Berg@odense.dk");
		assertThat(recipients(page("/admin/mail?recipient=%25"))).isEmpty();
		assertThat(recipients(page("/admin/mail?status=PENDING&kind=RECEIPT"))).isEmpty();
		assertThat(recipients(page("/admin/mail?status=BOGUS"))).hasSize(3);
		assertThat(page("/admin/mail?status=FAILED").select("table.table--zebra tbody td:nth-child(5)").text())
			.isEqualTo("Fejlet: ikke sendt");
		assertThat(page("/admin/mail?status=SENT").select("table.table--zebra tbody td:nth-child(5)").text())
			.startsWith("Sendt ");
	}

	@Test
	void kindsAreShownByTheirDanishNameWhereTheyHaveOne() throws Exception {
		mail("a@kommune.dk", "TEST", MailStatus.SENT);
		mail("b@kommune.dk", "SOMETHING_NEW", MailStatus.SENT);

		var page = page("/admin/mail");

		assertThat(page.select("select#kind option").eachText()).containsExactly("Alle", "SOMETHING_NEW", "Testmail");
		assertThat(page.select("table.table--zebra tbody td:nth-child(4)").eachText())
			.containsExactlyInAnyOrder("Testmail", "SOMETHING_NEW");
	}

	@Test
	void theLogIsPagedOnTheServerNewestFirst() throws Exception {
		for (int i = 0; i < MailLogController.PAGE_SIZE + 3; i++) {
			mail("modtager" + i + "@kommune.dk", "TEST", MailStatus.SENT);
		}

		var first = page("/admin/mail");
		assertThat(recipients(first)).hasSize(MailLogController.PAGE_SIZE).first().isEqualTo("modtager52@kommune.dk");
		assertThat(first.select("#mail-count").text()).isEqualTo("53 mails");
		var next = first.select(".app-pagination a").attr("href");
		assertThat(next).isEqualTo("/admin/mail?page=2");
		assertThat(recipients(page(next))).containsExactly("modtager2@kommune.dk", "modtager1@kommune.dk",
				"modtager0@kommune.dk");
	}

	@Test
	void theDetailShowsHeadersAttemptsErrorAttachmentsAndTheTextEscaped() throws Exception {
		var mail = fixtures
			.enqueue(MailMessage.of("ida@kommune.dk", "test-message", Map.of(), "INVITATION", "meeting:7")
				.withAttachment(MailAttachment.calendar("invitation.ics", "BEGIN:VCALENDAR", "REQUEST")));
		fixtures.postpone(mail.getId());
		jdbc.sql("""
				update outgoing_mail set status = 'FAILED', attempts = 12, last_error = '421 <b>prøv</b> senere',
				text_body = 'Hej <script>alert(1)</script>' where id = ?""").param(mail.getId()).update();

		var page = page("/admin/mail/" + mail.getId());

		assertThat(page.select("h1").text()).isEqualTo("Testmail fra Seniorpartnerskabet");
		assertThat(page.select(".app-mail-facts").text()).contains("ida@kommune.dk", mail.getMessageId(), "INVITATION",
				"Aktivitet 7", "Fejlet: ikke sendt", "Seniorpartnerskabet <noreply@seniorpartnerskab.local>");
		assertThat(page.select("#last-error").text()).isEqualTo("421 <b>prøv</b> senere");
		assertThat(page.select("table").text()).contains("invitation.ics",
				"text/calendar; charset=UTF-8; method=REQUEST", "15 byte");
		assertThat(page.select("#text-body").text()).isEqualTo("Hej <script>alert(1)</script>");
		assertThat(page.select("main script")).isEmpty();
		var frame = page.select("iframe").first();
		assertThat(frame.hasAttr("sandbox")).isTrue();
		assertThat(frame.attr("sandbox")).isEmpty();
		assertThat(frame.attr("src")).isEqualTo("/admin/mail/" + mail.getId() + "/html");
		assertThat(frame.attr("title")).isNotBlank();
		assertThat(page.select("form[action$=/send-igen]")).as("a viewer cannot send again").isEmpty();
		assertThat(page("/admin/mail/" + mail.getId(), "STAFF").select("form[action$=/send-igen] button").text())
			.isEqualTo("Send igen");
	}

	@Test
	void theMailsHtmlIsServedWithItsOwnSandboxPolicy() throws Exception {
		var mail = mail("ida@kommune.dk", "TEST", MailStatus.SENT);

		var response = mvc.perform(get("/admin/mail/" + mail.getId() + "/html").with(user("v@kl.dk").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy",
					"sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'"))
			.andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse();

		assertThat(response.getHeaders("Content-Security-Policy")).hasSize(1);
		assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(response.getContentAsString()).contains("<html lang=\"da\"");
		mvc.perform(get("/admin/mail").with(user("v@kl.dk").roles("VIEWER")))
			.andExpect(header().string("Content-Security-Policy", Matchers.containsString("frame-ancestors 'none'")));
	}

	@Test
	void staffCanSendAFailedMailAgainButAViewerCannot() throws Exception {
		var mail = mail("ole@odense.dk", "RECEIPT", MailStatus.FAILED);

		mvc.perform(
				post("/admin/mail/" + mail.getId() + "/send-igen").with(csrf()).with(user("v@kl.dk").roles("VIEWER")))
			.andExpect(status().isForbidden());
		assertThat(mails.findById(mail.getId()).orElseThrow().getStatus()).isEqualTo(MailStatus.FAILED);

		mvc.perform(
				post("/admin/mail/" + mail.getId() + "/send-igen").with(csrf()).with(user("s@kl.dk").roles("STAFF")))
			.andExpect(redirectedUrl("/admin/mail/" + mail.getId()));
		var again = mails.findById(mail.getId()).orElseThrow();
		assertThat(again.getStatus()).isEqualTo(MailStatus.PENDING);
		assertThat(again.getAttempts()).isZero();
		assertThat(jdbc.sql("select actor || ' ' || action || ' ' || target_type || ':' || target_id from audit_entry")
			.query(String.class)
			.list()).containsExactly("s@kl.dk mail.sentAgain mail:" + mail.getId());
	}

	@Test
	void aMailThatHasNotFailedIsNotSentAgain() throws Exception {
		var mail = mail("ole@odense.dk", "RECEIPT", MailStatus.SENT);

		mvc.perform(
				post("/admin/mail/" + mail.getId() + "/send-igen").with(csrf()).with(user("s@kl.dk").roles("STAFF")))
			.andExpect(redirectedUrl("/admin/mail/" + mail.getId()));

		assertThat(mails.findById(mail.getId()).orElseThrow().getStatus()).isEqualTo(MailStatus.SENT);
	}

	@Test
	void theStartPageCountsWaitingAndFailedMail() throws Exception {
		mail("a@kommune.dk", "TEST", MailStatus.PENDING);
		mail("b@kommune.dk", "TEST", MailStatus.PENDING);
		mail("c@kommune.dk", "TEST", MailStatus.FAILED);
		mail("d@kommune.dk", "TEST", MailStatus.SENT);

		var start = page("/admin");

		// The first figure linking to pending mail counts it; the next tells their age.
		assertThat(start.select("a[href='/admin/mail?status=PENDING'] .app-figure-value").first().text())
			.isEqualTo("2");
		assertThat(start.select("a[href='/admin/mail?status=FAILED'] .app-figure-value").text()).isEqualTo("1");
	}

	@Test
	void staffCanSendThemselvesATestMail() throws Exception {
		mvc.perform(post("/admin/mail/testmail").with(csrf()).with(user("kari@kl.dk").roles("STAFF")))
			.andExpect(status().is3xxRedirection());

		assertThat(mails.findAll()).extracting(OutgoingMail::getRecipient).containsExactly("kari@kl.dk");
	}

	private OutgoingMail mail(String to, String kind, MailStatus status) {
		var mail = fixtures.enqueue(MailMessage.of(to, "test-message", Map.of(), kind, null));
		fixtures.postpone(mail.getId());
		jdbc.sql("update outgoing_mail set status = ?, sent_at = case when ? = 'SENT' then now() end where id = ?")
			.param(status.name())
			.param(status.name())
			.param(mail.getId())
			.update();
		return mail;
	}

	private Document page(String url) throws Exception {
		return page(url, "VIEWER");
	}

	private Document page(String url, String role) throws Exception {
		var html = mvc.perform(get(url).with(user("u@kl.dk").roles(role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private static List<String> recipients(Document page) {
		return page.select("table.table--zebra tbody tr td:nth-child(2)").eachText();
	}

}
