package dk.seniorpartnerskab.network;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.seniorpartnerskab.registration.ParticipationInfo;
import dk.seniorpartnerskab.registration.ParticipationLine;
import dk.seniorpartnerskab.registration.RegistrationRepository;
import dk.seniorpartnerskab.web.Copenhagen;

/** Shows the municipality's network on the contact's private page, once it has one. */
@Component
class NetworkParticipation implements ParticipationInfo {

	private final RegistrationRepository registrations;

	private final NetworkRepository networks;

	private final MessageSource messages;

	NetworkParticipation(RegistrationRepository registrations, NetworkRepository networks, MessageSource messages) {
		this.registrations = registrations;
		this.networks = networks;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ParticipationLine> linesFor(long registrationId) {
		return registrations.findById(registrationId)
			.map(r -> r.getNetworkId())
			.flatMap(networks::findById)
			.map(n -> List.of(new ParticipationLine(
					messages.getMessage("network.participation.label", null, Copenhagen.DANISH), n.getName())))
			.orElse(List.of());
	}

}
