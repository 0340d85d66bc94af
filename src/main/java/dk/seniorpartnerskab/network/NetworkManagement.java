package dk.seniorpartnerskab.network;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.seniorpartnerskab.audit.AuditLog;
import dk.seniorpartnerskab.audit.AuditTarget;
import dk.seniorpartnerskab.registration.RegistrationRepository;
import dk.seniorpartnerskab.web.Versions;

/** Changes to networks by staff: optimistic edits, and every change in the audit log. */
@Service
public class NetworkManagement {

	private final NetworkRepository networks;

	private final AuditLog auditLog;

	private final RegistrationRepository registrations;

	NetworkManagement(NetworkRepository networks, AuditLog auditLog, RegistrationRepository registrations) {
		this.networks = networks;
		this.auditLog = auditLog;
		this.registrations = registrations;
	}

	@Transactional
	public Network create(long editionId, String name, String description, int capacity, Long coordinatorId,
			String actor) {
		var network = networks.saveAndFlush(new Network(editionId, name, description, capacity, coordinatorId));
		auditLog.record(actor, "network.created", target(network), null, network.describe());
		return network;
	}

	/**
	 * Applies an edit made on a form loaded at {@code expectedVersion}; refuses when
	 * someone else saved in between, so nothing is overwritten silently.
	 */
	@Transactional
	public Network update(long id, Long expectedVersion, String name, String description, int capacity,
			Long coordinatorId, String actor) {
		var network = networks.findById(id).orElseThrow();
		Versions.require(expectedVersion, network.getVersion(), Network.class, network.getId());
		String before = network.describe();
		network.update(name, description, capacity, coordinatorId);
		networks.saveAndFlush(network);
		auditLog.record(actor, "network.updated", target(network), before, network.describe());
		return network;
	}

	/**
	 * Removes a network that has no members; throws {@link IllegalStateException} when it
	 * has some.
	 */
	@Transactional
	public void remove(long id, Long expectedVersion, String actor) {
		var network = networks.findById(id).orElseThrow();
		Versions.require(expectedVersion, network.getVersion(), Network.class, network.getId());
		if (!registrations.findByNetworkId(id).isEmpty()) {
			throw new IllegalStateException("Network " + id + " has members");
		}
		networks.delete(network);
		networks.flush();
		auditLog.record(actor, "network.removed", target(network), network.describe(), null);
	}

	private static AuditTarget target(Network network) {
		return AuditTarget.of("network", network.getId());
	}

}
