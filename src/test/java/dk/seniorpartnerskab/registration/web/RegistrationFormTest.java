package dk.seniorpartnerskab.registration.web;

import java.util.UUID;

import java.time.Duration;
import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dk.seniorpartnerskab.registration.RegistrationFixtures;
import dk.seniorpartnerskab.registration.RegistrationRepository;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;

import static dk.seniorpartnerskab.registration.web.RegistrationRequests.newAddress;
import static dk.seniorpartnerskab.registration.web.RegistrationRequests.pdf;
import static dk.seniorpartnerskab.registration.web.RegistrationRequests.set;
import static dk.seniorpartnerskab.registration.web.RegistrationRequests.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import dk.seniorpartnerskab.web.Copenhagen;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;

@IntegrationTest
class RegistrationFormTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	RegistrationRepository registrations;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void clean() {
		data.clean();
	}

	/**
	 * The session cookie (Spring Session) the response set, for the browser's next
	 * request.
	 */
	private static Cookie session(MvcResult result) {
		var cookie = result.getResponse().getCookie("SESSION");
		assertThat(cookie).as("session cookie").isNotNull();
		return cookie;
	}

	private Document receipt(Cookie session) throws Exception {
		return page(mvc.perform(get("/tilmelding/kvittering").cookie(session)).andExpect(status().isOk()).andReturn());
	}

	private Document page(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private Document getPage(String path) throws Exception {
		return page(mvc.perform(get(path)).andExpect(status().isOk()).andReturn());
	}

	@Test
	void theFormHasTheLabelsLegendsAndLimitsOfTheIssue() throws Exception {
		data.openEdition();
		var html = getPage("/tilmelding");
		assertThat(html.select("h1")).hasSize(1);
		assertThat(html.select("form").attr("novalidate")).isNotNull();
		assertThat(html.select("fieldset > legend.h2").eachText()).containsExactly("Kommune og kontaktperson",
				"Jeres seniorindsats", "Samarbejde om seniorindsatsen", "Deltagere", "Samtykke");
		var labels = html.select("label").eachText();
		assertThat(labels).contains("Kommune", "Kontaktpersonens navn", "Stilling", "E-mail", "Telefon (valgfrit)",
				"Vi er i gang med en seniorindsats", "Vi har besluttet at igangsætte en seniorindsats",
				"Beskrivelse af seniorindsatsen", "HovedMED", "MED-udvalg", "TRIO", "Andet",
				"Beskrivelse af samarbejdet", "Bilag (valgfrit)", "Navn", "Ledelse", "Medarbejdere",
				"Jeg accepterer, at oplysningerne i tilmeldingen behandles for at gennemføre Seniorpartnerskabet.");
		assertThat(html.select("legend").eachText()).contains("Status", "Hvor samarbejder I om indsatsen?",
				"Deltager 1", "Deltager 2", "Repræsenterer");
		var municipalities = html.select("select#municipalityCode option");
		assertThat(municipalities).hasSize(99);
		// In Danish order, "aa" read as "å": Ærø, then Aabenraa, Aalborg and Aarhus last.
		assertThat(municipalities.get(1).text()).isEqualTo("Albertslund");
		assertThat(municipalities.eachText().subList(95, 99)).containsExactly("Ærø", "Aabenraa", "Aalborg", "Aarhus");
		assertThat(municipalities.get(98).val()).isEqualTo("751");
		assertThat(html.text()).contains("Mellem 50 og 5.000 tegn", "Mellem 20 og 3.000 tegn",
				"Højst 3 filer i alt, PDF, DOCX eller ODT, højst 10 MB pr. fil", "Mellem 2 og 10 deltagere", "8 cifre");
		assertThat(html.select("button[name=addParticipant]").text()).isEqualTo("Tilføj deltager");
		assertThat(html.select("input#consent")).hasSize(1);
		assertThat(html.select("#consent-privacy a").attr("href")).isEqualTo("/privatliv");
		assertThat(html.select("input[name=website]")).hasSize(1);
		assertThat(html.select(".app-hp").attr("aria-hidden")).isEqualTo("true");
		assertThat(html.select("input[name=submissionToken]").val()).hasSizeGreaterThan(30);
	}

	@Test
	void aValidRegistrationRedirectsToAReceiptWithReferenceSummaryAndWhatHappensNext() throws Exception {
		data.openEdition();
		var session = session(mvc.perform(valid()).andExpect(redirectedUrl("/tilmelding/kvittering")).andReturn());
		var receipt = receipt(session);
		assertThat(receipt.text()).contains("Jeres referencenummer er SP27-0001",
				"Vi har modtaget tilmeldingen af København", "Hvad sker der nu?", "hanne@kk.dk", "Lene Leder",
				"Tom Tillid", "HovedMED", "TRIO", "+45 33 12 34 56");
		assertThat(receipt.select("table caption").text()).isEqualTo("Tilmeldte deltagere");
		var mail = jdbc.queryForMap("select recipient, subject, text_body, html_body from outgoing_mail");
		assertThat(mail.get("recipient")).isEqualTo("hanne@kk.dk");
		assertThat((String) mail.get("text_body")).contains("SP27-0001", "Lene Leder", "Tom Tillid", "+45 33 12 34 56",
				"http://localhost:8080/tilmelding/");
	}

	@Test
	void theReceiptIsNotReachableWithoutTheSessionThatSubmitted() throws Exception {
		data.openEdition();
		mvc.perform(valid()).andExpect(redirectedUrl("/tilmelding/kvittering"));
		var elsewhere = getPage("/tilmelding/kvittering");
		assertThat(elsewhere.text()).contains("Kvitteringen kan kun vises lige efter tilmeldingen")
			.doesNotContain("SP27-0001", "Lene Leder");
	}

	@Test
	void aDoubleClickCreatesOneRegistrationAndLeadsToTheSameReceipt() throws Exception {
		data.openEdition();
		var session = session(mvc.perform(valid().with(set("submissionToken", "same-token-123")))
			.andExpect(redirectedUrl("/tilmelding/kvittering"))
			.andReturn());
		mvc.perform(valid().with(set("submissionToken", "same-token-123")).cookie(session))
			.andExpect(redirectedUrl("/tilmelding/kvittering"));
		assertThat(registrations.count()).isEqualTo(1);
		var receipt = receipt(session);
		assertThat(receipt.text()).contains("SP27-0001");
	}

	@Test
	void anEmptyFormShowsAnErrorSummaryAndAMessageAtEachField() throws Exception {
		data.openEdition();
		var html = page(mvc
			.perform(multipart("/tilmelding").with(set("participants[0].side", "MANAGEMENT"))
				.with(set("participants[1].side", "EMPLOYEES"))
				.with(csrf())
				.with(newAddress()))
			.andExpect(status().isOk())
			.andReturn());
		var summary = html.selectFirst("#error-summary");
		assertThat(summary).isNotNull();
		assertThat(summary.attr("role")).isEqualTo("alert");
		var links = summary.select("a").eachAttr("href");
		assertThat(links).contains("#municipalityCode", "#contactName", "#contactTitle", "#contactEmail",
				"#effortStatus", "#effortDescription", "#collaborationForums", "#collaborationDescription",
				"#participants0.name", "#participants1.email", "#consent");
		for (String href : links) {
			assertThat(html.getElementById(href.substring(1))).as("target of " + href).isNotNull();
		}
		assertThat(html.getElementById("contactName-error").text()).isEqualTo("Skriv kontaktpersonens navn.");
		assertThat(html.getElementById("contactName").attr("aria-describedby")).contains("contactName-error");
		assertThat(html.getElementById("contactName").attr("aria-invalid")).isEqualTo("true");
		assertThat(html.getElementById("participants0.name-error").text())
			.isEqualTo("Deltager 1: Skriv deltagerens navn.");
		assertThat(summary.select("a").eachText()).startsWith("Vælg kommunen.", "Skriv kontaktpersonens navn.",
				"Skriv kontaktpersonens stilling.", "Skriv kontaktpersonens e-mailadresse.");
		assertThat(summary.select("a").eachText()).endsWith("Deltager 2: Skriv deltagerens stilling.",
				"Markér, at I accepterer behandlingen af personoplysningerne.");
		assertThat(html.getElementById("effortStatus-error").text()).contains("Vælg, om I er i gang");
		assertThat(html.getElementById("consent-error").text()).contains("Markér");
		assertThat(registrations.count()).isZero();
	}

	@Test
	void errorsKeepEverythingTypedAndTheChosenFile() throws Exception {
		data.openEdition();
		var html = page(mvc.perform(valid().file(pdf("plan.pdf", 1000)).with(set("effortDescription", "For kort")))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(html.getElementById("effortDescription-error").text())
			.isEqualTo("Beskrivelsen skal være mellem 50 og 5.000 tegn.");
		assertThat(html.getElementById("effortDescription").text()).isEqualTo("For kort");
		assertThat(html.getElementById("contactName").val()).isEqualTo("Hanne Hansen");
		assertThat(html.select("#municipalityCode option[selected]").text()).isEqualTo("København");
		assertThat(html.getElementById("effortStatus").hasAttr("checked")).isTrue();
		assertThat(html.select("input[name=collaborationForums][checked]").eachAttr("value"))
			.containsExactly("HOVED_MED", "TRIO");
		assertThat(html.getElementById("participants1.name").val()).isEqualTo("Tom Tillid");
		assertThat(html.getElementById("participants1.side-EMPLOYEES").hasAttr("checked")).isTrue();
		assertThat(html.getElementById("consent").hasAttr("checked")).isTrue();
		assertThat(html.getElementById("kept-attachments").text()).contains("plan.pdf");
		assertThat(html.text()).doesNotContain("Vælg jeres bilag igen");
	}

	@Test
	void addingAParticipantWithoutJavaScriptRerendersWithOneMoreRowKeepingEverything() throws Exception {
		data.openEdition();
		var html = page(mvc.perform(valid().param("addParticipant", "1")).andExpect(status().isOk()).andReturn());
		assertThat(html.select("fieldset.app-participant")).hasSize(3);
		assertThat(html.getElementById("participants0.name").val()).isEqualTo("Lene Leder");
		assertThat(html.getElementById("participants2.name").val()).isEmpty();
		assertThat(html.select("#error-summary")).isEmpty();
		assertThat(html.select("button[name=removeParticipant]")).hasSize(3);
		assertThat(registrations.count()).isZero();
	}

	@Test
	void removingAParticipantRerendersWithoutThatRow() throws Exception {
		data.openEdition();
		var html = page(mvc
			.perform(valid().param("participants[2].name", "Ulla Udgår")
				.param("participants[2].email", "ulla@kk.dk")
				.param("participants[2].title", "TR")
				.param("participants[2].side", "EMPLOYEES")
				.param("removeParticipant", "0"))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(html.select("fieldset.app-participant")).hasSize(2);
		assertThat(html.getElementById("participants0.name").val()).isEqualTo("Tom Tillid");
		assertThat(html.getElementById("participants1.name").val()).isEqualTo("Ulla Udgår");
		assertThat(html.select("button[name=removeParticipant]")).isEmpty();
	}

	@Test
	void participantsMustComeFromBothSides() throws Exception {
		data.openEdition();
		var html = page(mvc.perform(valid().with(set("participants[1].side", "MANAGEMENT")))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(html.getElementById("participants-error").text())
			.isEqualTo("Tilmeld mindst én deltager fra ledelsen og én fra medarbejderne.");
		assertThat(html.select("#error-summary a[href=#participants]")).hasSize(1);
	}

	@Test
	void aFilledHoneypotIsDroppedWithoutAHint() throws Exception {
		data.openEdition();
		mvc.perform(valid().param("website", "http://spam.example")).andExpect(redirectedUrl("/tilmelding/kvittering"));
		assertThat(registrations.count()).isZero();
		assertThat(jdbc.queryForObject("select count(*) from outgoing_mail", Long.class)).isZero();
	}

	@Test
	void controlCharactersAreRemovedAndHtmlIsStoredAsTextAndShownEscaped() throws Exception {
		data.openEdition();
		var session = session(mvc.perform(valid().with(set("contactName", "Hanne\u0000 <b>Hansen</b>\u202E"))
			.with(set("effortDescription",
					"<script>alert('x')</script> Vi har en seniorpolitik og tilbyder samtaler.\u0007\r\nLinje to.")))
			.andExpect(redirectedUrl("/tilmelding/kvittering"))
			.andReturn());
		var stored = jdbc.queryForMap("select contact_name, effort_description from registration");
		assertThat(stored.get("contact_name")).isEqualTo("Hanne <b>Hansen</b>");
		assertThat(stored.get("effort_description"))
			.isEqualTo("<script>alert('x')</script> Vi har en seniorpolitik og tilbyder samtaler.\nLinje to.");
		var raw = mvc.perform(get("/tilmelding/kvittering").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(raw).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(").contains("&lt;b&gt;Hansen");
	}

	@Test
	void afterTheDeadlineTheFormSaysWhenItClosedAndAPostIsRefused() throws Exception {
		data.edition(Instant.parse("2026-01-01T08:00:00Z"), Instant.parse("2026-09-01T10:00:00Z"), null);
		jdbc.update("update edition set course_start = ?, course_end = ?", LocalDate.now().minusDays(30),
				LocalDate.now().plusDays(30));
		var html = getPage("/tilmelding");
		assertThat(html.select("h1").text()).isEqualTo("Tilmeldingen er lukket");
		assertThat(html.text()).contains("Fristen var 1. september 2026 kl. 12.00");
		assertThat(html.select("form[enctype]")).isEmpty();
		var refused = page(mvc.perform(valid()).andExpect(status().isOk()).andReturn());
		assertThat(refused.text()).contains("Tilmeldingen er lukket", "1. september 2026 kl. 12.00");
		assertThat(registrations.count()).isZero();
	}

	@Test
	void beforeRegistrationOpensTheFormSaysWhenItOpensAndAPostIsRefused() throws Exception {
		var opens = Instant.now().plus(Duration.ofDays(3));
		data.edition(opens, opens.plus(Duration.ofDays(30)), null);
		var html = getPage("/tilmelding");
		assertThat(html.select("h1").text()).isEqualTo("Tilmeldingen er ikke åbnet");
		assertThat(html.text()).contains("Den åbner " + Copenhagen.formatDateTime(opens));
		var refused = page(mvc.perform(valid()).andExpect(status().isOk()).andReturn());
		assertThat(refused.text()).contains("Tilmeldingen er ikke åbnet");
		assertThat(registrations.count()).isZero();
	}

	@Test
	void aSecondRegistrationOfTheMunicipalityIsToldItIsRegisteredAndWhomToContact() throws Exception {
		var edition = data.openEdition();
		fixtures.register(edition.getId(), 101, "first@kk.dk");
		var html = page(mvc.perform(valid()).andExpect(status().isOk()).andReturn());
		assertThat(html.getElementById("municipalityCode-error").text()).contains("Kommunen er allerede tilmeldt",
				"Kontakt den kontaktperson", "sekretariatet");
		assertThat(html.select("a[href=/tilmelding/link]")).isNotEmpty();
		assertThat(registrations.count()).isEqualTo(1);
	}

	@Test
	void whenTheEditionIsFullTheReceiptSaysTheMunicipalityIsOnTheWaitingList() throws Exception {
		var edition = data.edition(Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(5)), 1);
		fixtures.register(edition.getId(), 751, "hr@aarhus.dk");
		var session = session(mvc.perform(valid()).andExpect(redirectedUrl("/tilmelding/kvittering")).andReturn());
		assertThat(receipt(session).text()).contains("Forløbet er fuldt, så København er sat på venteliste");
	}

	@Test
	void tamperedFieldsBecomeFieldErrorsNeverAServerError() throws Exception {
		data.openEdition();
		var unknown = page(
				mvc.perform(valid().with(set("municipalityCode", "999"))).andExpect(status().isOk()).andReturn());
		assertThat(unknown.getElementById("municipalityCode-error").text()).isEqualTo("Vælg en kommune på listen.");
		var notANumber = page(mvc
			.perform(valid().with(set("municipalityCode", "abc"))
				.with(set("effortStatus", "HACKED"))
				.with(set("collaborationForums", "HOVED_MED", "ROOT"))
				.with(set("participants[0].side", "BOSS")))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(notANumber.getElementById("municipalityCode-error").text()).isEqualTo("Vælg en kommune på listen.");
		assertThat(notANumber.getElementById("effortStatus-error").text()).isEqualTo("Vælg en af mulighederne.");
		assertThat(notANumber.getElementById("collaborationForums-error").text())
			.isEqualTo("Vælg blandt mulighederne.");
		assertThat(notANumber.getElementById("participants0.side-error").text())
			.isEqualTo("Deltager 1: Vælg Ledelse eller Medarbejdere.");
		assertThat(notANumber.getElementById("contactName").val()).isEqualTo("Hanne Hansen");
		assertThat(registrations.count()).isZero();
	}

	@Test
	void tooManyParticipantsIsAFieldErrorAndAFarOutIndexIsRefusedKindly() throws Exception {
		data.openEdition();
		var request = valid();
		for (int i = 2; i <= 10; i++) {
			request.param("participants[" + i + "].name", "Person " + i)
				.param("participants[" + i + "].email", "p" + i + "@kk.dk")
				.param("participants[" + i + "].title", "TR")
				.param("participants[" + i + "].side", "EMPLOYEES");
		}
		var eleven = page(mvc.perform(request).andExpect(status().isOk()).andReturn());
		assertThat(eleven.getElementById("participants-error").text()).isEqualTo("I kan højst tilmelde 10 deltagere.");
		assertThat(eleven.select("button[name=addParticipant]")).isEmpty();
		var farOut = page(mvc.perform(valid().param("participants[5000].name", "x"))
			.andExpect(status().isBadRequest())
			.andReturn());
		assertThat(farOut.getElementById("participants-error").text()).isEqualTo("I kan højst tilmelde 10 deltagere.");
		assertThat(registrations.count()).isZero();
	}

	@Test
	void textLongerThanTheLimitsIsAFieldError() throws Exception {
		data.openEdition();
		var html = page(mvc
			.perform(valid().with(set("effortDescription", "x".repeat(5001)))
				.with(set("contactName", "n".repeat(201)))
				.with(set("contactEmail", "ikke-en-adresse"))
				.with(set("contactPhone", "1234")))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(html.getElementById("effortDescription-error").text()).contains("mellem 50 og 5.000 tegn");
		assertThat(html.getElementById("contactName-error").text()).isEqualTo("Navnet må højst være 200 tegn.");
		assertThat(html.getElementById("contactEmail-error").text()).contains("gyldig e-mailadresse");
		assertThat(html.getElementById("contactPhone-error").text()).contains("8 cifre");
	}

	@Test
	void attachmentsAreCheckedByContentSizeAndNumberWithTheMessageNextToTheField() throws Exception {
		data.openEdition();
		var tooLarge = page(mvc.perform(valid().file(pdf("stor.pdf", 10 * 1024 * 1024 + 1)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(tooLarge.getElementById("attachments-error").text()).contains("Filen stor.pdf er større end 10 MB.");
		assertThat(tooLarge.getElementById("kept-attachments")).isNull();
		assertThat(tooLarge.getElementById("attachments").attr("aria-describedby")).contains("attachments-error");
		var disguised = page(mvc.perform(valid().file(
				new MockMultipartFile("attachments", "virus.pdf", "application/pdf", "MZ not a pdf at all".getBytes())))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(disguised.getElementById("attachments-error").text())
			.contains("Filen »virus.pdf« hedder en PDF-fil, men indholdet er ikke en PDF-fil.");
		var four = page(mvc.perform(
				valid().file(pdf("a.pdf", 100)).file(pdf("b.pdf", 100)).file(pdf("c.pdf", 100)).file(pdf("d.pdf", 100)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(four.getElementById("attachments-error").text()).contains("højst vedhæfte 3 filer");
		assertThat(registrations.count()).isZero();
	}

	@Test
	void acceptedAttachmentsAreStoredInTheDatabaseAndNeverServedPublicly() throws Exception {
		data.openEdition();
		mvc.perform(valid().file(pdf("../../plan<1>.pdf", 5000))).andExpect(redirectedUrl("/tilmelding/kvittering"));
		var stored = jdbc.queryForMap("""
				select a.file_name, a.content_type, a.size_bytes, octet_length(c.content) as length
				from registration_attachment a join registration_attachment_content c on c.id = a.content_id""");
		assertThat(stored.get("file_name")).isEqualTo("plan_1_.pdf");
		assertThat(stored.get("content_type")).isEqualTo("application/pdf");
		assertThat(stored.get("length")).isEqualTo(5000);
	}

	@Test
	void aPostWithoutCsrfTokenIsRefusedAndCreatesNothing() throws Exception {
		data.openEdition();
		mvc.perform(multipart("/tilmelding").with(set("municipalityCode", "101")).with(newAddress()))
			.andExpect(status().isForbidden());
		assertThat(registrations.count()).isZero();
	}

	@Test
	void moreThanTenSubmissionsAMinuteFromOneAddressGetTheDanish429Page() throws Exception {
		data.openEdition();
		var address = newAddress();
		for (int i = 0; i < 10; i++) {
			mvc.perform(valid().with(set("municipalityCode", "abc")).with(address)).andExpect(status().isOk());
		}
		var html = page(mvc.perform(valid().with(address)).andExpect(status().isTooManyRequests()).andReturn());
		assertThat(html.select("h1").text()).isEqualTo("For mange forsøg");
		mvc.perform(valid().with(set("municipalityCode", "abc"))).andExpect(status().isOk());
		assertThat(registrations.count()).isZero();
	}

	@Test
	void aFileChosenBeforeAddingAParticipantIsKeptOnTheServerAndAttachedOnSubmit() throws Exception {
		data.openEdition();
		String token = UUID.randomUUID().toString();
		var added = page(mvc.perform(
				valid().file(pdf("plan.pdf", 1000)).param("addParticipant", "1").with(set("submissionToken", token)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(added.getElementById("kept-attachments").text()).contains("plan.pdf");
		assertThat(added.getElementById("participants2.name").hasAttr("autofocus")).isTrue();
		assertThat(jdbc.queryForObject("select count(*) from pending_attachment where submission_token = ?",
				Integer.class, token))
			.isEqualTo(1);

		mvc.perform(valid().with(set("submissionToken", token))).andExpect(status().is3xxRedirection());
		var registration = registrations.findBySubmissionToken(token).orElseThrow();
		assertThat(jdbc.queryForObject(
				"select count(*) from registration_attachment where registration_id = ? and file_name = 'plan.pdf'",
				Integer.class, registration.getId()))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from pending_attachment where submission_token = ?",
				Integer.class, token))
			.isZero();
	}

	@Test
	void municipalitiesAlreadyRegisteredAreMarkedAndCannotBeChosen() throws Exception {
		var edition = data.openEdition();
		fixtures.register(edition.getId(), RegistrationFixtures.AARHUS, "hr@aarhus.dk");
		var html = getPage("/tilmelding");
		var aarhus = html.selectFirst("#municipalityCode option[value=751]");
		assertThat(aarhus.text()).isEqualTo("Aarhus (allerede tilmeldt)");
		assertThat(aarhus.hasAttr("disabled")).isTrue();
		assertThat(html.selectFirst("#municipalityCode option[value=101]").hasAttr("disabled")).isFalse();
		assertThat(html.select("#municipalityCode option[disabled]")).hasSize(1);
	}

}
