package dk.seniorpartnerskab.review;

/**
 * What a reviewer judges before a decision; the names are the codes stored in
 * {@code review_checklist_tick.item} (its check constraint lists them).
 */
public enum ChecklistItem {

	/** The municipality has started or decided on a senior effort. */
	EFFORT,

	/** The collaboration between management and employees is documented. */
	COLLABORATION,

	/** Both parties, management and employees, are among the participants. */
	BOTH_PARTIES

}
