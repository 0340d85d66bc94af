package dk.seniorpartnerskab.network;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import dk.seniorpartnerskab.audit.AuditLog;
import dk.seniorpartnerskab.audit.AuditTarget;
import dk.seniorpartnerskab.municipality.MunicipalityRepository;
import dk.seniorpartnerskab.municipality.Municipality;
import dk.seniorpartnerskab.registration.EffortStatus;
import dk.seniorpartnerskab.registration.Registration;
import dk.seniorpartnerskab.registration.RegistrationStatus;
import dk.seniorpartnerskab.registration.RegistrationRepository;
import dk.seniorpartnerskab.web.Copenhagen;
import dk.seniorpartnerskab.web.DanishOrder;

/**
 * Putting approved municipalities into networks: by hand (which pins them), or by
 * accepting a proposal. Every assignment is audited and announced as
 * {@link MunicipalityAssigned}.
 */
@Service
public class NetworkAssignments {

	private static final Logger log = LoggerFactory.getLogger(NetworkAssignments.class);

	private final RegistrationRepository registrations;

	private final NetworkRepository networks;

	private final NetworkPins pins;

	private final MunicipalityRepository municipalities;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate eachAlone;

	NetworkAssignments(RegistrationRepository registrations, NetworkRepository networks, NetworkPins pins,
			MunicipalityRepository municipalities, AuditLog auditLog, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions) {
		this.eachAlone = new TransactionTemplate(transactions);
		this.registrations = registrations;
		this.networks = networks;
		this.pins = pins;
		this.municipalities = municipalities;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public NetworkBoard board(long editionId) {
		var all = networks.findByEditionIdOrderByNameAsc(editionId);
		var members = members(editionId);
		var unassigned = members.stream().filter(m -> m.networkId() == null).toList();
		var columns = new ArrayList<NetworkBoard.Column>();
		for (Network network : all) {
			var in = members.stream().filter(m -> Objects.equals(m.networkId(), network.getId())).toList();
			var counts = in.stream().collect(Collectors.groupingBy(NetworkBoard.Member::region, Collectors.counting()));
			// The regions in Danish order by their collation keys: a map sorted by the
			// collator compared the names pair by pair on every member put in it, a fifth
			// of the board's memory a page view (README: Speed, fix 24).
			var regions = new LinkedHashMap<String, Long>();
			DanishOrder.sorted(counts.keySet(), name -> name).forEach(name -> regions.put(name, counts.get(name)));
			long started = in.stream().filter(NetworkBoard.Member::isStarted).count();
			columns.add(new NetworkBoard.Column(network, in, regions, started, in.size() - started));
		}
		return new NetworkBoard(unassigned, columns);
	}

	/**
	 * Puts a registration into a network (or out of any, with {@code null}) by hand; the
	 * registration is then pinned there. {@code expectedVersion}, when given, is the
	 * registration's version the form was loaded at.
	 */
	@Transactional
	public void assign(long registrationId, Long networkId, Long expectedVersion, String actor) {
		var registration = registrations.findById(registrationId).orElseThrow();
		if (expectedVersion != null && registration.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Registration.class, registrationId);
		}
		if (networkId != null) {
			var network = networks.findById(networkId).orElseThrow();
			if (!network.getEditionId().equals(registration.getEditionId())) {
				throw new IllegalArgumentException("Network " + networkId + " is not in the registration's edition");
			}
			if (!networkId.equals(registration.getNetworkId())
					&& registrations.findByNetworkId(networkId).size() >= network.getCapacity()) {
				throw new NetworkFullException(networkId);
			}
		}
		move(registration, networkId, actor, "registration.assigned");
		if (networkId == null) {
			pins.unpin(registrationId);
		}
		else {
			pins.pin(registrationId, networkId);
		}
	}

	/**
	 * Assigns several registrations to one network by hand, each in a transaction of its
	 * own, and returns how many were assigned. Those that cannot be (not approved,
	 * another edition, the network full) stay where they were.
	 */
	public int assignAll(List<Long> registrationIds, long networkId, String actor) {
		int assigned = 0;
		for (Long id : registrationIds) {
			try {
				eachAlone.executeWithoutResult(status -> assign(id, networkId, null, actor));
				assigned++;
			}
			catch (RuntimeException e) {
				log.info("Registration {} not assigned to network {}: {}", id, networkId, e.toString());
			}
		}
		return assigned;
	}

