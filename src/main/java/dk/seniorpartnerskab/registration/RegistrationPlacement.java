package dk.seniorpartnerskab.registration;

/**
 * What placing a registration in a network needs of it, without its texts and
 * collections: the network board reads this for every approved registration on every
 * view, where whole registrations (their descriptions up to 8,000 characters) were an
 * eighth of the board's memory a view (README: Speed, fix 26).
 */
public record RegistrationPlacement(long id, String reference, int municipalityCode, EffortStatus effortStatus,
		Long networkId, long version) {

}
