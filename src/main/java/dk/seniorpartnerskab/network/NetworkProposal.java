package dk.seniorpartnerskab.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Proposes how to split the approved municipalities of an edition into its networks. A
 * pure function: no Spring, no database, the same input (in any order) always gives the
 * same proposal.
 *
 * <h2>Goals, in order of priority</h2>
 * <ol>
 * <li>Municipalities pinned by staff stay in their network.</li>
 * <li>Sizes are balanced: they differ by at most one, unless a capacity or the pinned
 * municipalities make that impossible; no network gets more than its capacity from the
 * proposal.</li>
 * <li>Each network's regions are as spread as possible: for every region, the networks'
 * counts of that region differ by as little as possible (at most one when nothing is
 * pinned).</li>
 * <li>Experienced municipalities (effort "i gang") and new ones ("besluttet") are mixed:
 * the networks' counts of experienced municipalities differ as little as possible.</li>
 * <li>Among equally good splits, as few municipalities as possible move from the network
 * they are in.</li>
 * </ol>
 *
 * <h2>Method</h2>
 * <ol>
 * <li><b>Normalise.</b> Networks and municipalities are sorted by id, so input order
 * never matters.</li>
 * <li><b>Target sizes by water-filling.</b> Each network starts at its number of pinned
 * municipalities; one seat at a time is added to the smallest network that still has
 * capacity (ties: lowest id) until every free municipality has a seat or no capacity is
 * left. Municipalities without a seat are reported as unplaced.</li>
 * <li><b>Greedy start.</b> Free municipalities are taken largest region first (then
 * region code, experienced first, id) and each goes to the network with room that has the
 * fewest of its region, then the fewest of its kind (experienced or new), then the most
 * free seats, then its current network, then the lowest id.</li>
 * <li><b>Improvement by swaps.</b> The split is scored by
 * {@code R * sum(regionCount^2) + E * sum(kindCount^2) + moves}, summed over networks,
 * with weights so large that a better region spread always beats a better mix, which
 * always beats fewer moves. Swapping two free municipalities between networks keeps every
 * size; swaps that lower the score are made, in a fixed order, until none is left. A sum
 * of squares is lowest when counts are as even as possible, and when one region's counts
 * differ by two or more between two networks of (almost) equal size, a swap that lowers
 * the score always exists, so the result spreads each region to within one when nothing
 * is pinned.</li>
 * </ol>
 * The work is at most a few thousand swap checks per round for the 98 municipalities, so
 * it runs in milliseconds.
 */
public final class NetworkProposal {

	private static final long REGION_WEIGHT = 1_000_000L;

	private static final long KIND_WEIGHT = 1_000L;

	private static final long MOVE_WEIGHT = 1L;

	private NetworkProposal() {
	}

	/**
	 * A municipality to place: {@code id} (the registration's id), its region, whether
	 * its effort is under way ("i gang") rather than decided ("besluttet"), the network
	 * it is in now (or null) and whether staff pinned it there.
	 */
	public record Candidate(long id, int region, boolean experienced, Long currentNetworkId, boolean pinned,
			double latitude, double longitude) {

		/** A candidate without a known position (the spread mode needs none). */
		public Candidate(long id, int region, boolean experienced, Long currentNetworkId, boolean pinned) {
			this(id, region, experienced, currentNetworkId, pinned, Double.NaN, Double.NaN);
		}

	}

	/**
	 * What the proposal aims for beyond balanced sizes: regions spread over the networks
	 * (the first edition's way), or short travel (development days are physical).
	 */
	public enum Mode {

		SPREAD_REGIONS, GEOGRAPHY

	}

	/** A network that can take municipalities, up to {@code capacity}. */
	public record Seats(long networkId, int capacity) {
	}

	/**
	 * One municipality's place in the proposal; {@code from} is null when it had no
	 * network.
	 */
	public record Move(long candidateId, Long from, long to) {
	}

	/**
	 * The proposal: every placed candidate's network, those that did not fit anywhere,
	 * and the moves compared to the current assignment.
	 */
	public record Result(Map<Long, Long> networkOf, List<Long> unplaced, List<Move> moves) {

		public Result {
			networkOf = Map.copyOf(networkOf);
			unplaced = List.copyOf(unplaced);
			moves = List.copyOf(moves);
		}

