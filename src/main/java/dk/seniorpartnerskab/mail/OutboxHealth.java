package dk.seniorpartnerskab.mail;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.web.DashboardFigure;
import dk.seniorpartnerskab.web.DashboardFigures;

/**
 * "Degraded" when the oldest pending mail has waited more than an hour: mail is late
 * (SMTP down, or a dispatcher that stopped), the app still works. Readiness-neutral: the
 * readiness probe leaves it out, so a mail outage never takes the app out of a load
 * balancer. Shown to staff on the admin start page.
 */
@Component("outbox")
class OutboxHealth implements HealthIndicator, DashboardFigures {

	/** Ordered between DOWN and UP (management.endpoint.health.status.order). */
	static final Status DEGRADED = new Status("DEGRADED", "The oldest pending mail has waited more than an hour");

	static final Duration LATE = Duration.ofHours(1);

	private final OutboxState state;

	OutboxHealth(OutboxState state) {
		this.state = state;
	}

	@Override
	public Health health() {
		var age = this.state.oldestPendingAge();
		return (age.compareTo(LATE) > 0 ? Health.status(DEGRADED) : Health.up())
			.withDetail("oldestPendingAgeSeconds", age.toSeconds())
			.build();
	}

	@Override
	public List<DashboardFigure> figures() {
		var age = this.state.oldestPendingAge();
		return List.of(new DashboardFigure("mail.dashboard.oldestPendingMinutes", age.toMinutes(),
				"/admin/mail?status=PENDING", age.compareTo(LATE) > 0, 92));
	}

}
