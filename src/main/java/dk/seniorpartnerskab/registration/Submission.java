package dk.seniorpartnerskab.registration;

/**
 * The outcome of submitting the form. {@code repeated} is true when the same form (same
 * submission token) had already created this registration, e.g. after a double click.
 */
public record Submission(long registrationId, String reference, RegistrationStatus status, boolean repeated) {

}
