package dk.seniorpartnerskab.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL server per test JVM: from Testcontainers where a Docker engine
 * answers, otherwise the embedded PostgreSQL binaries from Maven. Never H2. Force one
 * with {@code -Dtest.database=container} or {@code -Dtest.database=embedded}.
 */
public final class TestDatabase {

	private static volatile TestDatabase instance;

	private final String jdbcUrl;

	private final String username;

	private final String password;

	private final String kind;

	private TestDatabase(String jdbcUrl, String username, String password, String kind) {
		this.jdbcUrl = jdbcUrl;
		this.username = username;
		this.password = password;
		this.kind = kind;
	}

	public static TestDatabase get() {
		if (instance == null) {
			synchronized (TestDatabase.class) {
				if (instance == null) {
					instance = start();
				}
			}
		}
		return instance;
	}

	private static TestDatabase start() {
		String choice = System.getProperty("test.database", "auto");
		if (!"embedded".equals(choice) && ("container".equals(choice) || dockerAvailable())) {
			@SuppressWarnings("resource")
			var container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
			return log(new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					"Testcontainers PostgreSQL 17"));
		}
		try {
			var dir = Files.createTempDirectory("seniorpartnerskab-test-pg");
			var postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dir.toFile())
				.setCleanDataDirectory(true)
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ignored) {
					// shutting down anyway
				}
			}));
			return log(new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres",
					"embedded PostgreSQL"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (Throwable e) {
			return false;
		}
	}

	private static TestDatabase log(TestDatabase database) {
		System.out.println("[test database] " + database.kind + " at " + database.jdbcUrl);
		return database;
	}

	public String jdbcUrl() {
		return jdbcUrl;
	}

	public String username() {
		return username;
	}

	public String password() {
		return password;
	}

}
