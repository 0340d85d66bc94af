package dk.seniorpartnerskab.scheduling;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.web.Versions;

/**
 * Creating, changing and cancelling meetings. A change of time or place sends the invited
 * an update (same UID, SEQUENCE + 1); a cancellation sends METHOD:CANCEL.
 */
@Service
public class MeetingManagement {

	private final MeetingRepository meetings;

	private final InvitationRepository invitations;

	private final InvitationMails mails;

	private final Clock clock;

	MeetingManagement(MeetingRepository meetings, InvitationRepository invitations, InvitationMails mails,
			Clock clock) {
		this.meetings = meetings;
		this.invitations = invitations;
		this.mails = mails;
		this.clock = clock;
	}

	@Transactional
	public Meeting create(long editionId, Long networkId, MeetingKind kind, MeetingDetails details, boolean plan) {
		var meeting = Meeting.draft(editionId, networkId, kind, details, clock.instant());
		if (plan) {
			meeting.plan();
		}
		return meetings.saveAndFlush(meeting);
	}

	/**
	 * Applies a change made on a form loaded at {@code expectedVersion}; refuses when
	 * someone else saved in between.
	 */
	@Transactional
	public Meeting update(long id, Long expectedVersion, MeetingDetails details, boolean plan) {
		var meeting = meetings.findById(id).orElseThrow();
		Versions.require(expectedVersion, meeting.getVersion(), Meeting.class, id);
		boolean timeOrPlaceChanged = meeting.update(details);
		if (plan) {
			meeting.plan();
		}
		if (timeOrPlaceChanged) {
			// Same UID, higher SEQUENCE: calendar programs move the entry they have.
			invitations.findActiveByMeeting(id).forEach(invitation -> mails.update(meeting, invitation));
		}
		return meetings.saveAndFlush(meeting);
	}

	/**
	 * Cancels the meeting and tells everyone invited, with the reason staff gave (blank:
	 * none).
	 */
	@Transactional
	public Meeting cancel(long id, String reason) {
		var meeting = meetings.findById(id).orElseThrow();
		meeting.cancel();
		invitations.findActiveByMeeting(id).forEach(invitation -> mails.cancellation(meeting, invitation, reason));
		return meetings.saveAndFlush(meeting);
	}

	/**
	 * "Planlæg forløb": the edition's number of development days and digital meetings for
	 * a network, as drafts to be given dates and places. Adds only what is missing, so
	 * running it twice creates no more.
	 */
	@Transactional
	public List<Meeting> planCourse(Edition edition, long networkId, String networkName) {
		var created = new ArrayList<Meeting>();
		created.addAll(draftsUpTo(edition, networkId, MeetingKind.DEVELOPMENT_DAY,
				edition.getDevelopmentDaysPerNetwork(), "Udviklingsdag %d – " + networkName));
		created.addAll(draftsUpTo(edition, networkId, MeetingKind.DIGITAL_MEETING,
				edition.getDigitalMeetingsPerNetwork(), "Digitalt møde %d – " + networkName));
		return created;
	}

	private List<Meeting> draftsUpTo(Edition edition, long networkId, MeetingKind kind, int wanted, String title) {
		long existing = meetings.countByEditionIdAndNetworkIdAndKind(edition.getId(), networkId, kind);
		var created = new ArrayList<Meeting>();
		for (long n = existing + 1; n <= wanted; n++) {
			created.add(meetings.save(Meeting.draft(edition.getId(), networkId, kind,
					MeetingDetails.titled(title.formatted(n)), clock.instant())));
		}
		return created;
	}

}
