package dk.seniorpartnerskab.registration.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.seniorpartnerskab.support.OutagePage;
import dk.seniorpartnerskab.support.OutageTest;
import dk.seniorpartnerskab.support.TcpProxy;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registration whose transaction committed just before the database went away, over
 * real HTTP: the municipality gets the whole 503 page, which tells it to send the form
 * again; sent again, the form shows the receipt of the one registration stored.
 */
@OutageTest
class RegistrationOutageTest {

	@Autowired
	TcpProxy database;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@BeforeEach
	void setUp() {
		data.openEdition();
	}

	@Test
	void aRegistrationStoredJustBeforeTheDatabaseWentAwayShowsItsReceiptWhenSentAgain() {
		var browser = new WebClient(port);
		var fields = filledIn(browser);
		// The registration commits; then the receipt's place in the session cannot be
		// written.
		database.cutWhen("insert into spring_session_attributes");

		var failed = browser.post("/tilmelding", fields);

		assertThat(database.awaitCut(Duration.ofSeconds(5))).isTrue();
		OutagePage.assertWhole(failed);
		var page = Jsoup.parse(failed.body());
		assertThat(page.select("main").text()).contains("send den igen")
			.contains("viser vi kvitteringen")
			.contains("ikke registreret to gange");

		database.restore();
		data.awaitDatabase();
		var again = browser.post("/tilmelding", fields);

		assertReceipt(again);
		assertThat(jdbc.queryForObject("select count(*) from registration", Integer.class)).isOne();
	}

	@Test
	void theReceiptIsNeverCutOffWhenTheSessionCannotBeSavedAfterThePageWasRendered() {
		var browser = new WebClient(port);
		assertReceipt(browser.post("/tilmelding", filledIn(browser)));
		// The session's last access is written after the page has been rendered, at most
		// once a minute (SessionWriteThrottle): the stored one is made two minutes old.
		jdbc.update("update spring_session set last_access_time = last_access_time - 120000");
		database.cutWhen("last_access_time = ");

		var response = browser.get("/tilmelding/kvittering");

		assertThat(database.awaitCut(Duration.ofSeconds(5))).isTrue();
		OutagePage.assertWhole(response);
		database.restore();
		data.awaitDatabase();
		assertReceipt(browser.get("/tilmelding/kvittering"));
	}

	@Test
	void aVisitorWhoseSessionCannotBeReadGetsTheWholeErrorPage() {
		var browser = new WebClient(port);
		assertReceipt(browser.post("/tilmelding", filledIn(browser)));
		database.cut();

		OutagePage.assertWhole(browser.get("/tilmelding/kvittering"));
		OutagePage.assertWhole(browser.get("/"));
	}

	private void assertReceipt(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.uri().getPath()).isEqualTo("/tilmelding/kvittering");
		String reference = jdbc.queryForObject("select reference from registration", String.class);
		assertThat(Jsoup.parse(response.body()).select("main").text())
			.contains("Vi har modtaget tilmeldingen af København")
			.contains(reference);
	}

	private static Map<String, String> filledIn(WebClient browser) {
		var form = Jsoup.parse(browser.get("/tilmelding").body());
		var fields = new LinkedHashMap<String, String>();
		fields.put("_csrf", form.select("input[name=_csrf]").val());
		fields.put("submissionToken", form.select("input[name=submissionToken]").val());
		fields.putAll(Map.of("municipalityCode", "101", "contactName", "Hanne Hansen", "contactTitle", "HR-konsulent",
				"contactEmail", "hanne@kk.dk", "contactPhone", "+45 33 12 34 56", "effortStatus", "STARTED",
				"effortDescription",
				"Vi har en seniorpolitik og tilbyder seniorsamtaler til alle medarbejdere fra 58 år.",
				"collaborationForums", "HOVED_MED", "collaborationDescription", "HovedMED drøftede indsatsen i marts.",
				"consent", "true"));
		fields.putAll(Map.of("participants[0].name", "Lene Leder", "participants[0].email", "lene@kk.dk",
				"participants[0].title", "Direktør", "participants[0].side", "MANAGEMENT", "participants[1].name",
				"Tom Tillid", "participants[1].email", "tom@kk.dk", "participants[1].title", "FTR",
				"participants[1].side", "EMPLOYEES"));
		return fields;
	}

}
