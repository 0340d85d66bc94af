package dk.seniorpartnerskab.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An edition's reminder settings: N days after the invitation without an answer, N days
 * before the meeting.
 */
@Entity
@Table(name = "scheduling_settings")
public class SchedulingSettings {

	public static final int DEFAULT_UNANSWERED_AFTER_DAYS = 7;

	public static final int DEFAULT_BEFORE_DAYS = 2;

	@Id
	@Column(name = "edition_id")
	private Long editionId;

	@Column(name = "remind_unanswered_after_days")
	private int remindUnansweredAfterDays = DEFAULT_UNANSWERED_AFTER_DAYS;

	@Column(name = "remind_before_days")
	private int remindBeforeDays = DEFAULT_BEFORE_DAYS;

	@Version
	private long version;

	protected SchedulingSettings() {
	}

	public SchedulingSettings(long editionId) {
		this.editionId = editionId;
	}

	public void change(int unansweredAfterDays, int beforeDays) {
		if (unansweredAfterDays < 1 || unansweredAfterDays > 60 || beforeDays < 1 || beforeDays > 30) {
			throw new IllegalArgumentException("Reminder days out of range");
		}
		this.remindUnansweredAfterDays = unansweredAfterDays;
		this.remindBeforeDays = beforeDays;
	}

	public Long getEditionId() {
		return editionId;
	}

	public int getRemindUnansweredAfterDays() {
		return remindUnansweredAfterDays;
	}

	public int getRemindBeforeDays() {
		return remindBeforeDays;
	}

	public long getVersion() {
		return version;
	}

}
