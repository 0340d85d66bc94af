package dk.seniorpartnerskab.staff;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.support.TestDatabaseConfiguration;

import static dk.seniorpartnerskab.staff.SecurityTest.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * With an https base URL and nothing else set, cookies are Secure and HSTS is sent (even
 * when a TLS-terminating proxy forwards the request as plain HTTP); every cookie is
 * HttpOnly and SameSite (a script cannot read it, another site's form does not carry it).
 * Its own context.
 */
@SpringBootTest(properties = "app.base-url=https://seniorpartnerskab.example",
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
class SecureDefaultsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@LocalServerPort
	int port;

	@Test
	void anHttpsBaseUrlMakesEveryCookieSecureAndSendsHsts() throws Exception {
		data.clean();
		var page = mvc.perform(get("/admin/login")).andReturn().getResponse();
		assertThat(page.getHeader("Strict-Transport-Security")).contains("max-age=31536000");
		assertThat(page.getHeaders("Set-Cookie")).filteredOn(c -> c.startsWith("XSRF-TOKEN="))
			.singleElement()
			.satisfies(c -> assertThat(c).contains("Secure", "HttpOnly"));

		data.staff(Role.STAFF, "tls@kl.dk");
		var login = mvc.perform(login("tls@kl.dk", TestData.passwordFor("tls@kl.dk"), "10.9.0.1"))
			.andReturn()
			.getResponse();
		assertThat(login.getHeaders("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION="))
			.singleElement()
			.satisfies(c -> assertThat(c).contains("Secure", "HttpOnly", "SameSite=Lax"));
		assertThat(login.getHeaders("Set-Cookie")).filteredOn(c -> c.startsWith(LoginThrottle.KNOWN_LOGIN_COOKIE))
			.singleElement()
			.satisfies(c -> assertThat(c).contains("Secure", "HttpOnly", "SameSite=Strict"));
	}

	/**
	 * Over real HTTP (the container writes the cookie header, not the mock response): the
	 * CSRF cookie carries its SameSite attribute.
	 */
	@Test
	void theCsrfCookieIsSameSiteOverRealHttp() throws Exception {
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/login")).build(),
					HttpResponse.BodyHandlers.discarding());
		assertThat(response.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("XSRF-TOKEN="))
			.singleElement()
			.satisfies(c -> assertThat(c).contains("Secure", "HttpOnly", "SameSite=Lax"));
	}

}
