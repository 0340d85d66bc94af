package dk.seniorpartnerskab.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.edition.EditionStatus;
import dk.seniorpartnerskab.edition.EditionRepository;
import dk.seniorpartnerskab.web.Secretariats;
import dk.seniorpartnerskab.staff.Role;
import dk.seniorpartnerskab.staff.StaffUser;
import dk.seniorpartnerskab.staff.StaffUserRepository;

/**
 * Test data builders and a clean slate; a component of every test context (found by the
 * application's component scan on the test classpath), so tests simply autowire it.
 */
@Component
public class TestData {

	/** Reference data and bookkeeping survive {@link #clean()}; everything else goes. */
	private static final List<String> KEEP = List.of("flyway_schema_history", "region", "municipality");

	private final JdbcTemplate jdbc;

	private final EditionRepository editions;

	private final StaffUserRepository staffUsers;

	private final PasswordEncoder passwordEncoder;

	private final TransactionTemplate tx;

	private final Secretariats secretariats;

	public TestData(JdbcTemplate jdbc, EditionRepository editions, StaffUserRepository staffUsers,
			PasswordEncoder passwordEncoder, TransactionTemplate tx, Secretariats secretariats) {
		this.jdbc = jdbc;
		this.editions = editions;
		this.staffUsers = staffUsers;
		this.passwordEncoder = passwordEncoder;
		this.tx = tx;
		this.secretariats = secretariats;
	}

	/**
	 * Waits until the application's pool reaches the database again (after a test took it
	 * away): the pool backs off between failed connection attempts.
	 */
	public void awaitDatabase() {
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.ignoreExceptions()
			.until(() -> jdbc.queryForObject("select 1", Integer.class) == 1);
	}

	/**
	 * Empties every table but the reference data and the mailboxes of the running
	 * GreenMail ({@link TestMail#server()}), so a test starts from nothing, and forgets
	 * what the app keeps of them in memory (the secretariat of the current edition).
	 * <p>
	 * First waits until the scheduled jobs and event listeners in flight (of every test
	 * context) have finished, and holds new runs back until both are empty
	 * ({@link BackgroundWork}). A mail the dispatcher was sending for an earlier test has
	 * then arrived and is purged, or its row is gone: the first mail a test receives is
	 * its own. (GreenMail starts before a test's {@code @BeforeEach}, so it may already
	 * hold such a mail when this runs.)
	 */
	public void clean() {
		BackgroundWork.quiet(() -> {
			var tables = jdbc.queryForList("""
					select tablename from pg_tables where schemaname = current_schema()""", String.class)
				.stream()
				.filter(t -> !KEEP.contains(t.toLowerCase()))
				.map(t -> "\"" + t + "\"")
				.toList();
			if (!tables.isEmpty()) {
				truncate("truncate table " + String.join(", ", tables) + " restart identity cascade");
			}
			TestMail.purgeRunning();
		});
		secretariats.forget();
	}

	/**
	 * Work the gate does not hold back (a request an earlier browser test left running)
	 * may hold a row lock the truncate waits for while it waits for a table the truncate
	 * has locked: PostgreSQL ends one of the two as a deadlock. The truncate then simply
	 * runs again.
	 */
	private void truncate(String sql) {
		for (int attempt = 1;; attempt++) {
			try {
				jdbc.execute(sql);
				return;
			}
			catch (PessimisticLockingFailureException e) {
				if (attempt == 5) {
					throw e;
				}
			}
		}
	}

	/** A published edition open for registration now, with its deadline a month ahead. */
	public Edition openEdition() {
		var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		return edition(now.minus(Duration.ofDays(7)), now.plus(Duration.ofDays(30)), null);
	}

	public Edition edition(Instant opens, Instant closes, Integer maxMunicipalities) {
		String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
		var edition = new Edition("Seniorpartnerskabet test " + slug, slug, "SP27");
		var today = LocalDate.now();
		edition.update(edition.getName(), slug, "SP27", "Introduktion", "Detaljer", opens, closes, today.plusDays(40),
				today.plusDays(400), Edition.DEFAULT_DEVELOPMENT_DAYS, Edition.DEFAULT_DIGITAL_MEETINGS,
				maxMunicipalities, EditionStatus.PUBLISHED);
		return tx.execute(status -> editions.save(edition));
	}

	/** A staff user with this role; the password is {@code password} + "-secret-pw". */
	public StaffUser staff(Role role, String email) {
		return tx.execute(status -> staffUsers
			.save(new StaffUser(email, role.name() + " " + email, passwordEncoder.encode(passwordFor(email)), role)));
	}

	public static String passwordFor(String email) {
		return email + "-secret-pw";
	}

}
