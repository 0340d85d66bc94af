package dk.seniorpartnerskab.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The outbox in the metrics ({@code /actuator/prometheus}): mails pending and failed by
 * kind ({@code outbox_mails}), all pending and failed ({@code outbox_pending},
 * {@code outbox_failed}) and the age of the oldest pending mail
 * ({@code outbox_oldest_pending_age_seconds}). Counted in the database every
 * {@code app.metrics.refresh-interval} (30 s), so a scrape never waits for a query. The
 * dispatcher's run time is Spring's scheduled-task timer
 * ({@code tasks_scheduled_execution_seconds{code_function="dispatchScheduled"}}).
 */
@Component
class OutboxMetrics implements MeterBinder {

	private final OutboxState state;

	private volatile MultiGauge byKind;

	private volatile OutboxState.Snapshot snapshot = OutboxState.Snapshot.EMPTY;

	OutboxMetrics(OutboxState state) {
		this.state = state;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.byKind = MultiGauge.builder("outbox.mails")
			.description("Mails in the outbox that are pending or failed, by kind")
			.register(registry);
		Gauge.builder("outbox.pending", this, m -> m.snapshot.pending())
			.description("Mails waiting to be sent")
			.register(registry);
		Gauge.builder("outbox.failed", this, m -> m.snapshot.failed())
			.description("Mails given up on")
			.register(registry);
		Gauge.builder("outbox.oldest.pending.age", this, m -> m.snapshot.oldestPendingAge().toMillis() / 1000.0)
			.description("How long the oldest pending mail has waited")
			.baseUnit("seconds")
			.register(registry);
	}

	@Scheduled(fixedDelayString = "${app.metrics.refresh-interval:30s}")
	void refresh() {
		var now = this.state.snapshot();
		this.snapshot = now;
		if (this.byKind != null) {
			List<MultiGauge.Row<?>> rows = new ArrayList<>();
			Map<String, long[]> sorted = new TreeMap<>(now.byKind());
			sorted.forEach((kind, counts) -> {
				rows.add(MultiGauge.Row.of(Tags.of("kind", kind, "status", "pending"), counts[0]));
				rows.add(MultiGauge.Row.of(Tags.of("kind", kind, "status", "failed"), counts[1]));
			});
			this.byKind.register(rows, true);
		}
	}

}
