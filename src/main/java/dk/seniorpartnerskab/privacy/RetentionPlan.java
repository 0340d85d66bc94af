package dk.seniorpartnerskab.privacy;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An edition's retention as staff see it: the planned date of erasure and why it is that
 * date, whether it is near (within a month) and whether it is done.
 */
public record RetentionPlan(long editionId, String editionName, LocalDate courseEnd, int monthsAfterCourse,
		LocalDate plannedDate, LocalDate postponedUntil, String postponeReason, Instant erasedAt, boolean near,
		long version) {

	static RetentionPlan of(long editionId, String editionName, LocalDate courseEnd, EditionRetention retention,
			LocalDate today) {
		return new RetentionPlan(editionId, editionName, courseEnd, retention.getMonthsAfterCourse(),
				retention.plannedDate(courseEnd), retention.getPostponedUntil(), retention.getPostponeReason(),
				retention.getErasedAt(), retention.isNear(courseEnd, today), retention.getVersion());
	}

	public boolean isErased() {
		return erasedAt != null;
	}

	public boolean isPostponed() {
		return postponedUntil != null;
	}

}
