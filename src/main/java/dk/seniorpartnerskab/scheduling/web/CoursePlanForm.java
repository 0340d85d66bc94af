package dk.seniorpartnerskab.scheduling.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.scheduling.CoursePattern;
import dk.seniorpartnerskab.scheduling.CoursePlanning;
import dk.seniorpartnerskab.scheduling.Meeting;
import dk.seniorpartnerskab.scheduling.MeetingDateRules;
import dk.seniorpartnerskab.scheduling.MeetingKind;

/**
 * The course plan: per network, its meetings' date, times and place. Only those values
 * and each cell's meeting id and version come from the request; kind, title and status
 * are filled in from the database ({@link #fillFrom}), so a tampered form cannot change
 * them. Mutable classes rather than records so one value that does not convert keeps the
 * rest typed.
 */
public class CoursePlanForm {

	private static final Pattern LINK = Pattern.compile("https://\\S+");

	private List<NetworkPlan> networks = new ArrayList<>();

	private CoursePattern.Mode copyMode = CoursePattern.Mode.WEEK_APART;

	private boolean outsidePeriodConfirmed;

	/** A network's column of the plan. */
	public static class NetworkPlan {

		private Long networkId;

		private String name;

		private List<Cell> cells = new ArrayList<>();

		public Long getNetworkId() {
			return networkId;
		}

		public void setNetworkId(Long networkId) {
			this.networkId = networkId;
		}

		public String getName() {
			return name;
		}

		public List<Cell> getCells() {
			return cells;
		}

		public void setCells(List<Cell> cells) {
			this.cells = cells;
		}

	}

	/** One meeting of a network. */
	public static class Cell extends MeetingTimeAndPlace {

		private Long meetingId;

		private MeetingKind kind;

		private int ordinal;

		private String title;

		private boolean planned;

		private Instant previousStart;

		private boolean known;

		static Cell of(Meeting meeting) {
			var cell = new Cell();
			cell.meetingId = meeting.getId();
			cell.readFrom(meeting);
			return cell;
		}

		void describe(Meeting meeting, int ordinal) {
			this.kind = meeting.getKind();
			this.title = meeting.getTitle();
			this.planned = meeting.isPlanned();
			this.previousStart = meeting.getStartsAt();
			this.ordinal = ordinal;
			this.known = true;
		}

		CoursePattern.Slot slot() {
			return new CoursePattern.Slot(kind, ordinal, date, startTime, endTime, venue, address, onlineLink);
		}

		void apply(CoursePattern.Slot slot) {
			date = slot.date();
			startTime = slot.start();
			endTime = slot.end();
			venue = slot.venue();
			address = slot.address();
			onlineLink = slot.onlineLink();
		}

		public boolean isPhysical() {
			return kind != null && kind.isPhysical();
		}

		public Long getMeetingId() {
			return meetingId;
		}

		public void setMeetingId(Long meetingId) {
			this.meetingId = meetingId;
		}

		public MeetingKind getKind() {
			return kind;
		}

		public String getTitle() {
			return title;
		}

		public boolean isPlanned() {
			return planned;
		}

		public boolean isKnown() {
			return known;
		}

	}

	/**
	 * The plan as stored: every network with its meetings, in the order they were made.
	 */
	static CoursePlanForm of(Map<Long, String> networkNames, Map<Long, List<Meeting>> meetings) {
		var form = new CoursePlanForm();
		networkNames.forEach((id, name) -> {
			var plan = new NetworkPlan();
			plan.networkId = id;
			meetings.getOrDefault(id, List.of()).forEach(m -> plan.cells.add(Cell.of(m)));
			form.networks.add(plan);
		});
		form.fillFrom(networkNames, meetings);
		return form;
	}

	/**
	 * Fills in what the request does not carry (names, kinds, titles, status) from the
	 * stored meetings; cells of meetings that are not the network's stay unknown and are
	 * not saved.
	 */
	void fillFrom(Map<Long, String> networkNames, Map<Long, List<Meeting>> meetings) {
		for (var plan : networks) {
			plan.name = networkNames.get(plan.networkId);
			var byId = new HashMap<Long, Meeting>();
			var ordinals = new HashMap<Long, Integer>();
			var perKind = new HashMap<MeetingKind, Integer>();
			for (var m : meetings.getOrDefault(plan.networkId, List.of())) {
				byId.put(m.getId(), m);
				ordinals.put(m.getId(), perKind.merge(m.getKind(), 1, Integer::sum));
			}
			for (var cell : plan.cells) {
				var meeting = cell.meetingId == null ? null : byId.get(cell.meetingId);
				if (meeting != null) {
					cell.describe(meeting, ordinals.get(meeting.getId()));
				}
			}
		}
	}

