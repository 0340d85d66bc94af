package dk.seniorpartnerskab.review;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.seniorpartnerskab.registration.EffortStatus;
import dk.seniorpartnerskab.registration.ParticipantDetails;
import dk.seniorpartnerskab.registration.RegistrationManagement;
import dk.seniorpartnerskab.registration.Side;
import dk.seniorpartnerskab.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review checklist is the reviewer's judgement: staff tick each item next to the
 * evidence the municipality submitted, and who ticked it and when is kept and shown.
 */
@IntegrationTest
class ReviewChecklistTest extends OpenEditionTestBase {

	@Autowired
	RegistrationManagement registrations;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void nothingIsTickedUntilStaffTickItEvenWhenEveryFieldIsFilledIn() throws Exception {
		long id = fixtures.received(edition.getId(), all.get(0).getCode());
		var page = page(id, "staff@kl.dk", "STAFF");
		assertThat(page.select("#checklist-form input[type=checkbox][name=ticked]")).hasSize(3)
			.allMatch(box -> !box.hasAttr("checked"));
		assertThat(page.select(".app-checklist .app-ticked")).isEmpty();
		assertThat(page.select(".app-checklist .app-missing-hint")).as("no hint when every field is filled in")
			.isEmpty();
	}

	@Test
	void eachItemShowsTheSubmittedEvidenceNextToIt() throws Exception {
		long id = fixtures.received(edition.getId(), all.get(0).getCode(), EffortStatus.DECIDED);
		var page = page(id, "staff@kl.dk", "STAFF");
		assertThat(page.select("#checklist-EFFORT").text()).contains("Vi har besluttet at igangsætte en seniorindsats",
				"Vi tilbyder seniorsamtaler fra 58 år");
		assertThat(page.select("#checklist-COLLABORATION").text()).contains("HovedMED",
				"HovedMED drøftede indsatsen i marts");
		assertThat(page.select("#checklist-BOTH_PARTIES .app-side-MANAGEMENT").text()).contains("Lene Leder");
		assertThat(page.select("#checklist-BOTH_PARTIES .app-side-EMPLOYEES").text()).contains("Tom Tillid");
		assertThat(page.select("#checklist-BOTH_PARTIES").text()).contains("Ledelse", "Medarbejdere");
	}

	@Test
	void aMissingFieldIsAHintButStaffMayStillTickTheItem() throws Exception {
		long id = registrations
			.submit(edition.getId(), all.get(0).getCode(),
					ReviewFixtures.details("hr@kommune.dk", EffortStatus.STARTED),
					List.of(new ParticipantDetails(null, "Lene Leder", "lene@kommune.dk", "Chef", Side.MANAGEMENT)),
					List.of(), UUID.randomUUID().toString())
			.registrationId();
		var page = page(id, "staff@kl.dk", "STAFF");
		assertThat(page.select("#checklist-BOTH_PARTIES .app-missing-hint").text()).startsWith("Mangler:");
		assertThat(page.select("#checklist-BOTH_PARTIES .app-side-EMPLOYEES").text()).isEqualTo("Ingen");

		save(id, "staff@kl.dk", List.of("BOTH_PARTIES"), List.of());

		assertThat(ticks(id)).containsExactly("BOTH_PARTIES");
	}

	@Test
	void tickingAsStaffKeepsWhoAndWhenShowsItAndIsAudited() throws Exception {
		long id = fixtures.received(edition.getId(), all.get(0).getCode());
		var before = Instant.now().minusSeconds(1);

		mvc.perform(post("/admin/tilmeldinger/" + id + "/tjekliste").param("ticked", "EFFORT", "COLLABORATION")
			.with(csrf())
			.with(user("sara.sagsbehandler@kl.dk").roles("STAFF"))).andExpect(status().is3xxRedirection());

		var row = jdbc.queryForMap(
				"select ticked_by, ticked_at from review_checklist_tick where registration_id = ? and item = 'EFFORT'",
				id);
		assertThat(row.get("ticked_by")).isEqualTo("sara.sagsbehandler@kl.dk");
		assertThat(((Timestamp) row.get("ticked_at")).toInstant()).isBetween(before,
				Instant.now().plus(Duration.ofSeconds(1)));
		assertThat(ticks(id)).containsExactly("COLLABORATION", "EFFORT");

		var page = page(id, "viewer@kl.dk", "VIEWER");
		assertThat(page.select("#checklist-EFFORT .app-ticked").text())
			.startsWith("Afkrydset af sara.sagsbehandler@kl.dk ");
		assertThat(page.select("#checklist-EFFORT .app-ok")).hasSize(1);
		assertThat(page.select("#checklist-BOTH_PARTIES .app-ticked")).isEmpty();
		assertThat(page.select("#checklist-BOTH_PARTIES .app-missing")).hasSize(1);
		assertThat(page.select("#checklist-BOTH_PARTIES .app-not-ticked").text()).isEqualTo("Ikke afkrydset");

		var staffPage = page(id, "staff@kl.dk", "STAFF");
		assertThat(staffPage.select("#tick-EFFORT").hasAttr("checked")).isTrue();
		assertThat(staffPage.select("#tick-BOTH_PARTIES").hasAttr("checked")).isFalse();
		assertThat(staffPage.select("#checklist-form input[name=shown]").eachAttr("value"))
			.containsExactlyInAnyOrder("EFFORT", "COLLABORATION");

		var entries = audit.findByActionOrderByIdAsc("registration.checklistTicked");
		assertThat(entries).hasSize(2);
		assertThat(entries).allSatisfy(entry -> {
			assertThat(entry.getActor()).isEqualTo("sara.sagsbehandler@kl.dk");
			assertThat(entry.getTargetType()).isEqualTo("registration");
			assertThat(entry.getTargetId()).isEqualTo(String.valueOf(id));
			assertThat(entry.getAfter()).isEqualTo("true");
		});
		assertThat(entries).extracting(e -> e.getDetail()).containsExactlyInAnyOrder("EFFORT", "COLLABORATION");
	}

