package dk.seniorpartnerskab.review;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.seniorpartnerskab.edition.EditionManagement;
import dk.seniorpartnerskab.registration.RegistrationStatus;
import dk.seniorpartnerskab.registration.RegistrationRepository;
import dk.seniorpartnerskab.web.DashboardFigure;
import dk.seniorpartnerskab.web.DashboardFigures;

/**
 * Registrations awaiting a decision and the waiting list of the current edition, on the
 * admin start page.
 */
@Component
class ReviewDashboard implements DashboardFigures {

	private final EditionManagement editions;

	private final RegistrationRepository registrations;

	ReviewDashboard(EditionManagement editions, RegistrationRepository registrations) {
		this.editions = editions;
		this.registrations = registrations;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DashboardFigure> figures() {
		return editions.current().map(edition -> {
			long received = registrations
				.findByEditionIdAndStatusOrderBySubmittedAt(edition.getId(), RegistrationStatus.RECEIVED)
				.size();
			long waiting = registrations
				.findByEditionIdAndStatusOrderBySubmittedAt(edition.getId(), RegistrationStatus.WAITING_LIST)
				.size();
			return List.of(
					new DashboardFigure("review.dashboard.received", received, "/admin/tilmeldinger?status=RECEIVED",
							received > 0, 10),
					new DashboardFigure("review.dashboard.waiting", waiting, "/admin/tilmeldinger/venteliste", false,
							11));
		}).orElse(List.of());
	}

}
