package dk.seniorpartnerskab.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import dk.seniorpartnerskab.municipality.MunicipalityRepository;
import dk.seniorpartnerskab.registration.RegistrationStatus;
import dk.seniorpartnerskab.registration.Side;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.support.UntranslatedWords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every kind of history entry the code writes, with the details it writes, reads as
 * Danish on a registration's page: no action code, status, side or field name.
 */
@IntegrationTest
class RegistrationHistoryTextTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ReviewFixtures fixtures;

	@Autowired
	MunicipalityRepository municipalities;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void clean() {
		data.clean();
	}

	static Set<String> historyActions() {
		var actions = new TreeSet<String>(UntranslatedWords.inSources("addHistory\\(\\w+,\\s*\"([a-z-]+)\""));
		actions.addAll(UntranslatedWords.inSources("insert into registration_history[^;]*?'([a-z-]+)'"));
		actions.remove("note"); // shown as notes, written by staff
		return actions;
	}

	@Test
	void theScanFindsTheHistoryKinds() {
		assertThat(historyActions()).contains("submitted", "approved", "network", "details-changed",
				"participant-added", "registered-by-staff", "personal-data-erased", "contact-replaced");
	}

	@Test
	void everyKindOfHistoryEntryReadsAsDanish() throws Exception {
		var edition = data.openEdition();
		long id = fixtures.received(edition.getId(), municipalities.findAllInDanishOrder().get(0).getCode());
		var details = new ArrayList<String>();
		for (var status : RegistrationStatus.values()) {
			details.add(status.name());
		}
		for (var side : Side.values()) {
			details.add("Lene Leder (" + side.name() + ")");
		}
		details.addAll(List.of("Lene -> Lene Leder (MANAGEMENT)", "- -> 999", "999 -> -", "", String.join(", ",
				UntranslatedWords.inSourcesMentioning("public class Registration extends", "m\\.put\\(\"(\\w+)\""))));
		var actions = List.copyOf(historyActions());
		for (int i = 0; i < Math.max(actions.size(), details.size()); i++) {
			String action = actions.get(i % actions.size());
			jdbc.update("""
					insert into registration_history (registration_id, actor, action, detail, happened_at)
					values (?, ?, ?, ?, ?)""", id, "staff@kl.dk", action,
					"network".equals(action) ? "- -> 999" : details.get(i % details.size()),
					Timestamp.from(Instant.now()));
		}
		var html = Jsoup.parse(mvc.perform(get("/admin/tilmeldinger/" + id).with(user("admin@kl.dk").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		var history = html.select("section[aria-labelledby=history-heading]").first();
		assertThat(history).isNotNull();
		assertThat(history.select("tbody tr")).hasSizeGreaterThan(actions.size());
		var words = new TreeSet<String>(UntranslatedWords.in(history.text(), Set.of()));
		for (var row : history.select("tbody tr")) {
			String what = row.select("td").get(2).text();
			if (actions.contains(what)) {
				words.add(what);
			}
		}
		assertThat(words).as("code words in the history").isEmpty();
	}

}
