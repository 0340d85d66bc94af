package dk.seniorpartnerskab.privacy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dk.seniorpartnerskab.privacy.PrivacyFixtures.Generated;
import dk.seniorpartnerskab.privacy.PrivacyFixtures.Seeded;
import dk.seniorpartnerskab.support.DatabaseScan;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Insight and erasure on request, for a person who took part in two editions: the search
 * finds them across editions and modules, the export holds every seeded item of theirs
 * and nothing of anyone else's, and erasure leaves no value of theirs in any table while
 * every report figure stays the same.
 */
@IntegrationTest
class PersonalDataRequestsTest {

	/** Pia takes part in both editions, under a slightly different name and case. */
	static final Seeded PIA_FIRST = new Seeded("Pia Persen", "pia.persen@aarhus.dk", "Sygeplejerske", null);

	static final Seeded PIA_SECOND = new Seeded("Pia M. Persen", "Pia.Persen@Aarhus.dk", "Afdelingssygeplejerske",
			null);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	PrivacyFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	Generated first;

	Generated second;

	@BeforeEach
	void setUp() {
		data.clean();
		first = fixtures.generate("a", 2, 2, List.of(PIA_FIRST));
		second = fixtures.generate("b", 2, 2, List.of(PIA_SECOND));
	}

	@Test
	void staffFindAPersonByEmailAcrossEditionsAndModules() throws Exception {
		var html = mvc
			.perform(post("/admin/privatliv/person").with(csrf())
				.with(user("staff@kl.dk").roles("STAFF"))
				.param("email", " PIA.persen@aarhus.dk "))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		var page = Jsoup.parse(html);
		var text = page.text();
		assertThat(text).contains("Pia Persen", "Pia M. Persen", "Forløb a", "Forløb b", "Udviklingsdag a",
				"Udviklingsdag b", "Deltager i en tilmelding", "Invitation til en aktivitet",
				"Mail sendt til personen");
		assertThat(text).doesNotContain("??");
		assertThat(page.select("h2:contains(Deltager i en tilmelding)")).hasSize(2);
	}

	@Test
	void theExportHoldsEverySeededItemOfThePersonAndNothingOfOthers() throws Exception {
		var json = export("json");
		var root = JsonMapper.builder().build().readTree(json);
		var kinds = new ArrayList<String>();
		root.get("items").forEach(item -> kinds.add(item.get("kind").asString()));
		assertThat(kinds).filteredOn("registration.participant"::equals).hasSize(2);
		assertThat(kinds).filteredOn("scheduling.invitation"::equals).hasSize(2);
		assertThat(kinds).filteredOn("mail.sent"::equals).hasSizeGreaterThanOrEqualTo(2);
		var participants = new ArrayList<JsonNode>();
		root.get("items").forEach(item -> {
			if (item.get("kind").asString().equals("registration.participant")) {
				participants.add(item);
			}
		});
		assertThat(participants).extracting(p -> p.get("values").get("name").asString())
			.containsExactlyInAnyOrder("Pia Persen", "Pia M. Persen");
		assertThat(participants).extracting(p -> p.get("values").get("title").asString())
			.containsExactlyInAnyOrder("Sygeplejerske", "Afdelingssygeplejerske");
		assertThat(participants).extracting(p -> p.get("edition").asString())
			.containsExactlyInAnyOrder("Forløb a", "Forløb b");
		assertThat(json).contains("Udviklingsdag a", "Udviklingsdag b", "Medarbejdere");
		assertThat(json).doesNotContain(othersValues().toArray(String[]::new));

		var html = export("html");
		var text = Jsoup.parse(html).text();
		assertThat(text).contains("Pia Persen", "Pia M. Persen", "pia.persen@aarhus.dk", "Sygeplejerske",
				"Afdelingssygeplejerske", "Udviklingsdag a", "Udviklingsdag b", "Deltager i en tilmelding",
				"Invitation til en aktivitet");
		assertThat(text).doesNotContain("??");
		assertThat(html).doesNotContain(othersValues().toArray(String[]::new));

		var audit = jdbc.queryForList("select detail from audit_entry where action = 'privacy.exported'", String.class);
		assertThat(audit).hasSize(2).allSatisfy(detail -> assertThat(detail).doesNotContainIgnoringCase("pia"));
	}

	@Test
	void erasureLeavesNoValueOfThePersonInAnyTableWhileEveryFigureStays() throws Exception {
		var before = List.of(fixtures.report(first.editionId()), fixtures.report(second.editionId()));
		assertThat(DatabaseScan.find(jdbc, piaValues())).isNotEmpty();

		mvc.perform(post("/admin/privatliv/person/slet").with(csrf())
			.with(user("staff@kl.dk").roles("STAFF"))
			.param("email", "pia.persen@aarhus.dk")
			.param("confirm", "true")).andExpect(redirectedUrl("/admin/privatliv"));

		assertThat(DatabaseScan.find(jdbc, piaValues())).isEmpty();
		assertThat(DatabaseScan.find(jdbc, othersValues())).as("everyone else is kept")
			.hasSizeGreaterThan(othersValues().size());
		assertThat(List.of(fixtures.report(first.editionId()), fixtures.report(second.editionId()))).isEqualTo(before);
		var audit = jdbc.queryForList("select coalesce(detail, '') || coalesce(target_id, '') from audit_entry "
				+ "where action = 'privacy.erased'", String.class);
		assertThat(audit).hasSize(1);
		assertThat(audit.get(0)).contains("registration.participant=2").doesNotContainIgnoringCase("pia");
	}

	@Test
	void erasureNeedsAConfirmationAndNothingIsErasedWithout() throws Exception {
		var html = mvc
			.perform(post("/admin/privatliv/person/slet").with(csrf())
				.with(user("staff@kl.dk").roles("STAFF"))
				.param("email", "pia.persen@aarhus.dk"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(html).select("#confirm-error").text())
			.isEqualTo("Sæt kryds for at bekræfte sletningen.");
		assertThat(DatabaseScan.find(jdbc, piaValues())).isNotEmpty();
	}

	@Test
	void aViewerMayNotLookPeopleUp() throws Exception {
		mvc.perform(post("/admin/privatliv/person").with(csrf())
			.with(user("viewer@kl.dk").roles("VIEWER"))
			.param("email", "pia.persen@aarhus.dk")).andExpect(status().isForbidden());
	}

	private String export(String format) throws Exception {
		return mvc
			.perform(post("/admin/privatliv/person/eksport").with(csrf())
				.with(user("staff@kl.dk").roles("STAFF"))
				.param("email", "pia.persen@aarhus.dk")
				.param("format", format))
			.andExpect(status().isOk())
			.andExpect(
					header().string("Content-Disposition", "attachment; filename=\"personoplysninger." + format + "\""))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static List<String> piaValues() {
		return List.of(PIA_FIRST.name(), PIA_SECOND.name(), PIA_FIRST.email());
	}

	private List<String> othersValues() {
		var values = new ArrayList<String>();
		values.addAll(first.values());
		values.addAll(second.values());
		return values;
	}

}
