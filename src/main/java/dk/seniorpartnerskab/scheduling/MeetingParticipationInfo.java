package dk.seniorpartnerskab.scheduling;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.seniorpartnerskab.registration.ParticipationInfo;
import dk.seniorpartnerskab.registration.ParticipationLine;
import dk.seniorpartnerskab.registration.RegistrationStatus;
import dk.seniorpartnerskab.registration.RegistrationRepository;
import dk.seniorpartnerskab.web.Copenhagen;

/**
 * The dates on the contact's private page: the planned meetings ahead for the
 * municipality's network and for the whole edition, once the registration is approved.
 */
@Component
class MeetingParticipationInfo implements ParticipationInfo {

	private final RegistrationRepository registrations;

	private final MeetingRepository meetings;

	private final MessageSource messages;

	private final Clock clock;

	MeetingParticipationInfo(RegistrationRepository registrations, MeetingRepository meetings, MessageSource messages,
			Clock clock) {
		this.registrations = registrations;
		this.meetings = meetings;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ParticipationLine> linesFor(long registrationId) {
		return registrations.findById(registrationId)
			.filter(r -> r.getStatus() == RegistrationStatus.APPROVED)
			.map(r -> meetings.findPlannedFor(r.getEditionId(), r.getNetworkId(), clock.instant())
				.stream()
				.filter(m -> m.isForWholeEdition() || r.getNetworkId() != null)
				.map(this::line)
				.toList())
			.orElse(List.of());
	}

	private ParticipationLine line(Meeting meeting) {
		String kind = messages.getMessage("meeting.kind." + meeting.getKind().name(), null, Copenhagen.DANISH);
		String when = MeetingTimes.of(meeting.getStartsAt(), meeting.getEndsAt());
		String where = meeting.getKind().isPhysical() && meeting.getLocation() != null ? ", " + meeting.getLocation()
				: "";
		return new ParticipationLine(kind + ": " + meeting.getTitle(), when + where);
	}

}
