package dk.seniorpartnerskab.scheduling;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminders claimed so far ({@code reminders_claimed_total{kind=...}}): the claim rows
 * the reminder job writes before each reminder mail, counted every
 * {@code app.metrics.refresh-interval}. The job's run time is Spring's scheduled-task
 * timer ({@code tasks_scheduled_execution_seconds{code_function="sendScheduled"}}).
 */
@Component
class ReminderMetrics implements MeterBinder {

	private final JdbcClient jdbc;

	private final long[] claimed = new long[ReminderKind.values().length];

	ReminderMetrics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (ReminderKind kind : ReminderKind.values()) {
			FunctionCounter.builder("reminders.claimed", this, m -> m.claimed[kind.ordinal()])
				.description("Reminders claimed (and so written to the outbox)")
				.tag("kind", kind.name())
				.register(registry);
		}
	}

	@Scheduled(fixedDelayString = "${app.metrics.refresh-interval:30s}")
	void refresh() {
		long[] counts = new long[this.claimed.length];
		this.jdbc.sql("select kind, count(*) from invitation_reminder group by kind")
			.query((RowCallbackHandler) rs -> counts[ReminderKind.valueOf(rs.getString(1)).ordinal()] = rs.getLong(2));
		System.arraycopy(counts, 0, this.claimed, 0, counts.length);
	}

}
