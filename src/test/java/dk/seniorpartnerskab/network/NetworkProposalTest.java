package dk.seniorpartnerskab.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dk.seniorpartnerskab.network.NetworkProposal.Candidate;
import dk.seniorpartnerskab.network.NetworkProposal.Result;
import dk.seniorpartnerskab.network.NetworkProposal.Seats;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.function.Predicate;

/** Properties of the proposal, on the first edition's shape and on many random inputs. */
class NetworkProposalTest {

	private static final int[] REGIONS = { 1081, 1082, 1083, 1084, 1085 };

	@Test
	void fortyThreeMunicipalitiesInThreeNetworksAreSplitFourteenFourteenFifteenWithRegionsAndKindsSpread() {
		var random = new Random(2022);
		var candidates = new ArrayList<Candidate>();
		for (int i = 1; i <= 43; i++) {
			candidates
				.add(new Candidate(i, REGIONS[random.nextInt(REGIONS.length)], random.nextInt(3) > 0, null, false));
		}
		var networks = List.of(new Seats(1, 20), new Seats(2, 20), new Seats(3, 20));

		var result = NetworkProposal.propose(candidates, networks);

		assertThat(result.unplaced()).isEmpty();
		assertThat(result.networkOf()).hasSize(43);
		assertThat(sizes(result, networks).values()).containsExactlyInAnyOrder(14, 14, 15);
		assertRegionsSpreadWithinOne(candidates, result, networks);
		assertExperiencedSpreadWithinOne(candidates, result, networks);
		assertThat(result.moves()).hasSize(43).allMatch(move -> move.from() == null);
	}

	@Test
	void theSameInputInAnyOrderGivesTheSameProposal() {
		var random = new Random(7);
		var candidates = randomCandidates(random, 43, List.of(1L, 2L, 3L), 0.3, 0.1);
		var networks = List.of(new Seats(1, 16), new Seats(2, 16), new Seats(3, 16));
		var first = NetworkProposal.propose(candidates, networks);
		for (int i = 0; i < 20; i++) {
			var shuffled = new ArrayList<>(candidates);
			Collections.shuffle(shuffled, random);
			var reversedNetworks = new ArrayList<>(networks);
			Collections.reverse(reversedNetworks);
			assertThat(NetworkProposal.propose(shuffled, reversedNetworks)).isEqualTo(first);
		}
	}

	@Test
	void aBalancedSplitIsLeftAlone() {
		var random = new Random(11);
		var candidates = randomCandidates(random, 30, List.of(1L, 2L), 0, 0);
		var networks = List.of(new Seats(1, 20), new Seats(2, 20));
		var first = NetworkProposal.propose(candidates, networks);
		var assigned = candidates.stream()
			.map(c -> new Candidate(c.id(), c.region(), c.experienced(), first.networkOf().get(c.id()), false))
			.toList();
		assertThat(NetworkProposal.propose(assigned, networks).moves()).isEmpty();
	}

	@Test
	void pinnedMunicipalitiesStayEvenWhenThatUnbalancesTheNetworks() {
		var candidates = new ArrayList<Candidate>();
		for (int i = 1; i <= 6; i++) {
			candidates.add(new Candidate(i, 1081, true, 1L, true));
		}
		for (int i = 7; i <= 9; i++) {
			candidates.add(new Candidate(i, 1082, false, null, false));
		}
		var result = NetworkProposal.propose(candidates, List.of(new Seats(1, 10), new Seats(2, 10)));
		for (int i = 1; i <= 6; i++) {
			assertThat(result.networkOf()).containsEntry((long) i, 1L);
		}
		assertThat(result.networkOf().get(7L)).isEqualTo(2L);
		assertThat(result.networkOf().get(8L)).isEqualTo(2L);
		assertThat(result.networkOf().get(9L)).isEqualTo(2L);
	}

	@Test
	void municipalitiesBeyondTheCapacityOfAllNetworksAreReportedUnplaced() {
		var random = new Random(3);
		var candidates = randomCandidates(random, 12, List.of(), 0, 0);
		var result = NetworkProposal.propose(candidates, List.of(new Seats(1, 4), new Seats(2, 5)));
		assertThat(result.networkOf()).hasSize(9);
		assertThat(result.unplaced()).hasSize(3);
	}

