package dk.seniorpartnerskab.staff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import dk.seniorpartnerskab.system.EmbeddedDefault;
import dk.seniorpartnerskab.system.StartupLock;

/**
 * Makes sure there is an administrator. When none exists, {@code APP_ADMIN_EMAIL} and
 * {@code APP_ADMIN_PASSWORD} create one, who must change that password at the first login
 * (it is written in the deployment's settings); in the embedded default a password is
 * generated, printed once and kept in {@code data/admin-login.txt} for the local
 * developer. Several instances starting at once create one administrator: the
 * {@link StartupLock} lets one check and insert at a time.
 */
@Component
@Order(0)
class FirstAdminInitializer implements ApplicationRunner {

	static final String EMBEDDED_ADMIN_EMAIL = "admin@seniorpartnerskab.local";

	private static final Logger log = LoggerFactory.getLogger(FirstAdminInitializer.class);

	private final StaffUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final Environment environment;

	private final StartupLock startupLock;

	private final String adminEmail;

	private final String adminPassword;

	FirstAdminInitializer(StaffUserRepository users, PasswordEncoder passwordEncoder, Environment environment,
			StartupLock startupLock, @Value("${app.admin.email:}") String adminEmail,
			@Value("${app.admin.password:}") String adminPassword) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.environment = environment;
		this.startupLock = startupLock;
		this.adminEmail = adminEmail;
		this.adminPassword = adminPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		startupLock.acquire();
		boolean embedded = EmbeddedDefault.isActive(environment);
		if (users.existsByRoleAndActiveTrue(Role.ADMIN)) {
			if (embedded) {
				log.info("Local admin login: {} (password in {})", EMBEDDED_ADMIN_EMAIL, loginFile().toAbsolutePath());
			}
			return;
		}
		if (StringUtils.hasText(adminEmail) && StringUtils.hasText(adminPassword)) {
			// The password sits in the deployment's settings: it is changed at the first
			// login.
			users.save(StaffUser.withTemporaryPassword(adminEmail, "Administrator",
					passwordEncoder.encode(adminPassword), Role.ADMIN));
			log.info("Created the first administrator from APP_ADMIN_EMAIL (password to be changed at first login)");
		}
		else if (embedded) {
			String password = generatePassword();
			users.save(new StaffUser(EMBEDDED_ADMIN_EMAIL, "Lokal administrator", passwordEncoder.encode(password),
					Role.ADMIN));
			Files.createDirectories(loginFile().getParent());
			Files.writeString(loginFile(), EMBEDDED_ADMIN_EMAIL + "\n" + password + "\n");
			log.info("""

					  Local admin login (embedded default, shown once, also in {}):
					    e-mail:      {}
					    adgangskode: {}
					""", loginFile().toAbsolutePath(), EMBEDDED_ADMIN_EMAIL, password);
		}
		else {
			log.warn("No administrator exists: set APP_ADMIN_EMAIL and APP_ADMIN_PASSWORD to create one");
		}
	}

	private Path loginFile() {
		return Path.of(environment.getProperty("app.embedded-db.directory", "data/postgres"))
			.toAbsolutePath()
			.getParent()
			.resolve("admin-login.txt");
	}

	private static String generatePassword() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
