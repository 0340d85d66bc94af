package dk.seniorpartnerskab.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * How long an edition's personal data is kept: {@link #DEFAULT_MONTHS} months after the
 * course ends unless staff chose another number, or until a later date an administrator
 * postponed it to, with the reason. Once erased, it stays erased.
 */
@Entity
@Table(name = "edition_retention")
public class EditionRetention {

	/**
	 * Months after the course ends, unless changed per edition (README, privacy page).
	 */
	public static final int DEFAULT_MONTHS = 12;

	public static final int MAX_MONTHS = 120;

	public static final int MAX_REASON = 1000;

	@Id
	@Column(name = "edition_id")
	private Long editionId;

	@Column(name = "months_after_course")
	private int monthsAfterCourse = DEFAULT_MONTHS;

	@Column(name = "postponed_until")
	private LocalDate postponedUntil;

	@Column(name = "postpone_reason")
	private String postponeReason;

	@Column(name = "erased_at")
	private Instant erasedAt;

	@Version
	private long version;

	protected EditionRetention() {
	}

	public EditionRetention(long editionId) {
		this.editionId = editionId;
	}

	/** The day the edition's personal data is erased. */
	public LocalDate plannedDate(LocalDate courseEnd) {
		return postponedUntil != null ? postponedUntil : courseEnd.plusMonths(monthsAfterCourse);
	}

	/** Whether the erasure is due on {@code today}. */
	public boolean isDue(LocalDate courseEnd, LocalDate today) {
		return erasedAt == null && !today.isBefore(plannedDate(courseEnd));
	}

	/** Whether staff should be warned: erasure within a month and not done yet. */
	public boolean isNear(LocalDate courseEnd, LocalDate today) {
		return erasedAt == null && !today.isBefore(plannedDate(courseEnd).minusMonths(1));
	}

	/**
	 * Keeps the data until a later day than planned, for a reason (e.g. a complaint being
	 * handled). Throws when the day is not later or the reason is missing.
	 */
	public void postpone(LocalDate until, String reason, LocalDate courseEnd) {
		if (erasedAt != null) {
			throw new IllegalStateException("Edition " + editionId + " is erased already");
		}
		Objects.requireNonNull(until, "until");
		if (!until.isAfter(plannedDate(courseEnd))) {
			throw new IllegalArgumentException("A postponement must be later than the planned date");
		}
		if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
			throw new IllegalArgumentException("A postponement needs a reason");
		}
		this.postponedUntil = until;
		this.postponeReason = reason.trim();
	}

	/** Changes the months after the course; a postponement stays. */
	public void changeMonths(int months) {
		if (erasedAt != null) {
			throw new IllegalStateException("Edition " + editionId + " is erased already");
		}
		if (months < 1 || months > MAX_MONTHS) {
			throw new IllegalArgumentException("Months must be between 1 and " + MAX_MONTHS);
		}
		this.monthsAfterCourse = months;
	}

	void erased(Instant now) {
		if (erasedAt != null) {
			throw new IllegalStateException("Edition " + editionId + " is erased already");
		}
		this.erasedAt = now;
	}

	public Long getEditionId() {
		return editionId;
	}

	public int getMonthsAfterCourse() {
		return monthsAfterCourse;
	}

	public LocalDate getPostponedUntil() {
		return postponedUntil;
	}

	public String getPostponeReason() {
		return postponeReason;
	}

	public Instant getErasedAt() {
		return erasedAt;
	}

	public boolean isErased() {
		return erasedAt != null;
	}

	public long getVersion() {
		return version;
	}

}
