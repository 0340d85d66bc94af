package dk.seniorpartnerskab.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.seniorpartnerskab.support.BrowserTestBase;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.toolkit.ToolkitFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous visitors get no server session (ASVS V3): plain HTTP against the app in its
 * real container, with and without cookies, and the session table before and after.
 */
class AnonymousSessionsBrowserTest extends BrowserTestBase {

	@Autowired
	TestData data;

	@Autowired
	ToolkitFixtures toolkits;

	@Autowired
	JdbcTemplate jdbc;

	List<String> publicPages;

	@BeforeEach
	void setUp() {
		data.clean();
		data.openEdition();
		var toolkit = toolkits.published("Håndbog", "haandbog");
		toolkits.addPdf(toolkit, "Håndbogen", "haandbog.pdf", ToolkitFixtures.pdf("håndbog"));
		publicPages = List.of("/", "/vaerktoejer", "/vaerktoejer/haandbog", "/privatliv", "/tilmelding",
				"/tilmelding/link", "/tilmelding/kvittering", "/admin/login", "/admin", "/findes-ikke");
	}

	private HttpResponse<String> get(HttpClient http, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private int sessions() {
		return jdbc.queryForObject("select count(*) from spring_session", Integer.class);
	}

	@Test
	void aThousandAnonymousPageViewsLeaveTheSessionTableUnchanged() throws Exception {
		int before = sessions();
		// Half of the visitors keep cookies (a browser), half never do (a crawler).
		var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		var crawler = HttpClient.newHttpClient();
		for (int i = 0; i < 1000; i++) {
			String path = publicPages.get(i % publicPages.size());
			var response = get(i % 2 == 0 ? browser : crawler, path);
			assertThat(response.statusCode()).as(path).isIn(200, 302, 404);
			assertThat(response.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("SESSION="));
		}
		assertThat(sessions()).isEqualTo(before);
	}

	@Test
	void publicFormsCarryTheirCsrfTokenInTheBodyNeverInTheAddress() throws Exception {
		var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		for (String path : List.of("/tilmelding", "/tilmelding/link", "/admin/login")) {
			var html = Jsoup.parse(get(http, path).body());
			assertThat(html.select("form[method=post]")).as(path).isNotEmpty().allSatisfy(form -> {
				assertThat(form.attr("action")).doesNotContain("_csrf");
				assertThat(form.select("input[type=hidden][name=_csrf]")).hasSize(1);
			});
		}
	}

}
