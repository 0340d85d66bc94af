package dk.seniorpartnerskab.scheduling;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.network.MunicipalityAssigned;

/**
 * Keeps invitations in step with network assignments. Listens in the transaction of the
 * move, so the move and the changed invitations (and their mails in the outbox) are
 * committed together or not at all.
 */
@Component
class NetworkMoves {

	private final InvitationManagement invitations;

	NetworkMoves(InvitationManagement invitations) {
		this.invitations = invitations;
	}

	@EventListener
	void on(MunicipalityAssigned event) {
		if (event.fromNetworkId() == null && event.toNetworkId() == null) {
			return;
		}
		invitations.municipalityMoved(event.registrationId(), event.toNetworkId());
	}

}
