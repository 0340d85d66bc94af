package dk.seniorpartnerskab.system;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.seniorpartnerskab.SeniorpartnerskabApplication;
import dk.seniorpartnerskab.edition.EditionRepository;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Instant;

/**
 * The embedded default as {@code ./mvnw spring-boot:run} uses it: no database configured,
 * a real PostgreSQL started in-process, data kept in its directory across restarts, demo
 * data loaded once, the local admin login written once.
 */
class EmbeddedDefaultTest {

	@TempDir
	Path dataDir;

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(SeniorpartnerskabApplication.class).run("--server.port=0",
				"--app.embedded-db.directory=" + dataDir.resolve("postgres"), "--spring.main.banner-mode=off",
				"--logging.level.root=WARN");
	}

	@Test
	void startsAnEmbeddedPostgresKeepsItsDataAcrossRestartsAndLoadsDemoDataOnce() throws Exception {
		long editionId;
		String adminLogin;
		try (var app = start()) {
			var jdbc = app.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
			assertThat(jdbc.queryForObject("select count(*) from municipality", Integer.class)).isEqualTo(98);
			// Durable: the embedded library's throw-away defaults are overridden.
			assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
			assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
			assertThat(jdbc.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
			var demo = app.getBean(EditionRepository.class).findBySlug(DemoData.DEMO_SLUG).orElseThrow();
			assertThat(demo.isRegistrationOpen(Instant.now())).isTrue();
			editionId = demo.getId();
			adminLogin = Files.readString(dataDir.resolve("admin-login.txt"));
			assertThat(adminLogin).startsWith("admin@seniorpartnerskab.local\n");
			jdbc.update("update edition set public_intro = 'Kept across restarts' where id = ?", editionId);
		}
		try (var app = start()) {
			var editions = app.getBean(EditionRepository.class);
			assertThat(editions.count()).isEqualTo(1);
			var demo = editions.findById(editionId).orElseThrow();
			assertThat(demo.getPublicIntro()).isEqualTo("Kept across restarts");
			assertThat(Files.readString(dataDir.resolve("admin-login.txt"))).isEqualTo(adminLogin);
		}
	}

}
