package dk.seniorpartnerskab.privacy.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import dk.seniorpartnerskab.privacy.EditionRetention;

/**
 * Months after the course ends before an edition's personal data is erased; a class so a
 * letter in the number field is shown back as typed.
 */
public class MonthsForm {

	@NotNull
	@Min(1)
	@Max(EditionRetention.MAX_MONTHS)
	private Integer months;

	private Long version;

	public Integer getMonths() {
		return months;
	}

	public void setMonths(Integer months) {
		this.months = months;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
