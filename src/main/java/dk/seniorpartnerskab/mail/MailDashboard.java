package dk.seniorpartnerskab.mail;

import java.util.List;

import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.web.DashboardFigure;
import dk.seniorpartnerskab.web.DashboardFigures;

/** Pending and failed mail on the admin start page. */
@Component
class MailDashboard implements DashboardFigures {

	private final OutgoingMailRepository mails;

	MailDashboard(OutgoingMailRepository mails) {
		this.mails = mails;
	}

	@Override
	public List<DashboardFigure> figures() {
		long failed = mails.countByStatus(MailStatus.FAILED);
		return List.of(
				new DashboardFigure("mail.dashboard.pending", mails.countByStatus(MailStatus.PENDING),
						"/admin/mail?status=PENDING", false, 90),
				new DashboardFigure("mail.dashboard.failed", failed, "/admin/mail?status=FAILED", failed > 0, 91));
	}

}
