package dk.seniorpartnerskab.outreach;

/**
 * Whom a message goes to: every contact, those of municipalities not registered (or
 * registered) in the edition, of one region, or with one role.
 */
public enum Audience {

	ALL, NOT_REGISTERED, REGISTERED, REGION, ROLE

}
