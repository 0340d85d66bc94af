package dk.seniorpartnerskab.network;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import dk.seniorpartnerskab.network.NetworkProposal.Candidate;
import dk.seniorpartnerskab.network.NetworkProposal.Mode;
import dk.seniorpartnerskab.network.NetworkProposal.Result;
import dk.seniorpartnerskab.network.NetworkProposal.Seats;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proposal's geography mode: the spread mode's sizes, pins and unplaced, and less
 * travel, on the real municipalities' centres (read from the migrations) and on random
 * maps.
 */
class NetworkProposalGeographyTest {

	/** code -> {region, latitude, longitude} of the 98 municipalities. */
	static final Map<Integer, double[]> MUNICIPALITIES = new HashMap<>();

	@BeforeAll
	static void readReferenceData() throws IOException {
		var regions = new HashMap<Integer, Integer>();
		var row = Pattern.compile("\\((\\d+), '[^']+', (\\d+)\\)");
		var coordinates = Pattern.compile("\\((\\d+), (\\d+\\.\\d+), (\\d+\\.\\d+)\\)");
		var resolver = new PathMatchingResourcePatternResolver();
		for (var resource : resolver.getResources("classpath:db/migration/V*.sql")) {
			String sql;
			try (InputStream in = resource.getInputStream()) {
				sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			if (resource.getFilename().endsWith("__municipalities.sql")) {
				var m = row.matcher(sql);
				while (m.find()) {
					regions.put(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
				}
			}
			if (resource.getFilename().endsWith("__municipality_coordinates.sql")) {
				var m = coordinates.matcher(sql);
				while (m.find()) {
					MUNICIPALITIES.put(Integer.parseInt(m.group(1)),
							new double[] { 0, Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)) });
				}
			}
		}
		MUNICIPALITIES.forEach((code, values) -> values[0] = regions.get(code));
		assertThat(MUNICIPALITIES).hasSize(98);
	}

	@Test
	void fortyThreeRealMunicipalitiesInThreeNetworksTravelLessByGeographyThanBySpreadRegions() {
		var codes = new ArrayList<>(MUNICIPALITIES.keySet());
		Collections.sort(codes);
		double ratios = 0;
		double longestSpread = 0;
		double longestGeography = 0;
		for (long seed = 1; seed <= 20; seed++) {
			var random = new Random(seed);
			Collections.shuffle(codes, random);
			var candidates = new ArrayList<Candidate>();
			for (int code : codes.subList(0, 43)) {
				var m = MUNICIPALITIES.get(code);
				candidates.add(new Candidate(code, (int) m[0], random.nextBoolean(), null, false, m[1], m[2]));
			}
			var networks = List.of(new Seats(1, 20), new Seats(2, 20), new Seats(3, 20));

			var spread = NetworkProposal.propose(candidates, networks, Mode.SPREAD_REGIONS);
			var geography = NetworkProposal.propose(candidates, networks, Mode.GEOGRAPHY);

			double spreadKm = Travel.total(candidates, spread.networkOf());
			double geographyKm = Travel.total(candidates, geography.networkOf());
			assertThat(geographyKm).as("seed " + seed).isLessThan(spreadKm * 0.8);
			ratios += geographyKm / spreadKm;
			longestSpread += longest(candidates, spread);
			longestGeography += longest(candidates, geography);
			assertThat(sizes(geography)).isEqualTo(sizes(spread));
			assertThat(sizes(geography).values()).containsExactlyInAnyOrder(14, 14, 15);
		}
		// The figure quoted in the README.
		System.out.printf(Locale.ROOT,
				"43 into 3, 20 draws: geography travels %.0f %% of spread on average; longest trip %.0f km vs %.0f km%n",
				100 * ratios / 20, longestGeography / 20, longestSpread / 20);
	}

	private static double longest(List<Candidate> candidates, Result result) {
		return Travel.perNetwork(candidates, result.networkOf())
			.values()
			.stream()
			.mapToDouble(Travel::longestKm)
			.max()
			.orElse(0);
	}

