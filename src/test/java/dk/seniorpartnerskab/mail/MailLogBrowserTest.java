package dk.seniorpartnerskab.mail;

import java.time.Duration;

import jakarta.mail.internet.InternetAddress;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import dk.seniorpartnerskab.staff.Role;
import dk.seniorpartnerskab.support.BrowserTestBase;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class MailLogBrowserTest extends BrowserTestBase {

	@RegisterExtension
	static GreenMailExtension smtp = TestMail.server();

	@Autowired
	TestData data;

	@Test
	void staffSendThemselvesATestMailAndSeeItSentInTheMailLogAsTheRecipientSeesIt() throws Exception {
		data.clean();
		data.staff(Role.STAFF, "kari@kl.dk");

		try (var staff = browser(true)) {
			staff.login("kari@kl.dk", TestData.passwordFor("kari@kl.dk"));
			staff.go("/admin/mail");
			assertThat(staff.h1()).isEqualTo("Mail");
			staff.click("Send en testmail til mig");
			assertThat(staff.text()).contains("Testmailen er lagt i kø");

			// Nobody calls the dispatcher here: the scheduled one delivers within
			// seconds.
			await().atMost(Duration.ofSeconds(15)).until(() -> smtp.getReceivedMessages().length == 1);
			var received = smtp.getReceivedMessages()[0];
			assertThat(((InternetAddress) received.getAllRecipients()[0]).getAddress()).isEqualTo("kari@kl.dk");

			staff.go(staff.currentPath());
			assertThat(staff.h1()).isEqualTo("Testmail fra Seniorpartnerskabet");
			assertThat(staff.find(".app-mail-facts").getText()).contains("Sendt", received.getMessageID());
			staff.screenshot("mail-detail");

			var frame = staff.find("iframe.app-mail-frame");
			staff.driver().switchTo().frame(frame);
			assertThat(staff.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Mail kan sendes");
			staff.driver().switchTo().defaultContent();

			staff.go("/admin/mail");
			assertThat(staff.find("table.table--zebra tbody").getText()).contains("kari@kl.dk", "Testmail");
			staff.screenshot("mail-log");
		}
	}

}
