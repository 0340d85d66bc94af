package dk.seniorpartnerskab.privacy;

import java.util.List;

import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.edition.EditionRemark;
import dk.seniorpartnerskab.edition.EditionRemarks;
import dk.seniorpartnerskab.web.Copenhagen;

/**
 * The planned date of erasure on the edition pages, as a warning from a month before,
 * linking to where ADMIN can postpone it.
 */
@Component
class RetentionRemarks implements EditionRemarks {

	private final Retention retention;

	RetentionRemarks(Retention retention) {
		this.retention = retention;
	}

	@Override
	public List<EditionRemark> remarksFor(Edition edition) {
		var plan = retention.plan(edition);
		String link = "/admin/privatliv/forloeb/" + edition.getId();
		if (plan.isErased()) {
			return List.of(new EditionRemark("privacy.remark.erased", List.of(Copenhagen.formatDate(plan.erasedAt())),
					false, link));
		}
		return List.of(new EditionRemark(plan.near() ? "privacy.remark.near" : "privacy.remark.planned",
				List.of(Copenhagen.formatDate(plan.plannedDate())), plan.near(), link));
	}

}