		public boolean isMoved(long candidateId) {
			return moves.stream().anyMatch(move -> move.candidateId() == candidateId);
		}

	}

	public static Result propose(Collection<Candidate> candidates, Collection<Seats> networks) {
		return propose(candidates, networks, Mode.SPREAD_REGIONS);
	}

	/**
	 * The proposal in the chosen mode. {@link Mode#GEOGRAPHY} keeps the sizes, the pinned
	 * municipalities and the unplaced ones of the spread proposal and then lowers the
	 * networks' {@link #totalTravel total travel}: by swapping pairs from the spread
	 * proposal, and from a start that cuts the map along its longest axis, keeping the
	 * better. Starting from the spread proposal and only ever lowering travel, it never
	 * travels more than the spread proposal does.
	 */
	public static Result propose(Collection<Candidate> candidates, Collection<Seats> networks, Mode mode) {
		var slots = networks.stream().sorted(Comparator.comparingLong(Seats::networkId)).toList();
		var all = candidates.stream().sorted(Comparator.comparingLong(Candidate::id)).toList();
		int n = slots.size();
		var index = new HashMap<Long, Integer>();
		for (int i = 0; i < n; i++) {
			index.put(slots.get(i).networkId(), i);
		}
		var regions = all.stream().map(Candidate::region).distinct().sorted().toList();
		var regionIndex = new HashMap<Integer, Integer>();
		for (int i = 0; i < regions.size(); i++) {
			regionIndex.put(regions.get(i), i);
		}
		var state = new State(n, regions.size());
		var free = new ArrayList<Candidate>();
		var placement = new LinkedHashMap<Long, Integer>();
		for (Candidate c : all) {
			Integer pinnedAt = c.pinned() && c.currentNetworkId() != null ? index.get(c.currentNetworkId()) : null;
			if (pinnedAt != null) {
				state.add(pinnedAt, regionIndex.get(c.region()), c.experienced());
				placement.put(c.id(), pinnedAt);
			}
			else {
				free.add(c);
			}
		}

		int[] target = targets(slots, state.size, free.size());

		var regionSize = new HashMap<Integer, Long>();
		free.forEach(c -> regionSize.merge(c.region(), 1L, Long::sum));
		free.sort(Comparator.<Candidate>comparingLong(c -> -regionSize.get(c.region()))
			.thenComparingInt(Candidate::region)
			.thenComparing(c -> !c.experienced())
			.thenComparingLong(Candidate::id));

		var unplaced = new ArrayList<Long>();
		var placedFree = new ArrayList<Candidate>();
		for (Candidate c : free) {
			int r = regionIndex.get(c.region());
			Integer current = c.currentNetworkId() == null ? null : index.get(c.currentNetworkId());
			int best = -1;
			for (int i = 0; i < n; i++) {
				if (state.size[i] >= target[i]) {
					continue;
				}
				if (best < 0 || better(state, target, r, c.experienced(), current, i, best)) {
					best = i;
				}
			}
			if (best < 0) {
				unplaced.add(c.id());
				continue;
			}
			state.add(best, r, c.experienced());
			placement.put(c.id(), best);
			placedFree.add(c);
		}

		improveBySwaps(placedFree, placement, state, regionIndex, index);
		if (mode == Mode.GEOGRAPHY) {
			Geography.shorten(all, placedFree, placement, n);
		}

		var networkOf = new LinkedHashMap<Long, Long>();
		var moves = new ArrayList<Move>();
		for (Candidate c : all) {
			Integer at = placement.get(c.id());
			if (at == null) {
				continue;
			}
			long network = slots.get(at).networkId();
			networkOf.put(c.id(), network);
			if (!Objects.equals(c.currentNetworkId(), network)) {
				moves.add(new Move(c.id(), c.currentNetworkId(), network));
			}
		}
		unplaced.sort(Comparator.naturalOrder());
		return new Result(networkOf, unplaced, moves);
	}

	/** Water-filling: the smallest network with capacity left gets the next seat. */
	private static int[] targets(List<Seats> slots, int[] pinned, int free) {
		int[] target = pinned.clone();
		for (int seat = 0; seat < free; seat++) {
			int smallest = -1;
			for (int i = 0; i < slots.size(); i++) {
				if (target[i] < slots.get(i).capacity() && (smallest < 0 || target[i] < target[smallest])) {
					smallest = i;
				}
			}
			if (smallest < 0) {
				break;
			}
			target[smallest]++;
		}
		return target;
	}

