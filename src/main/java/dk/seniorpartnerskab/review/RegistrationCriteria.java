package dk.seniorpartnerskab.review;

import dk.seniorpartnerskab.registration.EffortStatus;
import dk.seniorpartnerskab.registration.RegistrationStatus;
import java.util.List;

/**
 * What the registration list shows: every field null means "all". {@code networkId} 0
 * means "without a network". {@code text} is searched in the municipality's name, the
 * reference and the contact's name and e-mail. {@code sort} is one of {@link #SORTS}.
 */
public record RegistrationCriteria(Long editionId, RegistrationStatus status, Integer regionCode, Long networkId,
		EffortStatus effort, String text, String sort, boolean descending) {

	public static final List<String> SORTS = List.of("received", "municipality", "reference", "status", "network");

	public RegistrationCriteria {
		if (sort == null || !SORTS.contains(sort)) {
			sort = "received";
		}
		if (text != null && text.isBlank()) {
			text = null;
		}
	}

	public RegistrationCriteria withoutStatus() {
		return new RegistrationCriteria(editionId, null, regionCode, networkId, effort, text, sort, descending);
	}

}