	@Test
	void tickingAgainKeepsTheFirstTickAndUntickingRemovesIt() throws Exception {
		long id = fixtures.received(edition.getId(), all.get(0).getCode());
		save(id, "first@kl.dk", List.of("EFFORT"), List.of());
		// a form loaded before the tick: the box is ticked again by someone else
		save(id, "second@kl.dk", List.of("EFFORT"), List.of());
		assertThat(jdbc.queryForObject("select ticked_by from review_checklist_tick where registration_id = ?",
				String.class, id))
			.isEqualTo("first@kl.dk");
		assertThat(audit.findByActionOrderByIdAsc("registration.checklistTicked")).hasSize(1);

		// unticked on a page that showed the tick
		save(id, "second@kl.dk", List.of(), List.of("EFFORT"));

		assertThat(ticks(id)).isEmpty();
		var untick = audit.findByActionOrderByIdAsc("registration.checklistUnticked");
		assertThat(untick).hasSize(1);
		assertThat(untick.get(0).getActor()).isEqualTo("second@kl.dk");
		assertThat(untick.get(0).getDetail()).isEqualTo("EFFORT");
		assertThat(page(id, "staff@kl.dk", "STAFF").select("#checklist-EFFORT .app-ticked")).isEmpty();
	}

	@Test
	void aFormLoadedBeforeAColleaguesTickDoesNotUndoIt() throws Exception {
		long id = fixtures.received(edition.getId(), all.get(0).getCode());
		save(id, "colleague@kl.dk", List.of("BOTH_PARTIES"), List.of());
		// the stale page showed nothing ticked; its reviewer ticks EFFORT only
		save(id, "staff@kl.dk", List.of("EFFORT"), List.of());
		assertThat(ticks(id)).containsExactly("BOTH_PARTIES", "EFFORT");
	}

	@Test
	void aViewerSeesTheChecklistReadOnlyAndCannotTick() throws Exception {
		long id = fixtures.received(edition.getId(), all.get(0).getCode());
		var page = page(id, "viewer@kl.dk", "VIEWER");
		assertThat(page.select("#checklist-form")).isEmpty();
		assertThat(page.select(".app-checklist input")).isEmpty();
		assertThat(page.select(".app-checklist > li")).hasSize(3);

		mvc.perform(post("/admin/tilmeldinger/" + id + "/tjekliste").param("ticked", "EFFORT")
			.with(csrf())
			.with(user("viewer@kl.dk").roles("VIEWER"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/tilmeldinger/" + id + "/tjekliste").param("ticked", "EFFORT")
			.with(user("staff@kl.dk").roles("STAFF"))).andExpect(status().isForbidden());
		assertThat(ticks(id)).isEmpty();
		assertThat(audit.findByActionOrderByIdAsc("registration.checklistTicked")).isEmpty();
	}

	@Test
	void anUnknownItemIsRefusedByTheDatabaseToo() {
		long id = fixtures.received(edition.getId(), all.get(0).getCode());
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
				"insert into review_checklist_tick (registration_id, item, ticked_by, ticked_at) values (?, 'OTHER', 'a@kl.dk', now())",
				id))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private void save(long id, String actor, List<String> ticked, List<String> shown) throws Exception {
		var request = post("/admin/tilmeldinger/" + id + "/tjekliste").with(csrf()).with(user(actor).roles("STAFF"));
		ticked.forEach(item -> request.param("ticked", item));
		shown.forEach(item -> request.param("shown", item));
		mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	private List<String> ticks(long id) {
		return jdbc.queryForList("select item from review_checklist_tick where registration_id = ? order by item",
				String.class, id);
	}

	private Document page(long id, String user, String role) throws Exception {
		return Jsoup.parse(mvc.perform(get("/admin/tilmeldinger/" + id).with(user(user).roles(role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
