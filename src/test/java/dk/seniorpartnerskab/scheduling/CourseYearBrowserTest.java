package dk.seniorpartnerskab.scheduling;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.seniorpartnerskab.evaluation.EvaluationManagement;
import dk.seniorpartnerskab.evaluation.EvaluationQuestion;
import dk.seniorpartnerskab.staff.Role;
import dk.seniorpartnerskab.support.Browser;
import dk.seniorpartnerskab.support.BrowserTestBase;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The course year in a browser: plan every network's dates on one page (copying one
 * network's pattern to the other), send all invitations, mark everyone who said yes as
 * attended, open the attendance matrix, answer the evaluation from its mail and see the
 * result page.
 */
class CourseYearBrowserTest extends BrowserTestBase {

	private static final Pattern EVALUATION_LINK = Pattern.compile("(/evaluering/[A-Za-z0-9_-]{43})");

	@Autowired
	TestData data;

	@Autowired
	SchedulingFixtures fixtures;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	EvaluationManagement evaluations;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void staffPlanTheYearOnOnePageFollowAttendanceAndReadTheEvaluation() throws Exception {
		data.clean();
		var edition = data.openEdition();
		long north = fixtures.network(edition.getId(), "Netværk Nord");
		fixtures.network(edition.getId(), "Netværk Syd");
		var north751 = fixtures.registration(edition.getId(), 751, north, true, "Anne Hansen");
		data.staff(Role.STAFF, "planner@kl.dk");
		var first = edition.getCourseStart().plusDays(7);

		try (var browser = browser(true)) {
			browser.driver().manage().window().setSize(new Dimension(1280, 1000));
			browser.login("planner@kl.dk", TestData.passwordFor("planner@kl.dk"));
			browser.go("/admin/aktiviteter?forloeb=" + edition.getId());
			browser.click("Forløbsplan: alle netværkenes datoer på én side");
			browser.click("Opret manglende aktiviteter for alle netværk");
			assertThat(browser.text()).contains("Netværk Nord", "Netværk Syd", "Udviklingsdag 1 – Netværk Nord");

			// Netværk Nord's six meetings, then its pattern copied to Netværk Syd
			for (int m = 0; m < 6; m++) {
				String cell = "networks0.cells" + m + ".";
				set(browser, cell + "date", first.plusWeeks(m * 8L).toString());
				set(browser, cell + "startTime", m < 3 ? "09:30" : "13:00");
				set(browser, cell + "endTime", m < 3 ? "16:00" : "15:00");
				if (m < 3) {
					browser.find("[id='" + cell + "venue']").sendKeys("KL-huset");
					browser.find("[id='" + cell + "address']").sendKeys("Weidekampsgade 10, 2300 København S");
				}
				else {
					browser.find("[id='" + cell + "onlineLink']").sendKeys("https://meet.example.dk/nord");
				}
			}
			browser.click("Kopiér mønsteret fra Netværk Nord til de andre netværk");
			assertThat(browser.find("#preview").getText()).contains("Forhåndsvisning", "Intet er gemt endnu");
			assertThat(browser.find("[id='networks1.cells0.date']").getAttribute("value"))
				.isEqualTo(first.plusWeeks(1).toString());
			browser.screenshot("courseyear-1-plan-preview");
			browser.driver().manage().window().setSize(new Dimension(390, 900));
			browser.screenshot("courseyear-1-plan-preview-390");
			browser.driver().manage().window().setSize(new Dimension(1280, 1000));

			browser.click("Gem planen");
			assertThat(browser.text()).contains("Planen er gemt.");
			assertThat(meetings.findByEdition(edition.getId())).hasSize(12).allMatch(Meeting::isPlanned);
			browser.click("Send invitationer til alle planlagte aktiviteter");
			assertThat(browser.text()).contains("Invitationerne er sendt.", "Sendt nu: 6 invitationer.");

			// Anne says yes to the first development day from her mail.
			var day = meetings.findByNetworkIdOrderByStartsAtAsc(north).get(0);
			String token = fixtures.mails("MEETING_INVITATION")
				.stream()
				.filter(mail -> mail.subject().contains(day.getTitle()))
				.findFirst()
				.orElseThrow()
				.token();
			browser.go("/invitation/" + token);
			browser.fill("Hensyn til kost eller tilgængelighed", "Vegetar");
			browser.click("Jeg deltager");
			assertThat(browser.text()).contains("Tak. Du er registreret som deltager.");

			// The day is held (two days ago); staff mark everyone who said yes.
			jdbc.update(
					"""
							update meeting set starts_at = now() - interval '2 days', ends_at = now() - interval '2 days' + interval '6 hours'
							where id = ?""",
					day.getId());
			browser.go("/admin/aktiviteter/" + day.getId());
			browser.click("Markér alle, der har sagt ja, som mødt");
			assertThat(browser.text()).contains("Alle, der sagde ja, er markeret som mødt.");

			browser.go("/admin/aktiviteter?forloeb=" + edition.getId());
			browser.click("Fremmøde hele året");
			assertThat(browser.h1()).isEqualTo("Fremmøde: Netværk Nord");
			assertThat(browser.find("#matrix tbody tr td").getText()).isEqualTo("1/1 svar, 1 mødt");
			browser.screenshot("courseyear-2-attendance-matrix");

			// The next day's evaluation, answered from its mail without logging in.
			assertThat(evaluations.sendDue()).isOne();
			var mail = fixtures.lastMailTo("anne.hansen@k751.dk");
			assertThat(mail.subject()).isEqualTo("Hvordan var " + day.getTitle() + "?");
			var link = EVALUATION_LINK.matcher(mail.text());
			assertThat(link.find()).isTrue();
			browser.go(link.group(1));
			assertThat(browser.h1()).isEqualTo("Evaluering af " + day.getTitle());
			for (EvaluationQuestion q : evaluations.questions(edition.getId())) {
				if (q.isRating()) {
					browser.find("label[for='ratings" + q.getId() + "-4']").click();
				}
			}
			browser.fill(evaluations.questions(edition.getId()).get(3).getText(),
					"At seniorsamtalen skal være et fast punkt i MED.");
			browser.screenshot("courseyear-3-evaluation");
			browser.click("Send mine svar");
			assertThat(browser.text()).contains("Tak for dine svar.");

			browser.go("/admin/aktiviteter/" + day.getId());
			browser.click("Evaluering");
			assertThat(browser.find("#response-rate").getText()).isEqualTo("1 af 1 har svaret (100 %).");
			assertThat(browser.text()).contains("Gennemsnit 4,0 ud af 5 (1 svar).",
					"At seniorsamtalen skal være et fast punkt i MED.");
			browser.screenshot("courseyear-4-evaluation-results");
			browser.driver().manage().window().setSize(new Dimension(390, 900));
			browser.screenshot("courseyear-4-evaluation-results-390");
		}
		assertThat(north751.getId()).isNotNull();
	}

	private static void set(Browser browser, String id, String value) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
				browser.find("[id='" + id + "']"), value);
	}

}
