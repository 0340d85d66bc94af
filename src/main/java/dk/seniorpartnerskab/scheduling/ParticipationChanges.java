package dk.seniorpartnerskab.scheduling;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.network.MunicipalityAssigned;
import dk.seniorpartnerskab.registration.ParticipantsChanged;
import dk.seniorpartnerskab.registration.RegistrationMovedToWaitingList;
import dk.seniorpartnerskab.registration.RegistrationRejected;
import dk.seniorpartnerskab.registration.RegistrationWithdrawn;
import dk.seniorpartnerskab.scheduling.InvitationManagement.LeaveReason;

/**
 * Keeps invitations in step with what happens to registrations elsewhere. Each listener
 * runs after the change is committed, in its own transaction; its event is kept in the
 * publication registry until it succeeds, and a failed one is run again (README: Events).
 * The work is idempotent, so running again does no harm.
 */
@Component
class ParticipationChanges {

	private final InvitationManagement invitations;

	ParticipationChanges(InvitationManagement invitations) {
		this.invitations = invitations;
	}

	@ApplicationModuleListener
	void on(MunicipalityAssigned event) {
		if (event.fromNetworkId() == null && event.toNetworkId() == null) {
			return;
		}
		invitations.municipalityMoved(event.registrationId(), event.fromNetworkId(), event.toNetworkId());
	}

	@ApplicationModuleListener
	void on(RegistrationWithdrawn event) {
		invitations.registrationLeft(event.registrationId(), LeaveReason.WITHDRAWN);
	}

	@ApplicationModuleListener
	void on(RegistrationRejected event) {
		invitations.registrationLeft(event.registrationId(), LeaveReason.REJECTED);
	}

	@ApplicationModuleListener
	void on(RegistrationMovedToWaitingList event) {
		invitations.registrationLeft(event.registrationId(), LeaveReason.WAITING_LIST);
	}

	@ApplicationModuleListener
	void on(ParticipantsChanged event) {
		invitations.participantsChanged(event.registrationId());
	}

}
