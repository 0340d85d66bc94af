package dk.seniorpartnerskab.registration;

/**
 * A registration was withdrawn (by the contact or staff); it left its network, if any,
 * and its municipality's place is free again.
 */
public record RegistrationWithdrawn(long registrationId, long editionId, int municipalityCode) {

}
