package dk.seniorpartnerskab.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: a real PostgreSQL (binaries from Maven) started in-process, its
 * data kept in {@code ./data/postgres} across restarts. Only when no database is
 * configured; see {@link EmbeddedDefaultCondition}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDefaultCondition.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${app.embedded-db.directory:data/postgres}") String directory,
			@Value("${app.embedded-db.port:0}") int port) throws IOException {
		Path dir = Path.of(directory).toAbsolutePath();
		Files.createDirectories(dir.getParent());
		log.info("Starting embedded PostgreSQL with data in {}", dir);
		var builder = EmbeddedPostgres.builder()
			.setDataDirectory(dir.toFile())
			.setCleanDataDirectory(false)
			// The library is made for throw-away test databases and starts PostgreSQL
			// with
			// fsync and synchronous commit off; data kept in ./data/ deserves both on. A
			// later "-c fsync=on" overrides the library's "-F".
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			// Stopped by this context, after everything that uses it (destroyMethod), not
			// by a JVM shutdown hook of the library's own that runs beside the app's
			// shutdown and takes the database from requests and jobs still finishing.
			.setRegisterShutdownHook(false);
		if (port > 0) {
			builder.setPort(port);
		}
		return builder.start();
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("embedded");
		dataSource.setMaximumPoolSize(10);
		// As spring.datasource.hikari.connection-timeout for a configured database.
		dataSource.setConnectionTimeout(5000);
		return dataSource;
	}

}