	@Test
	void allNinetyEightInThreeNetworksKeepEachNetworksLongestTripShorterThanSpreadRegions() {
		var candidates = new ArrayList<Candidate>();
		MUNICIPALITIES.forEach(
				(code, m) -> candidates.add(new Candidate(code, (int) m[0], code % 2 == 0, null, false, m[1], m[2])));
		var networks = List.of(new Seats(1, 40), new Seats(2, 40), new Seats(3, 40));
		var spread = NetworkProposal.propose(candidates, networks, Mode.SPREAD_REGIONS);
		var geography = NetworkProposal.propose(candidates, networks, Mode.GEOGRAPHY);

		double longestSpread = Travel.perNetwork(candidates, spread.networkOf())
			.values()
			.stream()
			.mapToDouble(Travel::longestKm)
			.max()
			.orElseThrow();
		double longestGeography = Travel.perNetwork(candidates, geography.networkOf())
			.values()
			.stream()
			.mapToDouble(Travel::longestKm)
			.max()
			.orElseThrow();
		assertThat(Travel.total(candidates, geography.networkOf()))
			.isLessThan(Travel.total(candidates, spread.networkOf()));
		assertThat(longestGeography).isLessThan(longestSpread);
	}

	@Test
	void onRandomMapsGeographyNeverTravelsMoreAndKeepsSizesPinsAndUnplaced() {
		var random = new Random(20221011);
		int strictlyLess = 0;
		int rounds = 400;
		for (int round = 0; round < rounds; round++) {
			int networkCount = 1 + random.nextInt(5);
			var networks = new ArrayList<Seats>();
			var ids = new ArrayList<Long>();
			boolean roomy = random.nextBoolean();
			int count = random.nextInt(99);
			for (int i = 0; i < networkCount; i++) {
				long id = 100 + random.nextInt(1000) * 10L + i;
				ids.add(id);
				networks.add(new Seats(id, roomy ? 98 : 1 + random.nextInt(Math.max(1, count / networkCount + 5))));
			}
			var candidates = new ArrayList<Candidate>();
			double pinnedShare = random.nextBoolean() ? random.nextDouble() * 0.5 : 0;
			for (int i = 0; i < count; i++) {
				Long current = random.nextDouble() < 0.3 ? ids.get(random.nextInt(ids.size())) : null;
				boolean pinned = current != null && random.nextDouble() < pinnedShare;
				candidates.add(new Candidate(1 + i * 3L, 1081 + random.nextInt(5), random.nextBoolean(), current,
						pinned, 54.6 + random.nextDouble() * 3, 8.1 + random.nextDouble() * 4.5));
			}
			var context = "round " + round;

			var spread = NetworkProposal.propose(candidates, networks, Mode.SPREAD_REGIONS);
			var geography = NetworkProposal.propose(candidates, networks, Mode.GEOGRAPHY);

			double spreadKm = Travel.total(candidates, spread.networkOf());
			double geographyKm = Travel.total(candidates, geography.networkOf());
			assertThat(geographyKm).as(context).isLessThanOrEqualTo(spreadKm + 1e-6);
			if (geographyKm < spreadKm - 1e-6) {
				strictlyLess++;
			}
			assertThat(sizes(geography)).as(context).isEqualTo(sizes(spread));
			assertThat(geography.unplaced()).as(context).isEqualTo(spread.unplaced());
			for (var c : candidates) {
				if (c.pinned()) {
					assertThat(geography.networkOf().get(c.id())).as(context).isEqualTo(c.currentNetworkId());
				}
				Long to = geography.networkOf().get(c.id());
				assertThat(geography.isMoved(c.id())).as(context)
					.isEqualTo(to != null && !to.equals(c.currentNetworkId()));
			}
			var shuffled = new ArrayList<>(candidates);
			Collections.shuffle(shuffled, random);
			assertThat(NetworkProposal.propose(shuffled, networks, Mode.GEOGRAPHY)).as(context).isEqualTo(geography);
		}
		// With two or more networks and a handful of municipalities, geography nearly
		// always finds a shorter split.
		assertThat(strictlyLess).isGreaterThan(rounds / 2);
	}

	private static Map<Long, Integer> sizes(Result result) {
		var sizes = new HashMap<Long, Integer>();
		result.networkOf().values().forEach(n -> sizes.merge(n, 1, Integer::sum));
		return sizes;
	}

}
