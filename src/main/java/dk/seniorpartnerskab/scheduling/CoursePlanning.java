package dk.seniorpartnerskab.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.seniorpartnerskab.web.Copenhagen;

/**
 * The course plan: every network's meetings of an edition dated on one page and saved
 * together, in one transaction. A cell loaded at another version than the stored one
 * refuses the whole save and names that meeting ({@link CellConflict}); nothing is saved
 * and no mail is written. A meeting whose time or place changed sends its invited an
 * update; no one else hears anything.
 */
@Service
public class CoursePlanning {

	private static final Logger log = LoggerFactory.getLogger(CoursePlanning.class);

	private final MeetingRepository meetings;

	private final InvitationRepository invitations;

	private final InvitationMails mails;

	private final Clock clock;

	CoursePlanning(MeetingRepository meetings, InvitationRepository invitations, InvitationMails mails, Clock clock) {
		this.meetings = meetings;
		this.invitations = invitations;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * One cell as staff entered it: the meeting, the version it was loaded at, the date
	 * and Copenhagen times, and the place.
	 */
	public record Cell(long meetingId, long version, LocalDate date, LocalTime start, LocalTime end, String venue,
			String address, String onlineLink) {
	}

	/** What a save did: meetings changed, meetings planned now, update mails written. */
	public record Saved(int changed, int planned, int updateMails) {
	}

	/** A cell was changed by someone else since the page was loaded. */
	public static class CellConflict extends RuntimeException {

		private final long meetingId;

		private final long currentVersion;

		CellConflict(long meetingId, long currentVersion) {
			super("Meeting " + meetingId + " changed since the plan was loaded", null, false, false);
			this.meetingId = meetingId;
			this.currentVersion = currentVersion;
		}

		public long meetingId() {
			return meetingId;
		}

		public long currentVersion() {
			return currentVersion;
		}

	}

	/** The edition's network meetings (not cancelled, not edition-wide), by network. */
	@Transactional(readOnly = true)
	public Map<Long, List<Meeting>> meetingsByNetwork(long editionId) {
		var byNetwork = new HashMap<Long, List<Meeting>>();
		meetings.findByEdition(editionId)
			.stream()
			.filter(m -> !m.isCancelled() && !m.isForWholeEdition())
			.sorted(Comparator.comparing(Meeting::getId))
			.forEach(m -> byNetwork.computeIfAbsent(m.getNetworkId(), k -> new ArrayList<>()).add(m));
		return byNetwork;
	}

	/**
	 * Saves every cell of the plan at once. A cell with a date, times and a place makes a
	 * draft planned; a planned meeting keeps needing all of them (the form checks that
	 * first).
	 */
	@Transactional
	public Saved save(long editionId, List<Cell> cells) {
		int changed = 0;
		int planned = 0;
		int updateMails = 0;
		for (var cell : cells) {
			var meeting = meetings.findById(cell.meetingId())
				.filter(m -> m.getEditionId() == editionId && !m.isCancelled())
				.orElseThrow();
			if (meeting.getVersion() != cell.version()) {
				throw new CellConflict(meeting.getId(), meeting.getVersion());
			}
			var current = meeting.currentDetails();
			boolean physical = meeting.getKind().isPhysical();
			var details = new MeetingDetails(current.title(), current.theme(), current.capacity(),
					instant(cell.date(), cell.start()), instant(cell.date(), cell.end()),
					physical ? cell.venue() : null, physical ? cell.address() : null,
					physical ? null : cell.onlineLink());
			if (details.equals(current)) {
				continue;
			}
			changed++;
			boolean timeOrPlaceChanged = meeting.update(details);
			if (!meeting.isPlanned() && details.isCompleteFor(meeting.getKind())) {
				meeting.plan();
				planned++;
			}
			if (timeOrPlaceChanged) {
				for (var invitation : invitations.findActiveByMeeting(meeting.getId())) {
					mails.update(meeting, invitation);
					updateMails++;
				}
			}
			meetings.save(meeting);
		}
		meetings.flush();
		log.info("Course plan of edition {} saved: {} meeting(s) changed, {} planned, {} update mail(s)", editionId,
				changed, planned, updateMails);
		return new Saved(changed, planned, updateMails);
	}

	private static Instant instant(LocalDate date, LocalTime time) {
		return date == null || time == null ? null : Copenhagen.instant(LocalDateTime.of(date, time));
	}

}
