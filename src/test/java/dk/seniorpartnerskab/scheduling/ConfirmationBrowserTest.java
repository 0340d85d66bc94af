package dk.seniorpartnerskab.scheduling;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dk.seniorpartnerskab.staff.Role;
import dk.seniorpartnerskab.support.BrowserTestBase;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mass mail asks first, without JavaScript: the question names how many and who, and
 * cancelling sends nothing.
 */
class ConfirmationBrowserTest extends BrowserTestBase {

	@Autowired
	TestData data;

	@Autowired
	SchedulingFixtures fixtures;

	@Test
	void sendingInvitationsAsksFirstWithTheCountAndCancellingSendsNothing() {
		data.clean();
		var edition = data.openEdition();
		long east = fixtures.network(edition.getId(), "Netværk Øst");
		fixtures.registration(edition.getId(), 101, east, true, "Carla Nielsen", "Dan Larsen", "Eva Holm");
		fixtures.registration(edition.getId(), 751, east, true, "Anne Hansen");
		var meeting = fixtures.plannedDay(edition.getId(), east, 30);
		data.staff(Role.STAFF, "planner@kl.dk");

		try (var browser = browser(false)) {
			browser.login("planner@kl.dk", TestData.passwordFor("planner@kl.dk"));
			browser.go("/admin/aktiviteter/" + meeting.getId());
			browser.click("Send invitationer");
			assertThat(browser.h1()).isEqualTo("Send 4 invitationer til deltagerne i Netværk Øst?");
			browser.screenshot("confirm-invitations");

			browser.click("Annuller");
			assertThat(browser.h1()).isEqualTo("Udviklingsdag 1");
			assertThat(fixtures.mails("MEETING_INVITATION")).isEmpty();
			assertThat(browser.text())
				.contains("4 deltagere fra godkendte kommuner har ikke fået en invitation endnu.");

			browser.click("Send invitationer");
			browser.click("Ja, send 4 invitationer");
			assertThat(browser.text()).contains("Sendt nu: 4 invitationer.");
			assertThat(fixtures.mails("MEETING_INVITATION")).hasSize(4);
		}
	}

}
