package dk.seniorpartnerskab.web;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.seniorpartnerskab.support.OutagePage;
import dk.seniorpartnerskab.support.OutageTest;
import dk.seniorpartnerskab.support.TcpProxy;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Pages and probes while the database is away, over real HTTP: the whole Danish error
 * page with 503, never a page cut off, JSON or a stack trace; readiness DOWN and back UP
 * by itself, liveness UP throughout.
 */
@OutageTest
class DatabaseOutagePageTest {

	@Autowired
	TcpProxy database;

	@Autowired
	TestData data;

	@LocalServerPort
	int port;

	WebClient browser;

	@BeforeEach
	void setUp() {
		data.openEdition();
		browser = new WebClient(port);
	}

	@Test
	void aPageRequestedWhileTheDatabaseIsAwayGetsTheWholeDanishErrorPageWith503() {
		database.cut();

		OutagePage.assertWhole(browser.get("/"));
		OutagePage.assertWhole(browser.get("/tilmelding"));
		OutagePage.assertWhole(browser.get("/vaerktoejer"));
	}

	@Test
	void readinessIsDownWhileTheDatabaseIsAwayAndUpAgainByItselfWhileLivenessStaysUp() {
		assertThat(browser.get("/actuator/health/readiness").statusCode()).isEqualTo(200);

		database.cut();
		var readiness = browser.get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(503);
		assertThat(readiness.body()).contains("\"DOWN\"");
		var liveness = browser.get("/actuator/health/liveness");
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(liveness.body()).contains("\"UP\"");

		database.restore();
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> browser.get("/actuator/health/readiness").statusCode() == 200);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
	}

}
