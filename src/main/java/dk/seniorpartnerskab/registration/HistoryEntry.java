package dk.seniorpartnerskab.registration;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One change to a registration, for staff: who ({@code actor}: a staff e-mail or
 * "kontaktperson"), what ({@code action}, a short code such as {@code submitted} or
 * {@code approved}), details, and when.
 */
@Entity
@Table(name = "registration_history")
public class HistoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String actor;

	private String action;

	private String detail;

	@Column(name = "happened_at")
	private Instant at;

	protected HistoryEntry() {
	}

	HistoryEntry(String actor, String action, String detail, Instant at) {
		this.actor = actor;
		this.action = action;
		this.detail = detail == null ? "" : detail;
		this.at = at;
	}

	public Long getId() {
		return id;
	}

	public String getActor() {
		return actor;
	}

	public String getAction() {
		return action;
	}

	public String getDetail() {
		return detail;
	}

	public Instant getAt() {
		return at;
	}

}
