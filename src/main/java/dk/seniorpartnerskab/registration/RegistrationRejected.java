package dk.seniorpartnerskab.registration;

/**
 * Staff rejected a registration; it left its network, if any, and takes part in nothing
 * any more.
 */
public record RegistrationRejected(long registrationId, long editionId, int municipalityCode) {

}
