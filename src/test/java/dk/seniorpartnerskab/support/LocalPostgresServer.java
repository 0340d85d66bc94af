package dk.seniorpartnerskab.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A PostgreSQL server from the machine's own packages (Debian's
 * {@code /usr/lib/postgresql/<major>/bin}), started in a temporary directory, together
 * with the {@code pg_dump} and {@code pg_restore} of the same version: what an operator
 * of a real database has. (The embedded PostgreSQL from Maven ships no {@code pg_dump},
 * and a {@code pg_dump} refuses a server newer than itself.) As root the server runs as
 * the {@code postgres} user, as PostgreSQL refuses root. Where the packages are missing
 * the test is skipped, and fails with {@code CI=true} ({@code .ci/run} installs them).
 */
public final class LocalPostgresServer implements AutoCloseable {

	private final Path bin;

	private final Path data;

	private final int port;

	private final boolean root;

	private LocalPostgresServer(Path bin, Path data, int port, boolean root) {
		this.bin = bin;
		this.data = data;
		this.port = port;
		this.root = root;
	}

	/**
	 * Starts a server, or skips the test where the machine has no PostgreSQL packages.
	 */
	public static LocalPostgresServer startOrSkip() throws Exception {
		Optional<Path> bin = binaries();
		if (bin.isEmpty()) {
			String message = "No PostgreSQL server and pg_dump under /usr/lib/postgresql/*/bin: "
					+ "apt-get install postgresql (.ci/run does)";
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException(message);
			}
			System.err.println("SKIPPED: " + message);
			assumeTrue(false, message);
		}
		boolean root = "root".equals(System.getProperty("user.name"));
		Path dir = Files.createTempDirectory("seniorpartnerskab-backup-pg");
		Path data = dir.resolve("data");
		if (root) {
			run(List.of("chown", "postgres:postgres", dir.toString()));
			run(List.of("chmod", "755", dir.toString()));
		}
		int port;
		try (var socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		var server = new LocalPostgresServer(bin.get(), data, port, root);
		server.runAsOwner(List.of(bin.get().resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A",
				"trust", "-E", "UTF8", "--no-locale"));
		server.runAsOwner(List.of(bin.get().resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
				dir.resolve("server.log").toString(), "-o",
				"-p " + port + " -k " + data + " -c listen_addresses=localhost", "-w", "start"));
		return server;
	}

	/** The newest major version that has both the server and pg_dump. */
	private static Optional<Path> binaries() throws IOException {
		Path root = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(root)) {
			return Optional.empty();
		}
		try (Stream<Path> versions = Files.list(root)) {
			return versions.map(v -> v.resolve("bin"))
				.filter(b -> Stream.of("postgres", "initdb", "pg_ctl", "pg_dump", "pg_restore")
					.allMatch(tool -> Files.isExecutable(b.resolve(tool))))
				.max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString())));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	public String version() throws Exception {
		return run(List.of(this.bin.resolve("postgres").toString(), "--version")).strip();
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + this.port + "/" + database;
	}

	public void createDatabase(String name) throws SQLException {
		try (var connection = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
				var statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
	}

	/** {@code pg_dump -Fc}, as the README's backup routine runs it. */
	public void dump(String database, Path file) throws Exception {
		run(List.of(this.bin.resolve("pg_dump").toString(), "-h", "localhost", "-p", String.valueOf(this.port), "-U",
				"postgres", "-Fc", "-f", file.toString(), database));
	}

	/**
	 * {@code pg_restore} into an existing empty database, as the README's restore runs
	 * it.
	 */
	public void restore(Path file, String database) throws Exception {
		run(List.of(this.bin.resolve("pg_restore").toString(), "-h", "localhost", "-p", String.valueOf(this.port), "-U",
				"postgres", "--no-owner", "--exit-on-error", "-d", database, file.toString()));
	}

	@Override
	public void close() throws Exception {
		runAsOwner(
				List.of(this.bin.resolve("pg_ctl").toString(), "-D", this.data.toString(), "-m", "fast", "-w", "stop"));
		if (this.root) {
			run(List.of("rm", "-rf", this.data.getParent().toString()));
		}
	}

	private void runAsOwner(List<String> command) throws Exception {
		if (this.root) {
			var asPostgres = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
			asPostgres.addAll(command);
			run(asPostgres);
		}
		else {
			run(command);
		}
	}

	private static String run(List<String> command) throws Exception {
		var process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
		}
		return output;
	}

}
