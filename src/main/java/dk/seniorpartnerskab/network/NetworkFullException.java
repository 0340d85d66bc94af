package dk.seniorpartnerskab.network;

/** A municipality cannot join a network that has reached its capacity. */
public class NetworkFullException extends RuntimeException {

	public NetworkFullException(long networkId) {
		super("Network " + networkId + " is full");
	}

}
