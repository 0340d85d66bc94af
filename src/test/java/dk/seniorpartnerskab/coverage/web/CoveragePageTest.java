package dk.seniorpartnerskab.coverage.web;

import java.io.ByteArrayInputStream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dk.seniorpartnerskab.registration.RegistrationFixtures;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CoveragePageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	RegistrationFixtures registrations;

	@BeforeEach
	void clean() {
		data.clean();
	}

	@Test
	void thePageShowsTheGridWithLegendTableAndEveryChartWithItsNumbers() throws Exception {
		var edition = data.openEdition();
		registrations.register(edition.getId(), 259, "hanne@koege.dk");

		var page = Jsoup.parse(mvc.perform(get("/admin/daekning").with(user("viewer@kl.dk").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select(".app-tile")).hasSize(98);
		assertThat(page.select("li.app-tile-REGISTERED").text()).isEqualTo("Køge Tilmeldt");
		assertThat(page.select(".app-grid-region h3").eachText()).contains("Region Sjælland: 1 af 17 tilmeldt");
		assertThat(page.select(".app-legend li")).hasSize(5);
		assertThat(page.select("details table").first().select("tbody tr")).hasSize(98);
		assertThat(page.select("figure.app-chart")).extracting(e -> e.id())
			.containsExactly("funnel", "per-day", "per-region");
		for (var figure : page.select("figure.app-chart")) {
			assertThat(figure.select("img.app-chart-image").attr("src")).startsWith("data:image/svg+xml;base64,");
			assertThat(figure.select("table tbody tr")).isNotEmpty();
		}
		assertThat(page.select("#per-region tbody tr").eachText()).contains("Sjælland 5,9");
	}

	@Test
	void theSameFiguresDownloadAsXlsx() throws Exception {
		var edition = data.openEdition();
		registrations.register(edition.getId(), 259, "hanne@koege.dk");
		byte[] xlsx = mvc.perform(get("/admin/daekning/daekning.xlsx").with(user("viewer@kl.dk").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheets = workbook.getSheets().map(s -> s.getName()).toList();
			assertThat(sheets).hasSize(4).first().isEqualTo("Kommuner");
			var rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(99);
			assertThat(
					rows.stream().filter(r -> r.getCellText(1).equals("Køge")).findFirst().orElseThrow().getCellText(3))
				.isEqualTo("Tilmeldt");
		}
	}

	@Test
	void withoutAnyEditionThePageSaysSo() throws Exception {
		var page = Jsoup.parse(mvc.perform(get("/admin/daekning").with(user("viewer@kl.dk").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.text()).contains("Der er intet forløb endnu.");
	}

}