	@Test
	void onThousandsOfRandomInputsEveryPropertyHolds() {
		var random = new Random(20220901);
		for (int round = 0; round < 1000; round++) {
			int networkCount = 1 + random.nextInt(5);
			var networks = new ArrayList<Seats>();
			var ids = new ArrayList<Long>();
			boolean roomy = random.nextBoolean();
			int municipalities = random.nextInt(99);
			for (int i = 0; i < networkCount; i++) {
				long id = 100 + random.nextInt(1000) * 10L + i;
				ids.add(id);
				int capacity = roomy ? 98 : 1 + random.nextInt(Math.max(1, municipalities / networkCount + 5));
				networks.add(new Seats(id, capacity));
			}
			boolean withPins = random.nextBoolean();
			var candidates = randomCandidates(random, municipalities, ids, random.nextDouble(),
					withPins ? random.nextDouble() * 0.5 : 0);
			var context = "round " + round;

			var result = NetworkProposal.propose(candidates, networks);

			// Every municipality is placed or reported, never both; pinned ones stay.
			assertThat(result.networkOf().size() + result.unplaced().size()).as(context).isEqualTo(candidates.size());
			for (var c : candidates) {
				assertThat(result.networkOf().containsKey(c.id()) != result.unplaced().contains(c.id())).as(context)
					.isTrue();
				if (c.pinned() && c.currentNetworkId() != null) {
					assertThat(result.networkOf().get(c.id())).as(context).isEqualTo(c.currentNetworkId());
				}
			}
			var sizes = sizes(result, networks);
			var pinned = new HashMap<Long, Integer>();
			candidates.stream()
				.filter(c -> c.pinned() && c.currentNetworkId() != null)
				.forEach(c -> pinned.merge(c.currentNetworkId(), 1, Integer::sum));
			for (var a : networks) {
				int size = sizes.get(a.networkId());
				int pinnedHere = pinned.getOrDefault(a.networkId(), 0);
				// Only pinned municipalities may take a network over its capacity.
				assertThat(size).as(context).isLessThanOrEqualTo(Math.max(a.capacity(), pinnedHere));
				// Someone is left out only when every network is full.
				if (!result.unplaced().isEmpty()) {
					assertThat(size).as(context).isGreaterThanOrEqualTo(a.capacity());
				}
				// Sizes differ by at most one, unless the smaller network is full or the
				// larger holds only pinned ones.
				for (var b : networks) {
					if (sizes.get(a.networkId()) >= sizes.get(b.networkId()) + 2) {
						assertThat(size == pinnedHere || sizes.get(b.networkId()) >= b.capacity()).as(context).isTrue();
					}
				}
			}
			// Moves are exactly the changes from the current assignment.
			for (var c : candidates) {
				Long to = result.networkOf().get(c.id());
				boolean changed = to != null && !to.equals(c.currentNetworkId());
				assertThat(result.isMoved(c.id())).as(context).isEqualTo(changed);
			}
			// Without pins and with room everywhere, regions and kinds are spread to
			// within one.
			if (!withPins && roomy) {
				assertThat(sizes.values().stream().mapToInt(i -> i).max().orElse(0)
						- sizes.values().stream().mapToInt(i -> i).min().orElse(0))
					.as(context)
					.isLessThanOrEqualTo(1);
				assertRegionsSpreadWithinOne(candidates, result, networks);
				assertExperiencedSpreadWithinOne(candidates, result, networks);
			}
			// Deterministic, whatever the order of the input.
			var shuffled = new ArrayList<>(candidates);
			Collections.shuffle(shuffled, random);
			assertThat(NetworkProposal.propose(shuffled, networks)).as(context).isEqualTo(result);
		}
	}

	private static List<Candidate> randomCandidates(Random random, int count, List<Long> networkIds,
			double assignedShare, double pinnedShare) {
		var candidates = new ArrayList<Candidate>();
		for (int i = 0; i < count; i++) {
			Long current = !networkIds.isEmpty() && random.nextDouble() < assignedShare
					? networkIds.get(random.nextInt(networkIds.size())) : null;
			boolean pinned = current != null && random.nextDouble() < pinnedShare;
			candidates.add(new Candidate(1 + i * 3L, REGIONS[random.nextInt(REGIONS.length)], random.nextBoolean(),
					current, pinned));
		}
		return candidates;
	}

	private static Map<Long, Integer> sizes(Result result, List<Seats> networks) {
		var sizes = new HashMap<Long, Integer>();
		networks.forEach(n -> sizes.put(n.networkId(), 0));
		result.networkOf().values().forEach(n -> sizes.merge(n, 1, Integer::sum));
		return sizes;
	}

	private static void assertRegionsSpreadWithinOne(List<Candidate> candidates, Result result, List<Seats> networks) {
		for (int region : REGIONS) {
			var counts = countsPerNetwork(candidates, result, networks, c -> c.region() == region);
			assertThat(max(counts) - min(counts)).as("region " + region + " " + counts).isLessThanOrEqualTo(1);
		}
	}

	private static void assertExperiencedSpreadWithinOne(List<Candidate> candidates, Result result,
			List<Seats> networks) {
		var counts = countsPerNetwork(candidates, result, networks, Candidate::experienced);
		assertThat(max(counts) - min(counts)).as("experienced " + counts).isLessThanOrEqualTo(1);
	}

	private static Map<Long, Long> countsPerNetwork(List<Candidate> candidates, Result result, List<Seats> networks,
			Predicate<Candidate> which) {
		var counts = new HashMap<Long, Long>();
		networks.forEach(n -> counts.put(n.networkId(), 0L));
		counts.putAll(candidates.stream()
			.filter(which)
			.filter(c -> result.networkOf().containsKey(c.id()))
			.collect(Collectors.groupingBy(c -> result.networkOf().get(c.id()), Collectors.counting())));
		return counts;
	}

	private static long max(Map<Long, Long> counts) {
		return counts.values().stream().mapToLong(l -> l).max().orElse(0);
	}

	private static long min(Map<Long, Long> counts) {
		return counts.values().stream().mapToLong(l -> l).min().orElse(0);
	}

}
