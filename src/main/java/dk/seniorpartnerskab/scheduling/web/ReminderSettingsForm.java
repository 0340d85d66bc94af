package dk.seniorpartnerskab.scheduling.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import dk.seniorpartnerskab.scheduling.SchedulingSettings;

/**
 * An edition's reminder days; a mutable class so a letter in a number field keeps the
 * other value.
 */
public class ReminderSettingsForm {

	@NotNull
	@Min(1)
	@Max(60)
	private Integer unansweredAfterDays;

	@NotNull
	@Min(1)
	@Max(30)
	private Integer beforeDays;

	static ReminderSettingsForm of(SchedulingSettings settings) {
		var form = new ReminderSettingsForm();
		form.unansweredAfterDays = settings.getRemindUnansweredAfterDays();
		form.beforeDays = settings.getRemindBeforeDays();
		return form;
	}

	public Integer getUnansweredAfterDays() {
		return unansweredAfterDays;
	}

	public void setUnansweredAfterDays(Integer unansweredAfterDays) {
		this.unansweredAfterDays = unansweredAfterDays;
	}

	public Integer getBeforeDays() {
		return beforeDays;
	}

	public void setBeforeDays(Integer beforeDays) {
		this.beforeDays = beforeDays;
	}

}
