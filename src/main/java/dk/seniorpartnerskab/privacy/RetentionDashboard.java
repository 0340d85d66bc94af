package dk.seniorpartnerskab.privacy;

import java.util.List;

import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.web.DashboardFigure;
import dk.seniorpartnerskab.web.DashboardFigures;

/**
 * The warning a month ahead: editions whose personal data is erased within a month, on
 * the admin start page (only when there are any).
 */
@Component
class RetentionDashboard implements DashboardFigures {

	private final Retention retention;

	RetentionDashboard(Retention retention) {
		this.retention = retention;
	}

	@Override
	public List<DashboardFigure> figures() {
		long near = retention.plans().stream().filter(p -> p.near() && !p.isErased()).count();
		return near == 0 ? List.of()
				: List.of(new DashboardFigure("privacy.dashboard.near", near, "/admin/privatliv", true, 95));
	}

}
