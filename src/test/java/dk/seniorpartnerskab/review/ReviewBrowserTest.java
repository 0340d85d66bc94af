package dk.seniorpartnerskab.review;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dk.seniorpartnerskab.municipality.MunicipalityRepository;
import dk.seniorpartnerskab.network.NetworkManagement;
import dk.seniorpartnerskab.registration.EffortStatus;
import dk.seniorpartnerskab.registration.RegistrationStatus;
import dk.seniorpartnerskab.registration.RegistrationRepository;
import dk.seniorpartnerskab.staff.Role;
import dk.seniorpartnerskab.support.BrowserTestBase;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewBrowserTest extends BrowserTestBase {

	@Autowired
	TestData data;

	@Autowired
	ReviewFixtures fixtures;

	@Autowired
	NetworkManagement networks;

	@Autowired
	RegistrationRepository registrations;

	@Autowired
	MunicipalityRepository municipalities;

	@Test
	void staffApproveARegistrationRunTheProposalAcceptItAndSeeTheBoard() {
		data.clean();
		var edition = data.openEdition();
		data.staff(Role.STAFF, "sekretariat@kl.dk");
		var all = municipalities.findAllInDanishOrder();
		networks.create(edition.getId(), "Netværk Nord", "", 10, null, "sekretariat@kl.dk");
		networks.create(edition.getId(), "Netværk Syd", "", 10, null, "sekretariat@kl.dk");
		for (int i = 1; i <= 5; i++) {
			fixtures.approved(edition.getId(), all.get(i * 15).getCode(),
					i % 2 == 0 ? EffortStatus.STARTED : EffortStatus.DECIDED);
		}
		long received = fixtures.received(edition.getId(), all.get(0).getCode());
		var reference = registrations.findById(received).orElseThrow().getReference();

		try (var browser = browser(true)) {
			browser.login("sekretariat@kl.dk", TestData.passwordFor("sekretariat@kl.dk"));
			browser.go("/admin/tilmeldinger");
			assertThat(browser.h1()).isEqualTo("Tilmeldinger");
			assertThat(browser.text()).contains("Modtaget: 1", "Godkendt: 5", "6 tilmeldinger passer til filtrene");
			browser.screenshot("review-list");

			browser.click(reference);
			assertThat(browser.h1()).isEqualTo(all.get(0).getName() + " (" + reference + ")");
			// The checklist is the reviewer's: each item beside the evidence, not ticked
			// yet.
			assertThat(browser.text()).contains("Kommunen er i gang med eller har besluttet en seniorindsats.",
					"Begge parter, ledelse og medarbejdere, er blandt deltagerne.", "Ikke afkrydset");
			browser.screenshot("review-detail");
			browser.click("Godkend");
			assertThat(browser.text()).contains("Tilmeldingen er godkendt, og kontaktpersonen får besked.");
			assertThat(registrations.findById(received).orElseThrow().getStatus())
				.isEqualTo(RegistrationStatus.APPROVED);

			browser.go("/admin/netvaerk");
			assertThat(browser.text()).contains("Godkendte kommuner uden netværk (6)");
			browser.click("Foreslå fordeling");
			assertThat(browser.h1()).startsWith("Forslag til fordeling");
			assertThat(browser.text()).contains("Forslaget flytter eller placerer 6 kommuner.", "3 af 10 kommuner");
			browser.screenshot("review-proposal");

			browser.click("Godkend forslaget");
			assertThat(browser.h1()).isEqualTo("Netværk og fordeling");
			assertThat(browser.text()).contains("Forslaget er godkendt", "Godkendte kommuner uden netværk (0)",
					"3 af 10 kommuner");
			browser.screenshot("review-board");
		}
		assertThat(registrations.findById(received).orElseThrow().getNetworkId()).isNotNull();
	}

	@Test
	void godkendValgteAsksFirstWithTheCountAndTheMunicipalitiesAndFortrydChangesNothing() {
		data.clean();
		var edition = data.openEdition();
		data.staff(Role.STAFF, "sekretariat@kl.dk");
		var all = municipalities.findAllInDanishOrder();
		long first = fixtures.received(edition.getId(), all.get(0).getCode());
		long second = fixtures.received(edition.getId(), all.get(1).getCode());

		try (var browser = browser(false)) {
			browser.login("sekretariat@kl.dk", TestData.passwordFor("sekretariat@kl.dk"));
			browser.go("/admin/tilmeldinger");
			browser.find("#select-" + first).click();
			assertThat(browser.find("#select-" + first).isSelected()).isTrue();
			browser.click("Godkend valgte");
			assertThat(browser.h1()).isEqualTo("Godkend 1 tilmelding?");
			assertThat(browser.text()).contains(all.get(0).getName(), "Kontaktpersonen får en mail")
				.doesNotContain(all.get(1).getName());
			browser.screenshot("review-bulk-confirm");

			browser.click("Fortryd");
			assertThat(browser.h1()).isEqualTo("Tilmeldinger");
			assertThat(browser.find("#select-" + first).isSelected()).as("the tick is kept").isTrue();
			assertThat(registrations.findById(first).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.RECEIVED);

			browser.click("Godkend valgte");
			browser.click("Ja, godkend og send 1 mail");
			assertThat(browser.text()).contains("De valgte tilmeldinger er godkendt");
		}
		assertThat(registrations.findById(first).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.APPROVED);
		assertThat(registrations.findById(second).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.RECEIVED);
	}

}
