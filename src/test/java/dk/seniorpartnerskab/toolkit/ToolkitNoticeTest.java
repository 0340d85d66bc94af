package dk.seniorpartnerskab.toolkit;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.mail.MailDispatcher;
import dk.seniorpartnerskab.registration.RegistrationFixtures;
import dk.seniorpartnerskab.registration.RegistrationRepository;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.support.TestMail;

import static dk.seniorpartnerskab.support.TestMail.recipient;
import static dk.seniorpartnerskab.support.TestMail.subject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.time.Instant;
import org.assertj.core.api.Assertions;
import org.springframework.dao.DuplicateKeyException;

@IntegrationTest
class ToolkitNoticeTest {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ToolkitFixtures toolkits;

	@Autowired
	RegistrationFixtures registrations;

	@Autowired
	RegistrationRepository registrationRepository;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	Edition edition;

	Edition otherEdition;

	@BeforeEach
	void setUp() {
		data.clean();
		edition = data.openEdition();
		otherEdition = data.openEdition();
		registrations.register(edition.getId(), RegistrationFixtures.AARHUS, "hr@aarhus.dk");
		registrations.register(edition.getId(), RegistrationFixtures.ODENSE, "hr@odense.dk");
		var withdrawn = registrations.register(edition.getId(), RegistrationFixtures.COPENHAGEN, "hr@kk.dk");
		tx.executeWithoutResult(status -> {
			var registration = registrationRepository.findById(withdrawn.registrationId()).orElseThrow();
			registration.withdraw("staff@kl.dk", Instant.now());
			registrationRepository.save(registration);
		});
		registrations.register(otherEdition.getId(), RegistrationFixtures.AARHUS, "andet@aarhus.dk");
	}

	private MockHttpServletRequestBuilder send(Toolkit toolkit, String occasion, boolean participants,
			Edition... editions) {
		return ask(toolkit, occasion, participants, editions).param("confirmed", "true");
	}

	/** The first post, as the form sends it: the question, nothing sent. */
	private MockHttpServletRequestBuilder ask(Toolkit toolkit, String occasion, boolean participants,
			Edition... editions) {
		var request = post("/admin/vaerktoejer/" + toolkit.getId() + "/besked").with(csrf())
			.with(user("staff@kl.dk").roles("STAFF"))
			.param("occasion", occasion);
		for (Edition e : editions) {
			request.param("editionIds", String.valueOf(e.getId()));
		}
		if (participants) {
			request.param("includeParticipants", "true");
		}
		return request;
	}

	private List<MimeMessage> notices() {
		return Arrays.stream(mail.getReceivedMessages()).filter(m -> subject(m).startsWith("Nyt værktøj")).toList();
	}

	private List<String> outbox() {
		return jdbc.queryForList("select recipient from outgoing_mail where kind = 'TOOLKIT_NOTICE' order by recipient",
				String.class);
	}

	@Test
	void aPublicationNoticeGoesOnceToEachActiveContactOfTheChosenEdition() throws Exception {
		var toolkit = toolkits.published("Håndbog til seniorindsatsen", "haandbog");

		mvc.perform(send(toolkit, "publication", false, edition))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("noticeResult", new ToolkitNotices.Result(2, 0)));
		assertThat(outbox()).containsExactly("hr@aarhus.dk", "hr@odense.dk");

		mvc.perform(send(toolkit, "publication", false, edition))
			.andExpect(flash().attribute("noticeResult", new ToolkitNotices.Result(0, 2)));
		assertThat(outbox()).as("sending again tells no one twice").hasSize(2);

		mvc.perform(send(toolkit, "publication", true, edition, otherEdition))
			.andExpect(flash().attribute("noticeResult", new ToolkitNotices.Result(3, 2)));
		assertThat(outbox()).containsExactlyInAnyOrder("hr@aarhus.dk", "hr@odense.dk", "andet@aarhus.dk",
				"lene@kommune.dk", "tom@kommune.dk");

