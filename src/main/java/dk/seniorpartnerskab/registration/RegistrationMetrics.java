package dk.seniorpartnerskab.registration;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Registrations per status in the metrics ({@code registrations{status=...}}, all
 * editions together), counted every {@code app.metrics.refresh-interval}.
 */
@Component
class RegistrationMetrics implements MeterBinder {

	private final JdbcClient jdbc;

	private volatile MultiGauge byStatus;

	RegistrationMetrics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.byStatus = MultiGauge.builder("registrations").description("Registrations by status").register(registry);
	}

	@Scheduled(fixedDelayString = "${app.metrics.refresh-interval:30s}")
	void refresh() {
		Map<RegistrationStatus, Long> counts = new EnumMap<>(RegistrationStatus.class);
		for (RegistrationStatus status : RegistrationStatus.values()) {
			counts.put(status, 0L);
		}
		this.jdbc.sql("select status, count(*) from registration group by status")
			.query((RowCallbackHandler) rs -> counts.put(RegistrationStatus.valueOf(rs.getString(1)), rs.getLong(2)));
		if (this.byStatus != null) {
			List<MultiGauge.Row<?>> rows = new ArrayList<>();
			counts.forEach((status, count) -> rows.add(MultiGauge.Row.of(Tags.of("status", status.name()), count)));
			this.byStatus.register(rows, true);
		}
	}

}
