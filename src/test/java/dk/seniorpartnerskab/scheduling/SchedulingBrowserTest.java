package dk.seniorpartnerskab.scheduling;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;

import dk.seniorpartnerskab.mail.MailDispatcher;
import dk.seniorpartnerskab.staff.Role;
import dk.seniorpartnerskab.support.Browser;
import dk.seniorpartnerskab.support.BrowserTestBase;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Staff schedule a development day for a network and send invitations; the participant
 * opens the mail, follows the private link and answers; staff see the answer counted on
 * the meeting's page.
 */
class SchedulingBrowserTest extends BrowserTestBase {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/invitation/[A-Za-z0-9_-]{43})");

	@Autowired
	TestData data;

	@Autowired
	SchedulingFixtures fixtures;

	@Autowired
	MailDispatcher dispatcher;

	@Test
	void staffScheduleADayAndSendInvitationsAndAParticipantAnswersFromTheMail() throws Exception {
		data.clean();
		var edition = data.openEdition();
		long north = fixtures.network(edition.getId(), "Netværk Nord");
		fixtures.registration(edition.getId(), 751, north, true, "Anne Hansen");
		data.staff(Role.STAFF, "planner@kl.dk");
		var day = LocalDate.now().plusDays(50);

		try (var browser = browser(true)) {
			browser.login("planner@kl.dk", TestData.passwordFor("planner@kl.dk"));
			browser.go("/admin/aktiviteter?forloeb=" + edition.getId());
			assertThat(browser.h1()).isEqualTo("Aktiviteter");
			browser.click("Opret aktivitet for Netværk Nord");
			browser.fill("Titel", "Første udviklingsdag");
			browser.fill("Tema eller dagsorden",
					"Hvordan ser forløbet for udvikling og gennemførelse af en god seniorindsats ud?");
			set(browser, "Dato", day.toString());
			set(browser, "Starttidspunkt", "09:30");
			set(browser, "Sluttidspunkt", "16:00");
			browser.fill("Mødested", "KL-huset");
			browser.fill("Adresse", "Weidekampsgade 10, 2300 København S");
			browser.find("label[for=planned]").click();
			browser.screenshot("scheduling-1-meeting-form");
			browser.click("Gem");
			assertThat(browser.h1()).isEqualTo("Første udviklingsdag");
			assertThat(browser.text()).contains("Aktiviteten er gemt.", "kl. 09.30–16.00", "Netværk Nord",
					"1 deltager fra godkendte kommuner har ikke fået en invitation endnu.");
			String meetingPath = browser.currentPath();

			browser.click("Send invitationer");
			assertThat(browser.h1()).isEqualTo("Send 1 invitation til deltagerne i Netværk Nord?");
			browser.click("Ja, send 1 invitation");
			assertThat(browser.text()).contains("Sendt nu: 1 invitation.",
					"1 inviteret: 0 deltager, 0 deltager ikke, 1 har ikke svaret.");
			browser.screenshot("scheduling-2-invitations-sent");

			dispatcher.dispatchDue();
			// Anne's mail (a mail the scheduled dispatcher was still sending for an
			// earlier
			// test may arrive too).
			MimeMessage message = await().until(() -> Arrays.stream(mail.getReceivedMessages())
				.filter(m -> TestMail.recipient(m).equals("anne.hansen@k751.dk"))
				.findFirst()
				.orElse(null), m -> m != null);
			assertThat(message.getSubject()).isEqualTo("Invitation: Første udviklingsdag");
			String text = text(message);
			var link = LINK.matcher(text);
			assertThat(link.find()).as("answer link in the mail").isTrue();
			assertThat(hasCalendar(message)).as(".ics attached").isTrue();

			browser.go(link.group(1));
			assertThat(browser.h1()).isEqualTo("Første udviklingsdag");
			assertThat(browser.text()).contains("Kære Anne Hansen", "Du har ikke svaret endnu.");
			browser.screenshot("scheduling-3-invitation-page");
			browser.click("Jeg deltager");
			assertThat(browser.text()).contains("Tak. Du er registreret som deltager.");
			assertThat(browser.find("#answer").getText()).isEqualTo("Jeg deltager");
			browser.screenshot("scheduling-4-answered");

			browser.go(meetingPath);
			assertThat(browser.find("#figures").getText())
				.isEqualTo("1 inviteret: 1 deltager, 0 deltager ikke, 0 har ikke svaret.");
			assertThat(browser.text()).contains("Aarhus");
			browser.screenshot("scheduling-5-answer-counted");

			browser.go("/admin/aktiviteter?forloeb=" + edition.getId());
			browser.click("Lav abonnementslink til Netværk Nords kalender");
			assertThat(browser.find("#feed-link").getText())
				.matches("http://localhost:8080/kalender/[A-Za-z0-9_-]{43}\\.ics");
			browser.screenshot("scheduling-6-calendar-with-feed-link");
		}
	}

	/**
	 * Date and time inputs take typed keys in the browser's locale; set their ISO value
	 * directly.
	 */
	private static void set(Browser browser, String label, String value) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", browser.field(label),
				value);
	}

	private static String text(Part part) throws Exception {
		if (part.isMimeType("text/plain") || part.isMimeType("text/html")) {
			return String.valueOf(part.getContent());
		}
		if (part.getContent() instanceof Multipart multipart) {
			var all = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				all.append(text(multipart.getBodyPart(i))).append('\n');
			}
			return all.toString();
		}
		return "";
	}

	private static boolean hasCalendar(Part part) throws Exception {
		if (part.isMimeType("text/calendar")) {
			return true;
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				if (hasCalendar(body)) {
					return true;
				}
			}
		}
		return false;
	}

}