		// The scheduled dispatcher (every second) may be sending some of them meanwhile.
		dispatcher.dispatchDue();
		await().atMost(Duration.ofSeconds(10)).until(() -> notices().size() >= 5);
		var received = notices();
		assertThat(received).hasSize(5);
		var toAarhus = received.stream().filter(m -> recipient(m).equals("hr@aarhus.dk")).findFirst().orElseThrow();
		assertThat(toAarhus.getSubject()).isEqualTo("Nyt værktøj fra Seniorpartnerskabet: Håndbog til seniorindsatsen");
		assertThat(GreenMailUtil.getBody(toAarhus)).contains("/vaerktoejer/haandbog");
	}

	@Test
	void aNoticeAsksFirstWithHowManyWouldBeToldAndSendsNothingUntilConfirmed() throws Exception {
		var toolkit = toolkits.published("Håndbog til seniorindsatsen", "haandbog");
		var question = Jsoup.parse(mvc.perform(ask(toolkit, "publication", false, edition))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(question.select("h1").text())
			.isEqualTo("Send besked om Håndbog til seniorindsatsen til 2 modtagere?");
		assertThat(question.select("#confirm-who").text()).startsWith("Kontaktpersonerne for tilmeldingerne i")
			.contains(edition.getName());
		assertThat(question.select("#confirm-what").text())
			.isEqualTo("Beskeden handler om: Værktøjet er offentliggjort.");
		assertThat(question.select("button[name=confirmed]").text()).isEqualTo("Ja, send 2 mails");
		assertThat(question.select("main form input[name=_csrf]")).hasSize(1);
		assertThat(outbox()).as("nothing is sent before the answer").isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from toolkit_notice", Integer.class)).isZero();

		var edit = Jsoup.parse(mvc.perform(ask(toolkit, "publication", true, edition).param("edit", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(edit.select("input[name=editionIds][checked]").attr("value")).as("Ret valgene keeps what was chosen")
			.isEqualTo(String.valueOf(edition.getId()));
		assertThat(edit.select("input#includeParticipants").hasAttr("checked")).isTrue();
		assertThat(outbox()).isEmpty();

		mvc.perform(send(toolkit, "publication", false, edition));
		var again = Jsoup.parse(mvc.perform(ask(toolkit, "publication", true, edition, otherEdition))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(again.select("h1").text()).isEqualTo("Send besked om Håndbog til seniorindsatsen til 3 modtagere?");
		assertThat(again.select("#confirm-who").text()).startsWith("Kontaktpersonerne og deltagerne");
		assertThat(again.select("#confirm-already").text())
			.isEqualTo("2 modtagere har allerede fået beskeden og får den ikke igen.");
		assertThat(outbox()).hasSize(2);
	}

	@Test
	void theDatabaseKeepsOnceEvenWhenTheSameRecipientIsInsertedTwice() {
		var toolkit = toolkits.published("Håndbog", "haandbog");
		String sql = "insert into toolkit_notice (toolkit_id, occasion, recipient_hash, sent_at, sent_by) values (?, 'publication', ?, now(), 'x')";
		jdbc.update(sql, toolkit.getId(), "a".repeat(64));
		Assertions.assertThatThrownBy(() -> jdbc.update(sql, toolkit.getId(), "a".repeat(64)))
			.isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void aNewVersionIsItsOwnOccasionSoThoseToldAboutThePublicationHearOfItOnce() throws Exception {
		var toolkit = toolkits.published("Håndbog", "haandbog");
		var file = toolkits.addPdf(toolkit, "Håndbogen", "haandbog.pdf", ToolkitFixtures.pdf("v1"));
		mvc.perform(send(toolkit, "publication", false, edition));
		var second = toolkits.addVersion(toolkit, file, "haandbog.pdf", ToolkitFixtures.pdf("v2"), "Nye eksempler");

		String occasion = ToolkitNotices.versionOccasion(second);
		mvc.perform(send(toolkit, occasion, false, edition))
			.andExpect(flash().attribute("noticeResult", new ToolkitNotices.Result(2, 0)));
		mvc.perform(send(toolkit, occasion, false, edition))
			.andExpect(flash().attribute("noticeResult", new ToolkitNotices.Result(0, 2)));
		assertThat(outbox()).hasSize(4);
		var subjects = jdbc.queryForList("select subject from outgoing_mail where kind = 'TOOLKIT_NOTICE'",
				String.class);
		assertThat(subjects).contains("Ny version af Håndbogen (Håndbog)");

		var page = Jsoup.parse(mvc
			.perform(get("/admin/vaerktoejer/" + toolkit.getId() + "/besked").with(user("staff@kl.dk").roles("STAFF")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("fieldset").first().text()).contains("Sendt til 2 modtagere");
	}

	@Test
	void aNoticeNeedsAnEditionAndAPublishedToolkit() throws Exception {
		var toolkit = toolkits.published("Håndbog", "haandbog");
		var page = Jsoup.parse(mvc.perform(send(toolkit, "publication", false))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#editionIds-error").text()).isEqualTo("Vælg mindst ét forløb.");
		assertThat(page.select("#error-summary a[href=#editionIds]")).hasSize(1);

		var draft = toolkits.draft("Kladde", "kladde");
		mvc.perform(send(draft, "publication", false, edition))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("failure", "toolkit.notice.notPublished"));
		assertThat(outbox()).isEmpty();
	}

}
