package dk.seniorpartnerskab.coverage;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.seniorpartnerskab.edition.EditionManagement;
import dk.seniorpartnerskab.web.Copenhagen;
import dk.seniorpartnerskab.web.DashboardFigure;
import dk.seniorpartnerskab.web.DashboardFigures;

/**
 * The figures that matter first on the admin start page: days to the deadline (while it
 * is ahead), municipalities registered so far, and the previous edition's count at the
 * same distance from its deadline.
 */
@Component
class CoverageDashboard implements DashboardFigures {

	private final EditionManagement editions;

	private final CoverageReport report;

	private final Clock clock;

	CoverageDashboard(EditionManagement editions, CoverageReport report, Clock clock) {
		this.editions = editions;
		this.report = report;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DashboardFigure> figures() {
		return editions.current().map(edition -> {
			var figures = new ArrayList<DashboardFigure>();
			var today = Copenhagen.at(clock.instant()).toLocalDate();
			var deadline = Copenhagen.at(edition.getRegistrationCloses()).toLocalDate();
			if (!deadline.isBefore(today)) {
				figures.add(new DashboardFigure("coverage.dashboard.daysLeft", ChronoUnit.DAYS.between(today, deadline),
						"/admin/daekning", false, 1));
			}
			long[] counts = report.soFarAndPreviousAtSameDay(edition);
			figures.add(new DashboardFigure("coverage.dashboard.registered", counts[0], "/admin/daekning", false, 2));
			if (counts.length > 1) {
				figures.add(new DashboardFigure("coverage.dashboard.previousSameDay", counts[1], "/admin/daekning",
						counts[1] > counts[0], 3));
			}
			return List.<DashboardFigure>copyOf(figures);
		}).orElse(List.of());
	}

}
