package dk.seniorpartnerskab.privacy.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import dk.seniorpartnerskab.privacy.EditionRetention;

/**
 * A later day for an edition's erasure, and why; a class so a bad date is shown back with
 * the reason kept.
 */
public class PostponeForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate until;

	@NotBlank
	@Size(max = EditionRetention.MAX_REASON)
	private String reason;

	private Long version;

	public LocalDate getUntil() {
		return until;
	}

	public void setUntil(LocalDate until) {
		this.until = until;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