	/**
	 * Copies the pattern of network {@code sourceNetworkId} into the others, in the form
	 * only; returns the ids of the meetings whose values changed.
	 */
	Set<Long> copyPattern(long sourceNetworkId) {
		int source = -1;
		var slots = new ArrayList<List<CoursePattern.Slot>>();
		for (int i = 0; i < networks.size(); i++) {
			if (Objects.equals(networks.get(i).networkId, sourceNetworkId)) {
				source = i;
			}
			slots.add(networks.get(i).cells.stream().filter(Cell::isKnown).map(Cell::slot).toList());
		}
		var changed = new HashSet<Long>();
		if (source < 0) {
			return changed;
		}
		var copied = CoursePattern.copy(slots, source, copyMode);
		for (int i = 0; i < networks.size(); i++) {
			var known = networks.get(i).cells.stream().filter(Cell::isKnown).toList();
			for (int j = 0; j < known.size(); j++) {
				var cell = known.get(j);
				var before = cell.slot();
				cell.apply(copied.get(i).get(j));
				if (!before.equals(cell.slot())) {
					changed.add(cell.meetingId);
				}
			}
		}
		return changed;
	}

	/** Every cell's rules, reported on the cell's own fields. */
	void validate(Errors errors, Edition edition, Instant now) {
		for (int i = 0; i < networks.size(); i++) {
			var cells = networks.get(i).cells;
			for (int j = 0; j < cells.size(); j++) {
				var cell = cells.get(j);
				if (!cell.known) {
					continue;
				}
				String prefix = "networks[" + i + "].cells[" + j + "].";
				for (var problem : MeetingDateRules.check(cell.date, cell.startTime, cell.endTime, edition,
						cell.previousStart, outsidePeriodConfirmed, now)) {
					reject(errors, prefix + problem.field(), problem.code(), problem.arguments());
				}
				if (cell.planned) {
					require(errors, prefix + "date", cell.date, "meeting.date.required");
					require(errors, prefix + "startTime", cell.startTime, "meeting.startTime.required");
					require(errors, prefix + "endTime", cell.endTime, "meeting.endTime.required");
					if (cell.isPhysical()) {
						require(errors, prefix + "venue", cell.venue, "meeting.venue.required");
						require(errors, prefix + "address", cell.address, "meeting.address.required");
					}
					else {
						require(errors, prefix + "onlineLink", cell.onlineLink, "meeting.onlineLink.required");
					}
				}
				tooLong(errors, prefix + "venue", cell.venue, 200);
				tooLong(errors, prefix + "address", cell.address, 300);
				tooLong(errors, prefix + "onlineLink", cell.onlineLink, 500);
				if (!cell.isPhysical() && cell.onlineLink != null && !LINK.matcher(cell.onlineLink).matches()) {
					reject(errors, prefix + "onlineLink", "plan.onlineLink.invalid", null);
				}
			}
		}
	}

	/** True when any cell has the course period problem (the override is then shown). */
	static boolean hasOutsidePeriodError(Errors errors) {
		return errors.getFieldErrors().stream().anyMatch(e -> MeetingDateRules.OUTSIDE_PERIOD.equals(e.getCode()));
	}

	List<CoursePlanning.Cell> cells() {
		var cells = new ArrayList<CoursePlanning.Cell>();
		for (var plan : networks) {
			for (var cell : plan.cells) {
				if (cell.known && cell.version != null) {
					cells.add(new CoursePlanning.Cell(cell.meetingId, cell.version, cell.date, cell.startTime,
							cell.endTime, cell.venue, cell.address, cell.onlineLink));
				}
			}
		}
		return cells;
	}

	/** The field path of a meeting's date, for errors on a named cell. */
	String datePath(long meetingId) {
		for (int i = 0; i < networks.size(); i++) {
			var cells = networks.get(i).cells;
			for (int j = 0; j < cells.size(); j++) {
				if (Objects.equals(cells.get(j).meetingId, meetingId)) {
					return "networks[" + i + "].cells[" + j + "].date";
				}
			}
		}
		return null;
	}

	Cell cell(long meetingId) {
		return networks.stream()
			.flatMap(n -> n.cells.stream())
			.filter(c -> Objects.equals(c.meetingId, meetingId))
			.findFirst()
			.orElse(null);
	}

	private static void reject(Errors errors, String field, String code, Object[] arguments) {
		if (!errors.hasFieldErrors(field)) {
			errors.rejectValue(field, code, arguments, null);
		}
	}

	private static void require(Errors errors, String field, Object value, String code) {
		if ((value == null || (value instanceof String s && s.isBlank())) && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, code);
		}
	}

	private static void tooLong(Errors errors, String field, String value, int max) {
		if (value != null && value.length() > max && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "plan.tooLong", new Object[] { max }, null);
		}
	}

	public List<NetworkPlan> getNetworks() {
		return networks;
	}

	public void setNetworks(List<NetworkPlan> networks) {
		this.networks = networks;
	}

	public CoursePattern.Mode getCopyMode() {
		return copyMode;
	}

	public void setCopyMode(CoursePattern.Mode copyMode) {
		this.copyMode = copyMode;
	}

	public boolean isOutsidePeriodConfirmed() {
		return outsidePeriodConfirmed;
	}

	public void setOutsidePeriodConfirmed(boolean outsidePeriodConfirmed) {
		this.outsidePeriodConfirmed = outsidePeriodConfirmed;
	}

}
