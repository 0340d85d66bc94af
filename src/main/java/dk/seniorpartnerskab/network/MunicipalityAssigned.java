package dk.seniorpartnerskab.network;

/**
 * A municipality's registration was put into a network, moved to another, or taken out of
 * one ({@code toNetworkId} null). {@code fromNetworkId} is null when it had no network
 * before.
 */
public record MunicipalityAssigned(long registrationId, Long fromNetworkId, Long toNetworkId) {

}
