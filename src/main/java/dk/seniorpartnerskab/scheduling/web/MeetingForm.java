package dk.seniorpartnerskab.scheduling.web;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.scheduling.Meeting;
import dk.seniorpartnerskab.scheduling.MeetingDateRules;
import dk.seniorpartnerskab.scheduling.MeetingDetails;
import dk.seniorpartnerskab.scheduling.MeetingKind;
import dk.seniorpartnerskab.web.Copenhagen;
import dk.seniorpartnerskab.scheduling.MeetingStatus;

/**
 * The meeting form: a date and start and end times on that date, as wall-clock times in
 * Copenhagen. A mutable class rather than a record so one value that does not convert
 * keeps everything else typed.
 */
public class MeetingForm extends MeetingTimeAndPlace {

	@NotNull
	private MeetingKind kind = MeetingKind.DEVELOPMENT_DAY;

	private Long networkId;

	@NotBlank
	@Size(max = 200)
	private String title;

	@Size(max = 5000)
	private String theme;

	@Min(1)
	@Max(10000)
	private Integer capacity;

	/** True: planned (shown and invitable); false: still a draft. */
	private boolean planned;

	/** Staff confirm a date outside the edition's course period. */
	private boolean outsidePeriodConfirmed;

	static MeetingForm of(Meeting meeting) {
		var form = new MeetingForm();
		form.kind = meeting.getKind();
		form.networkId = meeting.getNetworkId();
		form.title = meeting.getTitle();
		form.theme = meeting.getTheme();
		form.capacity = meeting.getCapacity();
		form.readFrom(meeting);
		form.planned = !meeting.getStatus().equals(MeetingStatus.DRAFT);
		return form;
	}

	/**
	 * The rules that span fields: the date rules every meeting shares
	 * ({@link MeetingDateRules}: times that exist in Copenhagen, end after start, not in
	 * the past, inside the course period unless confirmed), and for a planned meeting a
	 * date, times and a place. {@code previousStart} is the meeting's start before this
	 * change (null when new).
	 */
	void validate(Errors errors, Edition edition, Instant previousStart, Instant now) {
		for (var problem : MeetingDateRules.check(date, startTime, endTime, edition, previousStart,
				outsidePeriodConfirmed, now)) {
			if (!errors.hasFieldErrors(problem.field())) {
				errors.rejectValue(problem.field(), problem.code(), problem.arguments(), null);
			}
		}
		if (!planned) {
			return;
		}
		requireValue("date", date, "meeting.date.required", errors);
		requireValue("startTime", startTime, "meeting.startTime.required", errors);
		requireValue("endTime", endTime, "meeting.endTime.required", errors);
		if (kind != null && kind.isPhysical()) {
			requireValue("venue", venue, "meeting.venue.required", errors);
			requireValue("address", address, "meeting.address.required", errors);
		}
		else if (kind != null) {
			requireValue("onlineLink", onlineLink, "meeting.onlineLink.required", errors);
		}
	}

	private static void requireValue(String field, Object value, String code, Errors errors) {
		if (value == null && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, code);
		}
	}

	/** Call after {@link #validate} found no errors. */
	MeetingDetails toDetails() {
		Instant start = date == null || startTime == null ? null
				: Copenhagen.instant(LocalDateTime.of(date, startTime));
		Instant end = date == null || endTime == null ? null : Copenhagen.instant(LocalDateTime.of(date, endTime));
		boolean physical = kind.isPhysical();
		return new MeetingDetails(title, theme, capacity, start, end, physical ? venue : null,
				physical ? address : null, physical ? null : onlineLink);
	}

	public MeetingKind getKind() {
		return kind;
	}

	public void setKind(MeetingKind kind) {
		this.kind = kind;
	}

	public Long getNetworkId() {
		return networkId;
	}

	public void setNetworkId(Long networkId) {
		this.networkId = networkId;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getTheme() {
		return theme;
	}

	public void setTheme(String theme) {
		this.theme = theme;
	}

	public Integer getCapacity() {
		return capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public boolean isPlanned() {
		return planned;
	}

	public void setPlanned(boolean planned) {
		this.planned = planned;
	}

	public boolean isOutsidePeriodConfirmed() {
		return outsidePeriodConfirmed;
	}

	public void setOutsidePeriodConfirmed(boolean outsidePeriodConfirmed) {
		this.outsidePeriodConfirmed = outsidePeriodConfirmed;
	}

}
