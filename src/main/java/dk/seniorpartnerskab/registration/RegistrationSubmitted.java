package dk.seniorpartnerskab.registration;

/** A municipality has registered for an edition (status RECEIVED or WAITING_LIST). */
public record RegistrationSubmitted(long registrationId, long editionId, int municipalityCode) {

}
