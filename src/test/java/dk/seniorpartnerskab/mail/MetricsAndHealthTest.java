package dk.seniorpartnerskab.mail;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import dk.seniorpartnerskab.staff.Role;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What operations see: the Prometheus metrics (staff only) and the outbox's health, which
 * turns "degraded" when mail is more than an hour late without taking the app out of
 * readiness.
 */
@IntegrationTest
class MetricsAndHealthTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	MailFixtures mails;

	@Autowired
	OutboxMetrics outboxMetrics;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clean() {
		data.clean();
	}

	@Test
	void theMetricsEndpointListsTheOutboxGaugesForStaff() throws Exception {
		data.staff(Role.VIEWER, "scraper@kl.dk");
		var mail = mails.enqueue("modtager@kommune.dk");
		mails.postpone(mail.getId());
		outboxMetrics.refresh();
		mvc.perform(get("/privatliv")).andExpect(status().isOk());

		String body = mvc
			.perform(
					get("/actuator/prometheus").with(httpBasic("scraper@kl.dk", TestData.passwordFor("scraper@kl.dk"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("outbox_mails{kind=\"TEST\",status=\"pending\"} 1.0")
			.contains("outbox_mails{kind=\"TEST\",status=\"failed\"} 0.0")
			.contains("outbox_pending 1.0")
			.contains("outbox_failed 0.0")
			.contains("outbox_oldest_pending_age_seconds")
			.contains("registrations{status=\"APPROVED\"}")
			.contains("reminders_claimed_total{kind=\"UNANSWERED\"}")
			.contains("tasks_scheduled_execution_seconds")
			.contains("http_server_requests_seconds_count{");
	}

	@Test
	void pagesAreTimedAndAssetsAreNot() throws Exception {
		data.staff(Role.VIEWER, "scraper@kl.dk");
		data.openEdition();
		var page = Jsoup.parse(mvc.perform(get("/vaerktoejer")).andReturn().getResponse().getContentAsString());
		String script = page.select("script[src^=/js/]").attr("src");
		mvc.perform(get(script)).andExpect(status().isOk());
		String body = mvc
			.perform(
					get("/actuator/prometheus").with(httpBasic("scraper@kl.dk", TestData.passwordFor("scraper@kl.dk"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("http_server_requests_seconds_count{")
			.contains("uri=\"/vaerktoejer\"")
			.doesNotContain("uri=\"/js/**\"");
	}

	@Test
	void theMetricsEndpointRefusesAnonymousAccessAndCreatesNoSession() throws Exception {
		var response = mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized()).andReturn();
		assertThat(response.getResponse().getCookie("SESSION")).isNull();
		mvc.perform(get("/actuator/prometheus").with(httpBasic("nobody@kl.dk", "wrong")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void mailMoreThanAnHourLateMakesTheAppDegradedButStillReady() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));

		var mail = mails.enqueue("modtager@kommune.dk");
		mails.postpone(mail.getId());
		jdbc.sql("update outgoing_mail set created_at = now() - interval '61 minutes' where id = ?")
			.param(mail.getId())
			.update();

		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DEGRADED"));
		mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health/liveness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));

		var page = Jsoup.parse(mvc.perform(get("/admin").with(user("viewer@kl.dk").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		var figure = page.select(".app-figure-warning")
			.stream()
			.filter(li -> li.text().contains("ældste ventende mail"))
			.findFirst()
			.orElseThrow();
		assertThat(figure.select(".app-figure-value").text()).isEqualTo("61");
	}

}
