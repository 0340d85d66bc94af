package dk.seniorpartnerskab.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.SpringApplication;

/**
 * One real PostgreSQL server per test JVM: from Testcontainers where a Docker engine
 * answers, otherwise the embedded PostgreSQL binaries from Maven. Never H2. Force one
 * with {@code -Dtest.database=container} or {@code -Dtest.database=embedded}.
 */
public final class TestDatabase {

	private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]*)(.*)");

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
			afterTheApps(container::stop);
			return log(new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					"Testcontainers PostgreSQL 17"));
		}
		try {
			var dir = Files.createTempDirectory("seniorpartnerskab-test-pg");
			var postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dir.toFile())
				.setCleanDataDirectory(true)
				.setRegisterShutdownHook(false)
				.start();
			afterTheApps(() -> {
				try {
					postgres.close();
				}
				catch (IOException ignored) {
					// shutting down anyway
				}
			});
			return log(new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres",
					"embedded PostgreSQL"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Stops the database when the JVM ends, but only after every Spring application in it
	 * has closed: Boot runs its shutdown handlers one after the other once all contexts
	 * are closed, where JVM shutdown hooks all run at once. As a hook (the embedded
	 * server's own, by default) the database went away while a test context was still
	 * closing, and Spring Modulith's event registry then waited Hikari's 30 s for a
	 * connection, until Surefire killed the test JVM ("kill self fork JVM").
	 */
	private static void afterTheApps(Runnable stop) {
		SpringApplication.getShutdownHandlers().add(stop);
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

	/**
	 * Creates a new, empty database on this server (named from the prefix plus a random
	 * suffix) and returns its name: for tests that need a database no other test context
	 * (and no other context's scheduled jobs) touches.
	 */
	public String createDatabase(String prefix) {
		String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (var connection = DriverManager.getConnection(jdbcUrl, username, password);
				var statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not create database " + name, e);
		}
		return name;
	}

	/** The JDBC URL of another database on this server. */
	public String jdbcUrl(String database) {
		return jdbcUrl(host(), port(), database);
	}

	/**
	 * The JDBC URL of a database on this server as reached through another host and port
	 * (e.g. a {@link TcpProxy}).
	 */
	public String jdbcUrl(String host, int port, String database) {
		Matcher url = url();
		return "jdbc:postgresql://" + host + ":" + port + "/" + database + url.group(4);
	}

	public String host() {
		return url().group(1);
	}

	public int port() {
		return Integer.parseInt(url().group(2));
	}

	private Matcher url() {
		Matcher matcher = URL.matcher(jdbcUrl);
		if (!matcher.matches()) {
			throw new IllegalStateException("Unexpected JDBC URL " + jdbcUrl);
		}
		return matcher;
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
