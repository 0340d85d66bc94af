package dk.seniorpartnerskab.outreach;

import dk.seniorpartnerskab.directory.ContactRole;

/**
 * A message as staff write it. {@code regionCode} is needed for REGION, {@code role} for
 * ROLE. Subject and body may hold the placeholders {@code [kommune]} and {@code [navn]};
 * the body is Markdown.
 */
public record Draft(StartingPoint startingPoint, Audience audience, Integer regionCode, ContactRole role,
		String subject, String body) {

	public static final String MUNICIPALITY = "[kommune]";

	public static final String NAME = "[navn]";

}
