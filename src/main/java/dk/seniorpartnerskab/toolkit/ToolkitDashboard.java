package dk.seniorpartnerskab.toolkit;

import java.util.List;

import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.web.DashboardFigure;
import dk.seniorpartnerskab.web.DashboardFigures;

/** Toolkit downloads on the admin start page. */
@Component
class ToolkitDashboard implements DashboardFigures {

	private final ToolkitRepository toolkits;

	ToolkitDashboard(ToolkitRepository toolkits) {
		this.toolkits = toolkits;
	}

	@Override
	public List<DashboardFigure> figures() {
		return List.of(new DashboardFigure("toolkit.dashboard.downloads", toolkits.totalDownloads(),
				"/admin/vaerktoejer", false, 70));
	}

}
