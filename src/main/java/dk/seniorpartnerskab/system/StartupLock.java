package dk.seniorpartnerskab.system;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Serialises start-up seeding (the first administrator, demo data) across instances that
 * start at the same moment against one database: a PostgreSQL advisory lock held until
 * the calling transaction ends. The second instance waits for the first one's commit and
 * then finds the data there, as Flyway does for migrations.
 */
@Component
public class StartupLock {

	/** An arbitrary number naming this lock among the database's advisory locks. */
	static final long KEY = 0x5e_4e_10_5eedL;

	private final JdbcTemplate jdbc;

	StartupLock(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Waits until no other instance is seeding, then holds the lock until the current
	 * transaction commits or rolls back. Call it first in the seeding transaction, before
	 * checking what exists.
	 */
	public void acquire() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("The start-up lock is held by a transaction: call it inside one");
		}
		jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, KEY);
	}

}
