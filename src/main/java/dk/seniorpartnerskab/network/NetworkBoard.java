package dk.seniorpartnerskab.network;

import java.util.List;
import java.util.Map;

import dk.seniorpartnerskab.registration.EffortStatus;

/**
 * The assignment board of an edition: approved municipalities not yet in a network, and
 * each network with its members and figures.
 */
public record NetworkBoard(List<Member> unassigned, List<Column> networks) {

	/** An approved registration on the board. */
	public record Member(long registrationId, String reference, String municipality, int regionCode, String region,
			EffortStatus effort, Long networkId, boolean pinned, long version, double latitude, double longitude) {

		public boolean isStarted() {
			return effort == EffortStatus.STARTED;
		}

	}

	/**
	 * A network with its members, their regions (name to count) and how many are under
	 * way or decided.
	 */
	public record Column(Network network, List<Member> members, Map<String, Long> regions, long started, long decided) {

		public int count() {
			return members.size();
		}

		public boolean isFull() {
			return members.size() >= network.getCapacity();
		}

	}

}