	/** Pins a registration to its network, or releases it for the next proposal. */
	@Transactional
	public void setPinned(long registrationId, boolean pinned) {
		var registration = registrations.findById(registrationId).orElseThrow();
		if (pinned && registration.getNetworkId() != null) {
			pins.pin(registrationId, registration.getNetworkId());
		}
		else {
			pins.unpin(registrationId);
		}
	}

	/**
	 * A proposal for the edition's approved municipalities; pinned ones stay where staff
	 * put them.
	 */
	@Transactional(readOnly = true)
	public NetworkProposal.Result propose(long editionId) {
		return propose(editionId, NetworkProposal.Mode.SPREAD_REGIONS);
	}

	/** The proposal in the chosen mode, with the candidates it was made from. */
	@Transactional(readOnly = true)
	public NetworkProposal.Result propose(long editionId, NetworkProposal.Mode mode) {
		var seats = networks.findByEditionIdOrderByNameAsc(editionId)
			.stream()
			.map(n -> new NetworkProposal.Seats(n.getId(), n.getCapacity()))
			.toList();
		var candidates = members(editionId).stream().map(NetworkAssignments::candidate).toList();
		return NetworkProposal.propose(candidates, seats, mode);
	}

	static NetworkProposal.Candidate candidate(NetworkBoard.Member m) {
		return new NetworkProposal.Candidate(m.registrationId(), m.regionCode(), m.isStarted(), m.networkId(),
				m.pinned(), m.latitude(), m.longitude());
	}

	/**
	 * Applies the moves of a proposal staff saw. A move is skipped when its registration
	 * is no longer approved in this edition or has been moved since (its network is no
	 * longer {@code from}), so nothing done in between is overwritten. Returns the number
	 * of moves made.
	 */
	@Transactional
	public int accept(long editionId, List<NetworkProposal.Move> moves, String actor) {
		var inEdition = networks.findByEditionIdOrderByNameAsc(editionId)
			.stream()
			.collect(Collectors.toMap(Network::getId, Function.identity()));
		int applied = 0;
		for (var move : moves) {
			var registration = registrations.findById(move.candidateId()).orElse(null);
			if (registration == null || registration.getEditionId() != editionId
					|| registration.getStatus() != RegistrationStatus.APPROVED
					|| !Objects.equals(registration.getNetworkId(), move.from()) || !inEdition.containsKey(move.to())) {
				continue;
			}
			move(registration, move.to(), actor, "registration.assigned");
			applied++;
		}
		auditLog.record(actor, "network.proposalAccepted", AuditTarget.of("edition", editionId), null,
				applied + " flytninger",
				moves.size() - applied > 0 ? (moves.size() - applied) + " sprunget over" : null);
		return applied;
	}

	private void move(Registration registration, Long networkId, String actor, String action) {
		Long from = registration.getNetworkId();
		if (Objects.equals(from, networkId)) {
			return;
		}
		registration.assignToNetwork(networkId, actor, clock.instant());
		registrations.save(registration);
		auditLog.record(actor, action, AuditTarget.of("registration", registration.getId()), name(from),
				name(networkId));
		events.publishEvent(new MunicipalityAssigned(registration.getId(), from, networkId));
		log.info("Registration {} moved from network {} to {}", registration.getId(), from, networkId);
	}

	private String name(Long networkId) {
		return networkId == null ? null : networks.findById(networkId).map(Network::getName).orElse("#" + networkId);
	}

	private List<NetworkBoard.Member> members(long editionId) {
		Map<Integer, Municipality> byCode = new HashMap<>();
		municipalities.findAllWithRegion().forEach(m -> byCode.put(m.getCode(), m));
		var pinned = pins.pinnedIn(editionId);
		var members = registrations
			.findPlacementsByEditionIdAndStatusOrderBySubmittedAt(editionId, RegistrationStatus.APPROVED)
			.stream()
			.map(r -> {
				var m = byCode.get(r.municipalityCode());
				boolean isPinned = r.networkId() != null && r.networkId().equals(pinned.get(r.id()));
				return new NetworkBoard.Member(r.id(), r.reference(), m.getName(), m.getRegion().getCode(),
						m.getRegion().getName(), r.effortStatus() == null ? EffortStatus.DECIDED : r.effortStatus(),
						r.networkId(), isPinned, r.version(), m.getLatitude(), m.getLongitude());
			})
			.toList();
		return DanishOrder.sorted(members, NetworkBoard.Member::municipality);
	}

}
