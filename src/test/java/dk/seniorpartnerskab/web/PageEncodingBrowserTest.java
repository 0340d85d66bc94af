package dk.seniorpartnerskab.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dk.seniorpartnerskab.support.BrowserTestBase;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages reach the client as UTF-8 bytes, as their header says ({@link EncodedPageView}):
 * Danish letters, the en dash of a title and a page longer than Tomcat's response buffer.
 */
class PageEncodingBrowserTest extends BrowserTestBase {

	@Autowired
	TestData data;

	HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void setUp() {
		data.clean();
		data.openEdition();
	}

	private HttpResponse<byte[]> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void aPageIsSentInUtf8AsItsHeaderSays() throws Exception {
		var response = get("/");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		String page = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(page).contains("Gå til indhold", "Tilgængelighedserklæring", "</html>")
			.contains("<title>")
			.contains(" – ")
			.doesNotContain("\uFFFD");
		assertThat(response.body()).containsSubsequence(new byte[] { 'G', (byte) 0xC3, (byte) 0xA5, ' ' });
	}

	@Test
	void aLongPageAndAnErrorPageArriveWhole() throws Exception {
		var form = get("/tilmelding");
		String page = new String(form.body(), StandardCharsets.UTF_8);
		assertThat(form.body().length).as("longer than Tomcat's 8 KB response buffer").isGreaterThan(16 * 1024);
		assertThat(page.strip()).endsWith("</html>");
		assertThat(page).contains("København", "Ærø", "Aabenraa").doesNotContain("\uFFFD");
		var missing = get("/findes-ikke");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(new String(missing.body(), StandardCharsets.UTF_8)).contains("Siden findes ikke", "</html>");
	}

}
