package dk.seniorpartnerskab.scheduling.web;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import dk.seniorpartnerskab.scheduling.Meeting;
import dk.seniorpartnerskab.web.Copenhagen;

/**
 * What the meeting form and each cell of the course plan edit of one meeting: its
 * version, date, start and end time (wall-clock in Copenhagen), venue, address and online
 * link, bound under these property names on both pages. The size and link constraints
 * apply where Bean Validation runs (the meeting form); the course plan is not validated
 * that way and checks the same limits per cell itself ({@link CoursePlanForm}).
 */
public abstract class MeetingTimeAndPlace {

	protected Long version;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	protected LocalDate date;

	@DateTimeFormat(pattern = "HH:mm")
	protected LocalTime startTime;

	@DateTimeFormat(pattern = "HH:mm")
	protected LocalTime endTime;

	@Size(max = 200)
	protected String venue;

	@Size(max = 300)
	protected String address;

	@Size(max = 500)
	@Pattern(regexp = "https://\\S+")
	protected String onlineLink;

	/** Takes the meeting's version, times (in Copenhagen) and place. */
	protected void readFrom(Meeting meeting) {
		version = meeting.getVersion();
		if (meeting.getStartsAt() != null) {
			var start = Copenhagen.at(meeting.getStartsAt());
			date = start.toLocalDate();
			startTime = start.toLocalTime();
		}
		if (meeting.getEndsAt() != null) {
			endTime = Copenhagen.at(meeting.getEndsAt()).toLocalTime();
		}
		venue = meeting.getVenue();
		address = meeting.getAddress();
		onlineLink = meeting.getOnlineLink();
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public LocalTime getStartTime() {
		return startTime;
	}

	public void setStartTime(LocalTime startTime) {
		this.startTime = startTime;
	}

	public LocalTime getEndTime() {
		return endTime;
	}

	public void setEndTime(LocalTime endTime) {
		this.endTime = endTime;
	}

	public String getVenue() {
		return venue;
	}

	public void setVenue(String venue) {
		this.venue = venue;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getOnlineLink() {
		return onlineLink;
	}

	public void setOnlineLink(String onlineLink) {
		this.onlineLink = onlineLink;
	}

}
