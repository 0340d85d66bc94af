package dk.seniorpartnerskab.registration.web;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dk.seniorpartnerskab.support.BrowserTestBase;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only a real servlet container shows: the container's multipart limits and Spring
 * Security's CSRF refusal end in Danish pages, not the container's own error page. Plain
 * HTTP against the app on a random port.
 */
class RegistrationLimitsBrowserTest extends BrowserTestBase {

	@Autowired
	TestData data;

	HttpClient http;

	@BeforeEach
	void setUp() {
		data.clean();
		data.openEdition();
		http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	@Test
	void aPostWithoutCsrfTokenGetsTheDanish403Page() throws Exception {
		var response = http.send(HttpRequest.newBuilder(uri("/tilmelding"))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("municipalityCode=101&contactName=x"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
		var html = Jsoup.parse(response.body());
		assertThat(html.select("h1").text()).isEqualTo("Adgang nægtet");
		assertThat(html.text()).doesNotContain("Exception", "Whitelabel", "Forbidden");
	}

	@Test
	void anUploadAboveTheRequestLimitIsRefusedWithADanishPageBeforeItsBodyIsRead() throws Exception {
		var form = Jsoup
			.parse(http.send(HttpRequest.newBuilder(uri("/tilmelding")).build(), HttpResponse.BodyHandlers.ofString())
				.body());
		String action = form.select("form[enctype]").attr("action");
		assertThat(action).doesNotContain("_csrf");
		String token = form.select("form[enctype] input[name=_csrf]").val();
		var response = http.send(HttpRequest.newBuilder(uri(action))
			.header("Accept", "text/html")
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(token, 33 * 1024 * 1024)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		var html = Jsoup.parse(response.body());
		assertThat(html.select("html").attr("lang")).isEqualTo("da");
		assertThat(html.select("h1").text()).isEqualTo("Filen er for stor");
		assertThat(html.text()).doesNotContain("Exception", "Whitelabel", "Apache Tomcat");
	}

	@Test
	void aFileAboveTheFormsLimitIsNamedAtTheFieldWithTheCsrfTokenReadFromTheMultipartBody() throws Exception {
		var form = Jsoup
			.parse(http.send(HttpRequest.newBuilder(uri("/tilmelding")).build(), HttpResponse.BodyHandlers.ofString())
				.body());
		String token = form.select("form[enctype] input[name=_csrf]").val();
		var response = http.send(HttpRequest.newBuilder(uri("/tilmelding"))
			.header("Accept", "text/html")
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(token, 11 * 1024 * 1024)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		var html = Jsoup.parse(response.body());
		assertThat(html.text()).contains("Filen stor.pdf er større end 10 MB.");
	}

	private static final String BOUNDARY = "----registration" + System.nanoTime();

	private static byte[] multipart(String csrfToken, int fileBytes) throws Exception {
		var body = new ByteArrayOutputStream();
		body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"municipalityCode\"\r\n\r\n101\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(
				("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"stor.pdf\"\r\n"
						+ "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n")
					.getBytes(StandardCharsets.UTF_8));
		byte[] filler = new byte[fileBytes];
		Arrays.fill(filler, (byte) 'x');
		body.write(filler);
		body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

}
