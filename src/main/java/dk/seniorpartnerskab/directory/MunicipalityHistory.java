package dk.seniorpartnerskab.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.seniorpartnerskab.edition.EditionRepository;
import dk.seniorpartnerskab.network.NetworkRepository;
import dk.seniorpartnerskab.registration.RegistrationStatus;
import dk.seniorpartnerskab.registration.RegistrationRepository;
import dk.seniorpartnerskab.scheduling.InvitationRepository;
import dk.seniorpartnerskab.toolkit.ToolkitNotices;

/**
 * A municipality across editions: when it registered, the decision, its network, how many
 * meetings it attended, and the toolkit notices its people received; so staff see "Køge
 * was in 2023 and 2025".
 */
@Component
public class MunicipalityHistory {

	/** The municipality in one edition. {@code networkName} is null without a network. */
	public record EditionLine(long editionId, String editionName, String reference, Instant registeredAt,
			RegistrationStatus status, String networkName, int meetingsAttended) {
	}

	private final RegistrationRepository registrations;

	private final EditionRepository editions;

	private final NetworkRepository networks;

	private final InvitationRepository invitations;

	private final ToolkitNotices notices;

	private final ContactRepository contacts;

	MunicipalityHistory(RegistrationRepository registrations, EditionRepository editions, NetworkRepository networks,
			InvitationRepository invitations, ToolkitNotices notices, ContactRepository contacts) {
		this.registrations = registrations;
		this.editions = editions;
		this.networks = networks;
		this.invitations = invitations;
		this.notices = notices;
		this.contacts = contacts;
	}

	@Transactional(readOnly = true)
	public List<EditionLine> editions(int municipalityCode) {
		var lines = new ArrayList<EditionLine>();
		for (var registration : registrations.findByMunicipalityCodeOrderBySubmittedAt(municipalityCode)) {
			var edition = editions.findById(registration.getEditionId()).orElseThrow();
			String network = registration.getNetworkId() == null ? null
					: networks.findById(registration.getNetworkId()).map(n -> n.getName()).orElse(null);
			int attended = (int) invitations.findActiveByRegistration(registration.getId())
				.stream()
				.filter(i -> Boolean.TRUE.equals(i.getAttended()))
				.map(i -> i.getMeetingId())
				.distinct()
				.count();
			lines.add(new EditionLine(edition.getId(), edition.getName(), registration.getReference(),
					registration.getSubmittedAt(), registration.getStatus(), network, attended));
		}
		return lines;
	}

	/**
	 * Toolkit notices received by anyone of the municipality: its contacts, and the
	 * contacts and participants of its registrations.
	 */
	@Transactional(readOnly = true)
	public List<ToolkitNotices.Received> toolkitNotices(int municipalityCode) {
		var emails = new ArrayList<String>();
		contacts.findByMunicipality(municipalityCode).forEach(c -> emails.add(c.getEmail()));
		for (var registration : registrations.findByMunicipalityCodeOrderBySubmittedAt(municipalityCode)) {
			emails.add(registration.getContactEmail());
			registration.getParticipants().forEach(p -> emails.add(p.getEmail()));
		}
		return notices.receivedBy(
				Stream.of(emails.toArray(String[]::new)).map(e -> e.toLowerCase(Locale.ROOT)).distinct().toList());
	}

}
