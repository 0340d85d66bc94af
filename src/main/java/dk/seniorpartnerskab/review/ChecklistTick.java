package dk.seniorpartnerskab.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A checklist item a member of staff has ticked on a registration: who and when. */
@Entity
@Table(name = "review_checklist_tick")
public class ChecklistTick {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "registration_id")
	private long registrationId;

	@Enumerated(EnumType.STRING)
	private ChecklistItem item;

	@Column(name = "ticked_by")
	private String tickedBy;

	@Column(name = "ticked_at")
	private Instant tickedAt;

	protected ChecklistTick() {
	}

	ChecklistTick(long registrationId, ChecklistItem item, String tickedBy, Instant tickedAt) {
		this.registrationId = registrationId;
		this.item = item;
		this.tickedBy = tickedBy;
		this.tickedAt = tickedAt;
	}

	public long getRegistrationId() {
		return registrationId;
	}

	public ChecklistItem getItem() {
		return item;
	}

	public String getTickedBy() {
		return tickedBy;
	}

	public Instant getTickedAt() {
		return tickedAt;
	}

}
