package dk.seniorpartnerskab.registration;

/**
 * Staff moved a received or approved registration to the waiting list; it left its
 * network, if any, and takes part in nothing until it is approved again.
 */
public record RegistrationMovedToWaitingList(long registrationId, long editionId, int municipalityCode) {

}
