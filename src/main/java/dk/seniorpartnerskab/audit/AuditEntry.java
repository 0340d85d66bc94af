package dk.seniorpartnerskab.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One change made by a member of staff: who, when, what was done to which target, and the
 * state before and after where it matters. Entries are never changed once written.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	private String actor;

	private String action;

	@Column(name = "target_type")
	private String targetType;

	@Column(name = "target_id")
	private String targetId;

	@Column(name = "before_value")
	private String before;

	@Column(name = "after_value")
	private String after;

	private String detail;

	@Column(name = "client_address")
	private String clientAddress;

	protected AuditEntry() {
	}

	AuditEntry(Instant occurredAt, String actor, String action, AuditTarget target, String before, String after,
			String detail, String clientAddress) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.targetType = target.type();
		this.targetId = target.id();
		this.before = before;
		this.after = after;
		this.detail = detail;
		this.clientAddress = clientAddress;
	}

	public Long getId() {
		return id;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public String getActor() {
		return actor;
	}

	public String getAction() {
		return action;
	}

	public String getTargetType() {
		return targetType;
	}

	public String getTargetId() {
		return targetId;
	}

	public String getBefore() {
		return before;
	}

	public String getAfter() {
		return after;
	}

	public String getDetail() {
		return detail;
	}

	/** The address the request came from, or {@code null} for scheduled jobs. */
	public String getClientAddress() {
		return clientAddress;
	}

}
