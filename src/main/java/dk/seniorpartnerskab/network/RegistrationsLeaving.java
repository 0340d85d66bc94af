package dk.seniorpartnerskab.network;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.registration.RegistrationMovedToWaitingList;
import dk.seniorpartnerskab.registration.RegistrationRejected;
import dk.seniorpartnerskab.registration.RegistrationWithdrawn;

/**
 * A registration that is withdrawn, rejected or moved to the waiting list has left its
 * network (the aggregate clears it); its pin goes too, so that if it is approved again
 * the next proposal may place it anywhere.
 */
@Component
class RegistrationsLeaving {

	private final NetworkPins pins;

	RegistrationsLeaving(NetworkPins pins) {
		this.pins = pins;
	}

	@ApplicationModuleListener
	void on(RegistrationWithdrawn event) {
		pins.unpin(event.registrationId());
	}

	@ApplicationModuleListener
	void on(RegistrationRejected event) {
		pins.unpin(event.registrationId());
	}

	@ApplicationModuleListener
	void on(RegistrationMovedToWaitingList event) {
		pins.unpin(event.registrationId());
	}

}
