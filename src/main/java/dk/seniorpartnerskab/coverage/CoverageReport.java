package dk.seniorpartnerskab.coverage;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.edition.EditionRepository;
import dk.seniorpartnerskab.municipality.MunicipalityRepository;
import dk.seniorpartnerskab.outreach.OutreachManagement;
import dk.seniorpartnerskab.registration.Registration;
import dk.seniorpartnerskab.registration.RegistrationRepository;
import dk.seniorpartnerskab.registration.RegistrationStatus;
import dk.seniorpartnerskab.scheduling.InvitationRepository;
import dk.seniorpartnerskab.scheduling.Meeting;
import dk.seniorpartnerskab.scheduling.MeetingKind;
import dk.seniorpartnerskab.scheduling.MeetingRepository;
import dk.seniorpartnerskab.toolkit.ToolkitRepository;
import dk.seniorpartnerskab.web.Copenhagen;

/**
 * Computes an edition's {@link Coverage} from the registrations, networks, meetings with
 * their attendance, outreach and toolkit downloads. "Attended" means at least one person
 * of the municipality was marked present at a development day that has begun; "attended
 * every day" means at every development day of its network that has begun.
 */
@Component
public class CoverageReport {

	/** How many days before the deadline the registrations chart reaches back at most. */
	static final int DAYS_SHOWN = 60;

	private final MunicipalityRepository municipalities;

	private final EditionRepository editions;

	private final RegistrationRepository registrations;

	private final MeetingRepository meetings;

	private final InvitationRepository invitations;

	private final OutreachManagement outreach;

	private final ToolkitRepository toolkits;

	private final Clock clock;

