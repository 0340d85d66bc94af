package dk.seniorpartnerskab.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.seniorpartnerskab.SeniorpartnerskabApplication;
import dk.seniorpartnerskab.registration.Attachment;
import dk.seniorpartnerskab.registration.CollaborationForum;
import dk.seniorpartnerskab.registration.EffortStatus;
import dk.seniorpartnerskab.registration.ParticipantDetails;
import dk.seniorpartnerskab.registration.RegistrationDetails;
import dk.seniorpartnerskab.registration.RegistrationManagement;
import dk.seniorpartnerskab.registration.Side;
import dk.seniorpartnerskab.support.LocalPostgresServer;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.toolkit.ToolkitFixtures;
import dk.seniorpartnerskab.toolkit.ToolkitManagement;
import dk.seniorpartnerskab.web.UploadedFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's backup routines, run for real. For a real database: {@code pg_dump -Fc} of
 * the app's database, {@code pg_restore} into an empty one, and the app started on it
 * finds every row, file and mail as it was. For the embedded default: a copy of the data
 * directory taken while the app is stopped.
 */
class BackupRestoreTest {

	@TempDir
	Path dir;

	@Test
	void aDumpRestoredIntoAnEmptyDatabaseStartsTheAppWithAllDataIntact() throws Exception {
		try (var server = LocalPostgresServer.startOrSkip()) {
			System.out.println("[backup] " + server.version());
			server.createDatabase("seniorpartnerskab");
			byte[] attachment = ToolkitFixtures.pdf("Seniorpolitik vedtaget i HovedMED");
			byte[] toolkitFile = ToolkitFixtures.pdf("Håndbog til seniorindsatsen");
			long registrationId;
			long attachmentId;
			String fileUrl;
			try (var app = start(server.jdbcUrl("seniorpartnerskab"))) {
				var edition = app.getBean(TestData.class).openEdition();
				var submission = app.getBean(RegistrationManagement.class)
					.submit(edition.getId(), 751, details(), participants(),
							List.of(new Attachment("seniorpolitik.pdf", "application/pdf", attachment)),
							UUID.randomUUID().toString());
				registrationId = submission.registrationId();
				attachmentId = app.getBean(JdbcTemplate.class)
					.queryForObject("select id from registration_attachment where registration_id = ?", Long.class,
							registrationId);
				var toolkits = app.getBean(ToolkitManagement.class);
				long toolkitId = app.getBean(JdbcTemplate.class)
					.queryForObject("select id from toolkit where slug = 'haandbog-til-seniorindsatsen'", Long.class);
				var file = toolkits.addFile(toolkitId, "Håndbogen",
						UploadedFile.check("haandbog.pdf", toolkitFile, ToolkitManagement.FILE_RULES), "Første udgave",
						"staff@kl.dk");
				toolkits.publish(toolkitId, "staff@kl.dk");
				fileUrl = "/vaerktoejer/haandbog-til-seniorindsatsen/filer/" + file.getId();
			}
			var original = contents(server.jdbcUrl("seniorpartnerskab"));
			assertThat(original.get("registration")).startsWith("1 ");
			assertThat(original.get("outgoing_mail")).startsWith("1 ");

			Path dump = dir.resolve("seniorpartnerskab.dump");
			server.dump("seniorpartnerskab", dump);
			assertThat(Files.size(dump)).isPositive();
			server.createDatabase("restored");
			server.restore(dump, "restored");

			assertThat(contents(server.jdbcUrl("restored"))).isEqualTo(original);
			try (var app = start(server.jdbcUrl("restored"))) {
				var restored = app.getBean(RegistrationManagement.class)
					.attachment(registrationId, attachmentId)
					.orElseThrow();
				assertThat(restored.getBytes()).isEqualTo(attachment);
				assertThat(app.getBean(JdbcTemplate.class)
					.queryForObject("select subject from outgoing_mail where reference is not null", String.class))
					.isNotBlank();
				int port = ((WebServerApplicationContext) app).getWebServer().getPort();
				var download = HttpClient.newHttpClient()
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + fileUrl)).build(),
							HttpResponse.BodyHandlers.ofByteArray());
				assertThat(download.statusCode()).isEqualTo(200);
				assertThat(download.body()).isEqualTo(toolkitFile);
			}
		}
	}

	@Test
	void aCopyOfTheEmbeddedDataDirectoryTakenWhileTheAppIsStoppedRestoresEverything() throws Exception {
		Path live = dir.resolve("data/postgres");
		Map<String, String> original;
		try (var app = startEmbedded(live)) {
			var edition = app.getBean(TestData.class).openEdition();
			app.getBean(RegistrationManagement.class)
				.submit(edition.getId(), 751, details(), participants(), List.of(), UUID.randomUUID().toString());
			original = contents(app.getBean(JdbcTemplate.class));
		}
		Path backup = dir.resolve("backup/postgres");
		copy(live, backup);
		try (var app = startEmbedded(backup)) {
			assertThat(contents(app.getBean(JdbcTemplate.class))).isEqualTo(original);
		}
	}

	private static ConfigurableApplicationContext startEmbedded(Path directory) {
		return new SpringApplicationBuilder(SeniorpartnerskabApplication.class).run("--server.port=0",
				"--app.embedded-db.directory=" + directory, "--spring.main.banner-mode=off",
				"--logging.level.root=WARN", "--spring.mail.host=", "--app.mail.dispatch-interval=1h");
	}

	private static void copy(Path from, Path to) throws Exception {
		try (var files = Files.walk(from)) {
			for (Path source : (Iterable<Path>) files::iterator) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
					// PostgreSQL refuses a data directory others may read.
					Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(source));
				}
				else if (!source.getFileName().toString().equals("epg-lock")) {
					Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

	private static Map<String, String> contents(JdbcTemplate jdbc) {
		var result = new TreeMap<String, String>();
		for (String table : jdbc.queryForList("select tablename from pg_tables where schemaname = 'public'",
				String.class)) {
			result.put(table.toLowerCase(), jdbc.queryForObject(
					"select count(*) || ' ' || coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '')"
							+ " from \"" + table + "\" t",
					String.class));
		}
		return result;
	}

	private static ConfigurableApplicationContext start(String url) {
		return new SpringApplicationBuilder(SeniorpartnerskabApplication.class).profiles("test")
			.run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
					"--spring.datasource.password=", "--spring.mail.host=");
	}

	/** Every table's row count and a checksum over all its rows. */
	private static Map<String, String> contents(String url) throws Exception {
		var result = new TreeMap<String, String>();
		try (var connection = DriverManager.getConnection(url, "postgres", "")) {
			var tables = new ArrayList<String>();
			try (var rs = connection.createStatement()
				.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
			for (String table : tables) {
				try (var rs = connection.createStatement()
					.executeQuery(
							"select count(*), coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '')"
									+ " from \"" + table + "\" t")) {
					rs.next();
					result.put(table.toLowerCase(), rs.getLong(1) + " " + rs.getString(2));
				}
			}
		}
		return result;
	}

	private static RegistrationDetails details() {
		return new RegistrationDetails("Hanne HR", "HR-chef", "hanne@aarhus.dk", "33123456", EffortStatus.STARTED,
				"Vi tilbyder seniorsamtaler fra 58 år.", Set.of(CollaborationForum.HOVED_MED),
				"HovedMED drøftede indsatsen i marts.");
	}

	private static List<ParticipantDetails> participants() {
		return List.of(new ParticipantDetails(null, "Lene Leder", "lene@aarhus.dk", "Chef", Side.MANAGEMENT),
				new ParticipantDetails(null, "Tom Tillid", "tom@aarhus.dk", "FTR", Side.EMPLOYEES));
	}

}
