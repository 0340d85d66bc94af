package dk.seniorpartnerskab.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far a network's municipalities are from each other: the longest distance between
 * two of them and the sum of the distances between every two of them (what the network
 * travels if each member hosts a day once and everyone comes), in kilometres as the crow
 * flies between the municipalities' approximate centres.
 */
public record Travel(double longestKm, double pairSumKm, int members) {

	private static final double EARTH_RADIUS_KM = 6371.0;

	/** A position in degrees (WGS84). */
	public record Position(double latitude, double longitude) {

		public boolean isKnown() {
			return !Double.isNaN(latitude) && !Double.isNaN(longitude);
		}

	}

	/** Great-circle distance (haversine); 0 when either position is unknown. */
	public static double distanceKm(Position a, Position b) {
		if (!a.isKnown() || !b.isKnown()) {
			return 0;
		}
		double dLat = Math.toRadians(b.latitude() - a.latitude());
		double dLon = Math.toRadians(b.longitude() - a.longitude());
		double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(a.latitude()))
				* Math.cos(Math.toRadians(b.latitude())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
	}

	public static Travel of(Collection<Position> positions) {
		var list = new ArrayList<>(positions);
		double longest = 0;
		double sum = 0;
		for (int i = 0; i < list.size(); i++) {
			for (int j = i + 1; j < list.size(); j++) {
				double d = distanceKm(list.get(i), list.get(j));
				longest = Math.max(longest, d);
				sum += d;
			}
		}
		return new Travel(longest, sum, list.size());
	}

	/** Average distance between two members; 0 for fewer than two. */
	public double averageKm() {
		int pairs = members * (members - 1) / 2;
		return pairs == 0 ? 0 : pairSumKm / pairs;
	}

	/**
	 * The travel of each network in a proposal, by network id, from the candidates'
	 * positions.
	 */
	public static Map<Long, Travel> perNetwork(Collection<NetworkProposal.Candidate> candidates,
			Map<Long, Long> networkOf) {
		var grouped = new HashMap<Long, List<Position>>();
		for (var c : candidates) {
			Long network = networkOf.get(c.id());
			if (network != null) {
				grouped.computeIfAbsent(network, k -> new ArrayList<>()).add(new Position(c.latitude(), c.longitude()));
			}
		}
		var travel = new HashMap<Long, Travel>();
		grouped.forEach((network, positions) -> travel.put(network, of(positions)));
		return travel;
	}

	/** The sum of every network's {@link #pairSumKm}: what {@code GEOGRAPHY} lowers. */
	public static double total(Collection<NetworkProposal.Candidate> candidates, Map<Long, Long> networkOf) {
		return perNetwork(candidates, networkOf).values().stream().mapToDouble(Travel::pairSumKm).sum();
	}

}
