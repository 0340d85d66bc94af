package dk.seniorpartnerskab.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How the outbox stands: one query for the metrics, the health and the start page. */
@Component
class OutboxState {

	private final JdbcClient jdbc;

	private final Clock clock;

	OutboxState(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Pending and failed mails by kind, and the time the oldest pending mail was written.
	 */
	record Snapshot(Map<String, long[]> byKind, long pending, long failed, Duration oldestPendingAge) {

		static final Snapshot EMPTY = new Snapshot(Map.of(), 0, 0, Duration.ZERO);

	}

	Snapshot snapshot() {
		Map<String, long[]> byKind = new HashMap<>();
		long[] totals = new long[2];
		this.jdbc.sql("""
				select kind, status, count(*) from outgoing_mail
				where status in ('PENDING', 'FAILED') group by kind, status""").query(rs -> {
			int index = "PENDING".equals(rs.getString(2)) ? 0 : 1;
			long count = rs.getLong(3);
			byKind.computeIfAbsent(rs.getString(1), k -> new long[2])[index] = count;
			totals[index] += count;
		});
		return new Snapshot(byKind, totals[0], totals[1], oldestPendingAge());
	}

	/** Zero when nothing is pending. */
	Duration oldestPendingAge() {
		var oldest = this.jdbc.sql("select min(created_at) from outgoing_mail where status = 'PENDING'")
			.query(OffsetDateTime.class)
			.optional();
		if (oldest.isEmpty()) {
			return Duration.ZERO;
		}
		Instant now = this.clock.instant();
		var age = Duration.between(oldest.get().toInstant(), now);
		return age.isNegative() ? Duration.ZERO : age;
	}

}
