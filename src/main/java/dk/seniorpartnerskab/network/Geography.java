package dk.seniorpartnerskab.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import dk.seniorpartnerskab.network.NetworkProposal.Candidate;
import dk.seniorpartnerskab.network.Travel.Position;

/**
 * The geography mode's improvement of a proposal: the same seats per network, lower
 * travel. Works on network indexes as {@link NetworkProposal} does.
 */
final class Geography {

	private static final double EPSILON = 1e-9;

	private Geography() {
	}

	/**
	 * Rewrites {@code placement} (candidate id to network index) for the free placed
	 * candidates so that the sum of pairwise distances within networks is lower, never
	 * higher.
	 */
	static void shorten(List<Candidate> all, List<Candidate> free, Map<Long, Integer> placement, int networks) {
		if (networks < 2 || free.size() < 2) {
			return;
		}
		var placed = all.stream().filter(c -> placement.containsKey(c.id())).toList();
		int count = placed.size();
		var position = new Position[count];
		var movable = new boolean[count];
		var freeIds = new HashSet<Long>();
		free.forEach(c -> freeIds.add(c.id()));
		for (int i = 0; i < count; i++) {
			var c = placed.get(i);
			position[i] = new Position(c.latitude(), c.longitude());
			movable[i] = freeIds.contains(c.id());
		}
		double[][] distance = new double[count][count];
		for (int i = 0; i < count; i++) {
			for (int j = i + 1; j < count; j++) {
				distance[i][j] = distance[j][i] = Travel.distanceKm(position[i], position[j]);
			}
		}

		int[] fromSpread = new int[count];
		for (int i = 0; i < count; i++) {
			fromSpread[i] = placement.get(placed.get(i).id());
		}
		int[] byAxis = cutAlongAxis(fromSpread, movable, position, networks);

		double spreadTravel = improve(fromSpread, movable, distance, networks);
		double axisTravel = improve(byAxis, movable, distance, networks);
		int[] best = axisTravel < spreadTravel - EPSILON ? byAxis : fromSpread;
		for (int i = 0; i < count; i++) {
			placement.put(placed.get(i).id(), best[i]);
		}
	}

	/**
	 * A second start: the free candidates sorted along the axis on which the map is
	 * longest, handed out in that order to the networks' free seats (network by network).
	 */
	private static int[] cutAlongAxis(int[] start, boolean[] movable, Position[] position, int networks) {
		int count = start.length;
		int[] freeSeats = new int[networks];
		var order = new ArrayList<Integer>();
		double minLat = Double.MAX_VALUE, maxLat = -Double.MAX_VALUE, minLon = Double.MAX_VALUE,
				maxLon = -Double.MAX_VALUE;
		for (int i = 0; i < count; i++) {
			if (movable[i]) {
				freeSeats[start[i]]++;
				order.add(i);
				if (position[i].isKnown()) {
					minLat = Math.min(minLat, position[i].latitude());
					maxLat = Math.max(maxLat, position[i].latitude());
					minLon = Math.min(minLon, position[i].longitude());
					maxLon = Math.max(maxLon, position[i].longitude());
				}
			}
		}
		// A degree of longitude is about 0.56 of a degree of latitude in Denmark.
		boolean northSouth = (maxLat - minLat) >= (maxLon - minLon) * 0.56;
		Comparator<Integer> along = Comparator.comparingDouble(i -> {
			var p = position[i];
			return p.isKnown() ? (northSouth ? p.latitude() : p.longitude()) : 0;
		});
		order.sort(along.thenComparingInt(i -> i));
		int[] result = start.clone();
		int network = 0;
		for (int i : order) {
			while (freeSeats[network] == 0) {
				network++;
			}
			result[i] = network;
			freeSeats[network]--;
		}
		return result;
	}

	/**
	 * Swaps pairs of free candidates between networks while that lowers the sum of
	 * pairwise distances within networks; returns the final sum.
	 */
	private static double improve(int[] at, boolean[] movable, double[][] distance, int networks) {
		int count = at.length;
		// sumTo[i][p]: distance from i to all members of network p
		double[][] sumTo = new double[count][networks];
		for (int i = 0; i < count; i++) {
			for (int j = 0; j < count; j++) {
				sumTo[i][at[j]] += distance[i][j];
			}
		}
		boolean improved = true;
		int rounds = 0;
		while (improved && rounds++ < 1000) {
			improved = false;
			for (int x = 0; x < count; x++) {
				if (!movable[x]) {
					continue;
				}
				for (int y = x + 1; y < count; y++) {
					int p = at[x];
					int q = at[y];
					if (!movable[y] || p == q) {
						continue;
					}
					double delta = (sumTo[x][q] - distance[x][y]) + (sumTo[y][p] - distance[x][y]) - sumTo[x][p]
							- sumTo[y][q];
					if (delta < -EPSILON) {
						for (int k = 0; k < count; k++) {
							sumTo[k][p] += distance[k][y] - distance[k][x];
							sumTo[k][q] += distance[k][x] - distance[k][y];
						}
						at[x] = q;
						at[y] = p;
						improved = true;
					}
				}
			}
		}
		double total = 0;
		for (int i = 0; i < count; i++) {
			total += sumTo[i][at[i]];
		}
		return total / 2;
	}

}
