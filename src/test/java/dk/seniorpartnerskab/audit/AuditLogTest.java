package dk.seniorpartnerskab.audit;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AuditLogTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	AuditLog auditLog;

	@Autowired
	AuditEntryRepository entries;

	@Autowired
	TransactionTemplate tx;

	@BeforeEach
	void clean() {
		data.clean();
	}

	@Test
	void anAdminSeesWhoChangedWhatWithBeforeAndAfter() throws Exception {
		auditLog.record("staff@kl.dk", "registration.approved", "registration:42", "RECEIVED", "APPROVED");
		var html = Jsoup.parse(mvc.perform(get("/admin/log").with(user("admin@kl.dk").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		var row = html.select("table tbody tr").first();
		assertThat(row.text()).contains("staff@kl.dk", "Tilmelding godkendt", "Tilmelding 42", "Modtaget", "Godkendt")
			.doesNotContain("RECEIVED", "APPROVED", "registration");
	}

	@Test
	void staffAndViewersAreRefusedTheLog() throws Exception {
		mvc.perform(get("/admin/log").with(user("staff@kl.dk").roles("STAFF"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/log").with(user("viewer@kl.dk").roles("VIEWER"))).andExpect(status().isForbidden());
	}

	@Test
	void theLogIsFilteredByActorAndActionAndPagedFiftyAtATime() throws Exception {
		for (int i = 0; i < 60; i++) {
			auditLog.record("a@kl.dk", "network.updated", AuditTarget.of("network", i), null, null);
		}
		auditLog.record("b@kl.dk", "registration.rejected", AuditTarget.of("registration", 7), "RECEIVED", "REJECTED",
				"Ikke relevant");
		var admin = user("admin@kl.dk").roles("ADMIN");

		var first = Jsoup
			.parse(mvc.perform(get("/admin/log").with(admin)).andReturn().getResponse().getContentAsString());
		assertThat(first.select("table tbody tr")).hasSize(50);
		assertThat(first.select("table tbody tr").first().text()).contains("b@kl.dk");
		assertThat(first.select(".app-pagination").text()).contains("Side 1 af 2");

		var byActor = Jsoup.parse(mvc.perform(get("/admin/log").param("actor", "B@KL").with(admin))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(byActor.select("table tbody tr")).hasSize(1);
		assertThat(byActor.select("table tbody tr").text()).contains("Ikke relevant");

		var byAction = Jsoup
			.parse(mvc.perform(get("/admin/log").param("action", "network.updated").param("page", "1").with(admin))
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(byAction.select("table tbody tr")).hasSize(10);
		assertThat(byAction.select(".app-pagination a").attr("href")).contains("action=network.updated", "page=0");
	}

	@Test
	void aChangeThatRollsBackLeavesNoEntry() {
		tx.executeWithoutResult(status -> {
			auditLog.record("a@kl.dk", "network.removed", AuditTarget.of("network", 1), "Netværk 1", null);
			status.setRollbackOnly();
		});
		assertThat(entries.findByActionOrderByIdAsc("network.removed")).isEmpty();
	}

}
