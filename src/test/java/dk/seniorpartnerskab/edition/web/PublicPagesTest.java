package dk.seniorpartnerskab.edition.web;

import java.time.Duration;
import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PublicPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@BeforeEach
	void clean() {
		data.clean();
	}

	private Document page(String path) throws Exception {
		var result = mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andExpect(status().isOk()).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	@Test
	void theLandingPageIsDanishWithOneHeadingLandmarksAndASkipLink() throws Exception {
		data.openEdition();
		var html = page("/");
		assertThat(html.select("html").attr("lang")).isEqualTo("da");
		assertThat(html.select("h1")).hasSize(1);
		assertThat(html.select("header")).isNotEmpty();
		assertThat(html.select("nav[aria-label]")).isNotEmpty();
		assertThat(html.select("main#main")).hasSize(1);
		assertThat(html.select("footer")).isNotEmpty();
		assertThat(html.select("a.skipnav").attr("href")).isEqualTo("#main");
	}

	@Test
	void theLandingPageTellsPurposeExpectationsTargetGroupPriceAndDeadline() throws Exception {
		var closes = Instant.parse("2027-09-01T10:00:00Z");
		data.edition(Instant.now().minus(Duration.ofDays(1)), closes, null);
		var text = page("/").text();
		assertThat(text).contains("Formål", "Det får I som partner", "Det forventer vi af jer", "Målgruppe", "Tidsplan",
				"Det er gratis at deltage", "transport");
		assertThat(text).contains("Tilmeldingsfrist: 1. september 2027 kl. 12.00");
		assertThat(page("/").select("a[href=/tilmelding].button")).hasSize(1);
	}

	@Test
	void afterTheDeadlineTheLandingPageSaysRegistrationClosedAndOffersNoButton() throws Exception {
		data.edition(Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(1)), null);
		var html = page("/");
		assertThat(html.text()).contains("Tilmeldingen lukkede");
		assertThat(html.select("a[href=/tilmelding].button")).isEmpty();
	}

	@Test
	void withoutAnEditionTheLandingPageStillWorksAndPointsToTheToolkits() throws Exception {
		var html = page("/");
		assertThat(html.text()).contains("Der er ikke et åbent forløb lige nu");
	}

	@Test
	void thePrivacyPageSaysWhatIsStoredWhyAndForHowLong() throws Exception {
		var text = page("/privatliv").text();
		assertThat(text).contains("Hvad vi gemmer", "Hvorfor", "Hvor længe", "12 måneder");
	}

	@Test
	void staticAssetsHaveContentHashUrlsAndLongCaching() throws Exception {
		data.openEdition();
		var css = page("/").select("link[rel=stylesheet]").eachAttr("href");
		assertThat(css).anySatisfy(href -> assertThat(href).matches("/css/app-[0-9a-f]{32}\\.css"));
		var cached = mvc.perform(get(css.stream().filter(h -> h.startsWith("/css/")).findFirst().orElseThrow()))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(cached.getResponse().getHeader("Cache-Control")).contains("max-age=31536000", "immutable");
		assertThat(cached.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(cached.getResponse().getHeader("Content-Security-Policy")).contains("default-src");
		assertThat(cached.getResponse().getHeader("Set-Cookie")).isNull();
		mvc.perform(get("/css/findes-ikke.css")).andExpect(status().isNotFound());
	}

}
