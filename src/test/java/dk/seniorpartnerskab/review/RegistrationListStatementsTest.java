package dk.seniorpartnerskab.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.support.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.nio.charset.StandardCharsets;

/**
 * The registration list with 10,000 registrations (20,000 participants) runs the same
 * small number of SQL statements for every page, filter and sort: no statement per row.
 * Its own context, because Hibernate statistics are switched on only here.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationListStatementsTest {

	static final int REGISTRATIONS = 10_000;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@BeforeAll
	void tenThousandRegistrations() {
		data.clean();
		generate(REGISTRATIONS);
	}

	@AfterAll
	void cleanUp() {
		data.clean();
	}

	@Test
	void everyPageRunsTheSameFewStatementsWhateverItShows() throws Exception {
		var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		var pages = List.of(list().param("edition", "0"), list().param("edition", "0").param("page", "150"),
				list().param("edition", "0").param("sort", "municipality").param("desc", "true").param("page", "7"),
				list().param("edition", "0").param("status", "APPROVED").param("region", "1084"),
				list().param("edition", "0").param("q", "kommune").param("effort", "DECIDED").param("network", "0"));
		var counts = new ArrayList<Long>();
		mvc.perform(list().param("edition", "0")); // warms what every page keeps (the
													// secretariat in the footer)
		for (var page : pages) {
			statistics.clear();
			long started = System.nanoTime();
			var html = mvc.perform(page).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			long millis = (System.nanoTime() - started) / 1_000_000;
			counts.add(statistics.getPrepareStatementCount());
			assertThat(Jsoup.parse(html).select("table tbody tr")).hasSizeBetween(1, 50);
			System.out.printf("Registration list: %d statements, %d entities loaded, %d ms%n",
					statistics.getPrepareStatementCount(), statistics.getEntityLoadCount(), millis);
		}
		assertThat(counts).allMatch(count -> count.equals(counts.get(0)));
		assertThat(counts.get(0)).isLessThanOrEqualTo(8);
		var firstPage = Jsoup
			.parse(mvc.perform(list().param("edition", "0")).andReturn().getResponse().getContentAsString());
		assertThat(firstPage.text()).contains("10.000 tilmeldinger passer til filtrene", "Side 1 af 200");
	}

	@Test
	void exportsOfAllTenThousandRunAConstantNumberOfStatementsToo() throws Exception {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		var csv = mvc
			.perform(get("/admin/tilmeldinger/eksport/deltagere.csv").param("edition", "0")
				.with(user("viewer@kl.dk").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(csv.getContentAsString(StandardCharsets.UTF_8).lines().count()).isEqualTo(2L * REGISTRATIONS + 1);
		assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(4);
	}

	private static MockHttpServletRequestBuilder list() {
		return get("/admin/tilmeldinger").with(user("viewer@kl.dk").roles("VIEWER"));
	}

	/**
	 * Editions enough for 10,000 registrations (one per municipality and edition),
	 * inserted in JDBC batches.
	 */
	private void generate(int count) {
		var codes = jdbc.queryForList("select code from municipality order by code", Integer.class);
		int editions = (count + codes.size() - 1) / codes.size();
		var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		var editionRows = new ArrayList<Object[]>();
		for (int e = 0; e < editions; e++) {
			editionRows.add(new Object[] { "Forløb " + e, "forloeb-" + e, "SP" + e,
					Timestamp.from(now.minusSeconds(86_400)), Timestamp.from(now.plusSeconds(86_400)) });
		}
		jdbc.batchUpdate(
				"""
						insert into edition (name, slug, reference_prefix, registration_opens, registration_closes, course_start,
						course_end, status) values (?, ?, ?, ?, ?, current_date, current_date + 300, 'PUBLISHED')""",
				editionRows);
		var editionIds = jdbc.queryForList("select id from edition order by id", Long.class);
		String[] statuses = { "RECEIVED", "APPROVED", "WAITING_LIST", "REJECTED", "WITHDRAWN" };
		var rows = new ArrayList<Object[]>();
		for (int i = 0; i < count; i++) {
			long editionId = editionIds.get(i / codes.size());
			int code = codes.get(i % codes.size());
			rows.add(new Object[] { editionId, code, "SP-" + i, statuses[i % statuses.length], "Kontakt " + i,
					"HR-konsulent", "kontakt" + i + "@kommune.dk", i % 2 == 0 ? "STARTED" : "DECIDED",
					"Vi har en seniorpolitik og tilbyder seniorsamtaler fra 58 år.", "HOVED_MED",
					"HovedMED følger indsatsen.", Timestamp.from(now.minusSeconds(i)), "token-" + i, "hash-" + i });
		}
		jdbc.batchUpdate(
				"""
						insert into registration (edition_id, municipality_code, reference, status, contact_name, contact_title,
						contact_email, effort_status, effort_description, collaboration_forums, collaboration_description,
						submitted_at, submission_token, private_token_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				rows);
		jdbc.update("""
				insert into registration_participant (registration_id, name, email, title, side)
				select id, 'Leder ' || id, 'leder' || id || '@kommune.dk', 'Chef', 'MANAGEMENT' from registration
				union all
				select id, 'Tillid ' || id, 'tr' || id || '@kommune.dk', 'TR', 'EMPLOYEES' from registration""");
	}

}
