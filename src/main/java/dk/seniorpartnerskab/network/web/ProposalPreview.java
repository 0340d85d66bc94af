package dk.seniorpartnerskab.network.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dk.seniorpartnerskab.network.Network;
import dk.seniorpartnerskab.network.NetworkBoard;
import dk.seniorpartnerskab.network.NetworkProposal;
import java.util.TreeMap;
import dk.seniorpartnerskab.network.Travel;

/**
 * What staff see before accepting a proposal: each network with its proposed members
 * (moves marked with where they come from), those that did not fit, and the moves as
 * hidden form values {@code registrationId:from:to}.
 */
record ProposalPreview(List<Column> networks, List<NetworkBoard.Member> unplaced, List<String> moves,
		long totalTravelKm) {

	record Row(NetworkBoard.Member member, boolean moved, String fromName) {
	}

	record Column(Network network, List<Row> rows, long started, long decided, Map<String, Long> regions,
			Travel travel) {

		public long longestKm() {
			return Math.round(travel.longestKm());
		}

		public long averageKm() {
			return Math.round(travel.averageKm());
		}

	}

	static ProposalPreview of(NetworkBoard board, NetworkProposal.Result result) {
		var members = new ArrayList<NetworkBoard.Member>(board.unassigned());
		board.networks().forEach(c -> members.addAll(c.members()));
		var names = new HashMap<Long, String>();
		board.networks().forEach(c -> names.put(c.network().getId(), c.network().getName()));
		var columns = new ArrayList<Column>();
		for (var column : board.networks()) {
			long id = column.network().getId();
			var rows = new ArrayList<Row>();
			var regions = new TreeMap<String, Long>();
			long started = 0;
			for (var m : members) {
				if (Objects.equals(result.networkOf().get(m.registrationId()), id)) {
					boolean moved = !Objects.equals(m.networkId(), id);
					rows.add(new Row(m, moved, m.networkId() == null ? null : names.get(m.networkId())));
					regions.merge(m.region(), 1L, Long::sum);
					started += m.isStarted() ? 1 : 0;
				}
			}
			var travel = Travel.of(rows.stream()
				.map(r -> new Travel.Position(r.member().latitude(), r.member().longitude()))
				.toList());
			columns.add(new Column(column.network(), rows, started, rows.size() - started, regions, travel));
		}
		var unplaced = members.stream().filter(m -> result.unplaced().contains(m.registrationId())).toList();
		var moves = result.moves()
			.stream()
			.map(m -> m.candidateId() + ":" + (m.from() == null ? "-" : m.from()) + ":" + m.to())
			.toList();
		long total = Math.round(columns.stream().mapToDouble(c -> c.travel().pairSumKm()).sum());
		return new ProposalPreview(columns, unplaced, moves, total);
	}

	static List<NetworkProposal.Move> parseMoves(List<String> values) {
		var moves = new ArrayList<NetworkProposal.Move>();
		if (values == null) {
			return moves;
		}
		for (String value : values) {
			String[] parts = value.split(":");
			if (parts.length != 3) {
				continue;
			}
			try {
				moves.add(new NetworkProposal.Move(Long.parseLong(parts[0]),
						"-".equals(parts[1]) ? null : Long.valueOf(parts[1]), Long.parseLong(parts[2])));
			}
			catch (NumberFormatException e) {
				// a tampered value is ignored, like a move that no longer applies
			}
		}
		return moves;
	}

}