	private static boolean better(State s, int[] target, int region, boolean experienced, Integer current, int a,
			int b) {
		int byRegion = Integer.compare(s.region[a][region], s.region[b][region]);
		if (byRegion != 0) {
			return byRegion < 0;
		}
		int byKind = Integer.compare(s.kind(a, experienced), s.kind(b, experienced));
		if (byKind != 0) {
			return byKind < 0;
		}
		int byRoom = Integer.compare(target[b] - s.size[b], target[a] - s.size[a]);
		if (byRoom != 0) {
			return byRoom < 0;
		}
		boolean aCurrent = current != null && current == a;
		boolean bCurrent = current != null && current == b;
		if (aCurrent != bCurrent) {
			return aCurrent;
		}
		return a < b;
	}

	private static void improveBySwaps(List<Candidate> movable, Map<Long, Integer> placement, State s,
			Map<Integer, Integer> regionIndex, Map<Long, Integer> index) {
		var ordered = movable.stream().sorted(Comparator.comparingLong(Candidate::id)).toList();
		int count = ordered.size();
		int[] region = new int[count];
		boolean[] experienced = new boolean[count];
		int[] current = new int[count];
		int[] at = new int[count];
		for (int i = 0; i < count; i++) {
			var c = ordered.get(i);
			region[i] = regionIndex.get(c.region());
			experienced[i] = c.experienced();
			Integer cur = c.currentNetworkId() == null ? null : index.get(c.currentNetworkId());
			current[i] = cur == null ? -1 : cur;
			at[i] = placement.get(c.id());
		}
		boolean improved = true;
		while (improved) {
			improved = false;
			for (int i = 0; i < count; i++) {
				for (int j = i + 1; j < count; j++) {
					int p = at[i];
					int q = at[j];
					if (p == q) {
						continue;
					}
					long delta = swapDelta(s, region[i], experienced[i], p, region[j], experienced[j], q)
							+ MOVE_WEIGHT * (moved(current[i], q) - moved(current[i], p) + moved(current[j], p)
									- moved(current[j], q));
					if (delta < 0) {
						s.remove(p, region[i], experienced[i]);
						s.remove(q, region[j], experienced[j]);
						s.add(q, region[i], experienced[i]);
						s.add(p, region[j], experienced[j]);
						at[i] = q;
						at[j] = p;
						improved = true;
					}
				}
			}
		}
		for (int i = 0; i < count; i++) {
			placement.put(ordered.get(i).id(), at[i]);
		}
	}

	private static int moved(int current, int network) {
		return current >= 0 && current != network ? 1 : 0;
	}

	/**
	 * Change of the score when x (region rx, in network p) and y (region ry, in network
	 * q) swap.
	 */
	private static long swapDelta(State s, int rx, boolean ex, int p, int ry, boolean ey, int q) {
		long delta = 0;
		if (rx != ry) {
			// x leaves p for q, y leaves q for p: (a-1)^2 - a^2 = 1 - 2a, (b+1)^2 - b^2 =
			// 2b + 1
			delta += REGION_WEIGHT * ((1 - 2L * s.region[p][rx]) + (2L * s.region[q][rx] + 1)
					+ (1 - 2L * s.region[q][ry]) + (2L * s.region[p][ry] + 1));
		}
		if (ex != ey) {
			delta += KIND_WEIGHT * ((1 - 2L * s.kind(p, ex)) + (2L * s.kind(q, ex) + 1) + (1 - 2L * s.kind(q, ey))
					+ (2L * s.kind(p, ey) + 1));
		}
		return delta;
	}

	/** Counts per network: size, per region, experienced. */
	private static final class State {

		final int[] size;

		final int[][] region;

		final int[] experienced;

		State(int networks, int regions) {
			size = new int[networks];
			region = new int[networks][regions];
			experienced = new int[networks];
		}

		int kind(int network, boolean isExperienced) {
			return isExperienced ? experienced[network] : size[network] - experienced[network];
		}

		void add(int network, int r, boolean isExperienced) {
			size[network]++;
			region[network][r]++;
			if (isExperienced) {
				experienced[network]++;
			}
		}

		void remove(int network, int r, boolean isExperienced) {
			size[network]--;
			region[network][r]--;
			if (isExperienced) {
				experienced[network]--;
			}
		}

	}

}
