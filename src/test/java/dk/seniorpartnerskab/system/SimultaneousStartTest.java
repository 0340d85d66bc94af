package dk.seniorpartnerskab.system;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.seniorpartnerskab.SeniorpartnerskabApplication;
import dk.seniorpartnerskab.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application started at the same moment against one empty database,
 * as an orchestrator does on a first deployment: both come up (Flyway migrates once, the
 * other waits), and exactly one first administrator exists.
 */
class SimultaneousStartTest {

	@Test
	void twoInstancesStartingTogetherOnAnEmptyDatabaseBothComeUpWithOneAdministrator() throws Exception {
		var database = TestDatabase.get();
		String url = database.jdbcUrl(database.createDatabase("simultaneous_start"));
		var latch = new CountDownLatch(1);
		Callable<ConfigurableApplicationContext> start = () -> {
			latch.await();
			return new SpringApplicationBuilder(SeniorpartnerskabApplication.class).profiles("test")
				.run("--server.port=0", "--spring.datasource.url=" + url,
						"--spring.datasource.username=" + database.username(),
						"--spring.datasource.password=" + database.password(), "--app.admin.email=admin@kommune.dk",
						"--app.admin.password=En-lang-adgangskode-1", "--app.mail.dispatch-interval=1h",
						"--logging.level.root=WARN");
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<ConfigurableApplicationContext> apps = new ArrayList<>();
		// Two Spring Boot starts in one JVM at the same moment would both set up the
		// shared
		// Logback context and can trip over each other ("Unable to find Spring
		// Environment in
		// logger context"); the test's own logging is already set up, so they leave it
		// alone.
		System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
		try {
			List<Future<ConfigurableApplicationContext>> starts = List.of(pool.submit(start), pool.submit(start));
			latch.countDown();
			Exception failed = null;
			for (Future<ConfigurableApplicationContext> app : starts) {
				try {
					apps.add(app.get(3, TimeUnit.MINUTES));
				}
				catch (ExecutionException e) {
					failed = e;
				}
			}
			if (failed != null) {
				throw failed;
			}

			assertThat(apps).hasSize(2).allMatch(ConfigurableApplicationContext::isActive);
			var jdbc = apps.get(0).getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForList("select email from staff_user where role = 'ADMIN'", String.class))
				.containsExactly("admin@kommune.dk");
			assertThat(jdbc.queryForObject("select must_change_password from staff_user", Boolean.class))
				.as("the password from the deployment's settings is changed at the first login")
				.isTrue();
		}
		finally {
			apps.forEach(ConfigurableApplicationContext::close);
			pool.shutdownNow();
			System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
		}
	}

}
