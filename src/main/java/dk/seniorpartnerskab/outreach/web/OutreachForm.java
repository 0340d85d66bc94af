package dk.seniorpartnerskab.outreach.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dk.seniorpartnerskab.directory.ContactRole;
import dk.seniorpartnerskab.outreach.Audience;
import dk.seniorpartnerskab.outreach.Draft;
import dk.seniorpartnerskab.outreach.StartingPoint;

/**
 * A message as staff write it; {@code confirmedCount} is the number of recipients the
 * confirmation showed, {@code daysBefore} the deadline reminder's days.
 */
record OutreachForm(@NotNull StartingPoint startingPoint, @NotNull Audience audience, Integer regionCode,
		ContactRole role, @NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 20000) String body,
		@Min(1) @Max(90) Integer daysBefore, Integer confirmedCount) {

	static OutreachForm of(Draft draft) {
		return new OutreachForm(draft.startingPoint(), draft.audience(), draft.regionCode(), draft.role(),
				draft.subject(), draft.body(), draft.startingPoint() == StartingPoint.DEADLINE_REMINDER ? 7 : null,
				null);
	}

	Draft draft() {
		return new Draft(startingPoint, audience, regionCode, role, subject, body);
	}

}