	CoverageReport(MunicipalityRepository municipalities, EditionRepository editions,
			RegistrationRepository registrations, MeetingRepository meetings, InvitationRepository invitations,
			OutreachManagement outreach, ToolkitRepository toolkits, Clock clock) {
		this.municipalities = municipalities;
		this.editions = editions;
		this.registrations = registrations;
		this.meetings = meetings;
		this.invitations = invitations;
		this.outreach = outreach;
		this.toolkits = toolkits;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Coverage of(Edition edition) {
		Instant now = clock.instant();
		Map<Integer, Registration> active = new HashMap<>();
		for (var r : registrations.findByEditionIdOrderBySubmittedAt(edition.getId())) {
			if (r.getStatus().isActive()) {
				active.put(r.getMunicipalityCode(), r);
			}
		}

		// Attendance at meetings that have begun.
		var held = meetings.findByEdition(edition.getId())
			.stream()
			.filter(m -> m.isPlanned() && m.getStartsAt() != null && m.getStartsAt().isBefore(now))
			.toList();
		Map<Integer, Integer> daysAttended = new HashMap<>();
		Map<Long, Set<Integer>> attendedByMeeting = new HashMap<>();
		var meetingLines = new ArrayList<Coverage.MeetingLine>();
		for (Meeting meeting : held) {
			int people = 0;
			Set<Integer> present = new HashSet<>();
			for (var invitation : invitations.findByMeeting(meeting.getId())) {
				if (Boolean.TRUE.equals(invitation.getAttended())) {
					people++;
					present.add(invitation.getMunicipalityCode());
				}
			}
			attendedByMeeting.put(meeting.getId(), present);
			if (meeting.getKind() == MeetingKind.DEVELOPMENT_DAY) {
				present.forEach(code -> daysAttended.merge(code, 1, Integer::sum));
			}
			meetingLines.add(new Coverage.MeetingLine(meeting.getTitle(),
					Copenhagen.at(meeting.getStartsAt()).toLocalDate(), people, present.size()));
		}

		// Each municipality's status.
		var lines = new ArrayList<Coverage.MunicipalityLine>();
		int attendedAll = 0;
		for (var m : municipalities.findAllInDanishOrder()) {
			var registration = active.get(m.getCode());
			var status = status(registration, daysAttended.getOrDefault(m.getCode(), 0));
			if (registration != null && registration.getNetworkId() != null) {
				var networkDays = held.stream()
					.filter(h -> h.getKind() == MeetingKind.DEVELOPMENT_DAY
							&& registration.getNetworkId().equals(h.getNetworkId()))
					.toList();
				if (!networkDays.isEmpty()
						&& networkDays.stream().allMatch(h -> attendedByMeeting.get(h.getId()).contains(m.getCode()))) {
					attendedAll++;
				}
			}
			lines.add(new Coverage.MunicipalityLine(m.getCode(), m.getName(), m.getRegion().getCode(),
					m.getRegion().getName(), status));
		}
		lines.sort(Comparator.comparing(Coverage.MunicipalityLine::regionCode));

		var funnel = funnel(outreach.municipalitiesReached(edition.getId()).size(), active.values(), lines,
				attendedAll);
		return new Coverage(edition.getId(), edition.getName(), lines, funnel, regionLines(lines), daily(edition, now),
				meetingLines, downloads());
	}

	private static CoverageStatus status(Registration registration, int daysAttended) {
		if (registration == null) {
			return CoverageStatus.NOT_REGISTERED;
		}
		if (daysAttended > 0) {
			return CoverageStatus.ATTENDED;
		}
		if (registration.getStatus() == RegistrationStatus.APPROVED && registration.getNetworkId() != null) {
			return CoverageStatus.IN_NETWORK;
		}
		if (registration.getStatus() == RegistrationStatus.APPROVED) {
			return CoverageStatus.APPROVED;
		}
		return CoverageStatus.REGISTERED;
	}

	private static Map<Coverage.FunnelStep, Integer> funnel(int invited, Collection<Registration> active,
			List<Coverage.MunicipalityLine> lines, int attendedAll) {
		var funnel = new EnumMap<Coverage.FunnelStep, Integer>(Coverage.FunnelStep.class);
		funnel.put(Coverage.FunnelStep.INVITED, invited);
		funnel.put(Coverage.FunnelStep.REGISTERED, active.size());
		funnel.put(Coverage.FunnelStep.APPROVED,
				(int) active.stream().filter(r -> r.getStatus() == RegistrationStatus.APPROVED).count());
		funnel.put(Coverage.FunnelStep.IN_NETWORK,
				(int) active.stream()
					.filter(r -> r.getStatus() == RegistrationStatus.APPROVED && r.getNetworkId() != null)
					.count());
		funnel.put(Coverage.FunnelStep.ATTENDED_ONE,
				(int) lines.stream().filter(l -> l.status() == CoverageStatus.ATTENDED).count());
		funnel.put(Coverage.FunnelStep.ATTENDED_ALL, attendedAll);
		return funnel;
	}

	/** Per region, in the order the lines have: how many registered of how many. */
	private static List<Coverage.RegionLine> regionLines(List<Coverage.MunicipalityLine> lines) {
		var regions = new LinkedHashMap<Integer, int[]>();
		var regionNames = new HashMap<Integer, String>();
		for (var line : lines) {
			regionNames.put(line.regionCode(), line.regionName());
			var counts = regions.computeIfAbsent(line.regionCode(), c -> new int[2]);
			counts[1]++;
			if (line.status() != CoverageStatus.NOT_REGISTERED) {
				counts[0]++;
			}
		}
		return regions.entrySet()
			.stream()
			.map(e -> new Coverage.RegionLine(regionNames.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
			.toList();
	}

	/** Toolkit downloads per month, the newest twelve months at most, oldest first. */
	private List<Coverage.MonthLine> downloads() {
		var downloads = toolkits.downloadsPerMonth()
			.stream()
			.map(row -> new Coverage.MonthLine(toLocalDate(row[0]), ((Number) row[1]).longValue()))
			.toList();
		return downloads.size() > 12 ? downloads.subList(downloads.size() - 12, downloads.size()) : downloads;
	}

	private static LocalDate toLocalDate(Object value) {
		if (value instanceof Date date) {
			return date.toLocalDate();
		}
		if (value instanceof LocalDate date) {
			return date;
		}
		return LocalDate.parse(value.toString());
	}

	/** The edition whose deadline came last before this one's. */
	public Optional<Edition> previous(Edition edition) {
		return editions.findAll()
			.stream()
			.filter(e -> e.getRegistrationCloses().isBefore(edition.getRegistrationCloses()))
			.max(Comparator.comparing(Edition::getRegistrationCloses));
	}

	private Coverage.DailyRegistrations daily(Edition edition, Instant now) {
		LocalDate deadline = Copenhagen.at(edition.getRegistrationCloses()).toLocalDate();
		LocalDate opens = Copenhagen.at(edition.getRegistrationOpens()).toLocalDate();
		LocalDate today = Copenhagen.at(now).toLocalDate();
		int span = (int) Math.min(DAYS_SHOWN, Math.max(0, ChronoUnit.DAYS.between(opens, deadline)));
		var days = new ArrayList<Integer>();
		for (int d = span; d >= 0; d--) {
			days.add(d);
		}
		var current = cumulative(edition, deadline, days, today);
		var previous = previous(edition);
		return new Coverage.DailyRegistrations(days, current, previous.map(Edition::getName).orElse(null),
				previous.map(p -> cumulative(p, Copenhagen.at(p.getRegistrationCloses()).toLocalDate(), days, today))
					.orElse(null));
	}

	/**
	 * Registrations received by the end of each day {@code d} days before the deadline.
	 */
	private List<Integer> cumulative(Edition edition, LocalDate deadline, List<Integer> days, LocalDate today) {
		var submitted = registrations.findByEditionIdOrderBySubmittedAt(edition.getId())
			.stream()
			.map(r -> Copenhagen.at(r.getSubmittedAt()).toLocalDate())
			.toList();
		var counts = new ArrayList<Integer>();
		for (int d : days) {
			LocalDate day = deadline.minusDays(d);
			if (day.isAfter(today)) {
				counts.add(null);
			}
			else {
				counts.add((int) submitted.stream().filter(s -> !s.isAfter(day)).count());
			}
		}
		return counts;
	}

	/**
	 * Registrations so far in the edition, and in the previous edition at the same
	 * distance from its deadline (for the admin start page).
	 */
	@Transactional(readOnly = true)
	public long[] soFarAndPreviousAtSameDay(Edition edition) {
		Instant now = clock.instant();
		long soFar = registrations.countActive(edition.getId());
		var previous = previous(edition);
		if (previous.isEmpty()) {
			return new long[] { soFar };
		}
		Duration left = Duration.between(now, edition.getRegistrationCloses());
		Instant sameMoment = previous.get().getRegistrationCloses().minus(left);
		long then = registrations.findByEditionIdOrderBySubmittedAt(previous.get().getId())
			.stream()
			.filter(r -> !r.getSubmittedAt().isAfter(sameMoment))
			.count();
		return new long[] { soFar, then };
	}

}
