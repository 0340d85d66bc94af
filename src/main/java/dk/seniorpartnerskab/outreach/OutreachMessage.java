package dk.seniorpartnerskab.outreach;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dk.seniorpartnerskab.directory.ContactRole;

/**
 * A message staff sent (or planned) to a set of contacts; kept with its text and
 * audience.
 */
@Entity
@Table(name = "outreach_message")
public class OutreachMessage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "edition_id")
	private Long editionId;

	@Enumerated(EnumType.STRING)
	@Column(name = "starting_point")
	private StartingPoint startingPoint;

	@Enumerated(EnumType.STRING)
	private Audience audience;

	@Column(name = "region_code")
	private Integer regionCode;

	@Enumerated(EnumType.STRING)
	private ContactRole role;

	private String subject;

	private String body;

	@Enumerated(EnumType.STRING)
	private MessageStatus status;

	@Column(name = "days_before")
	private Integer daysBefore;

	@Column(name = "planned_for")
	private Instant plannedFor;

	@Column(name = "recipient_count")
	private int recipientCount;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Version
	private long version;

	protected OutreachMessage() {
	}

	OutreachMessage(Long editionId, Draft draft, MessageStatus status, String createdBy, Instant now) {
		this.editionId = editionId;
		this.startingPoint = draft.startingPoint();
		this.audience = draft.audience();
		this.regionCode = draft.audience() == Audience.REGION ? draft.regionCode() : null;
		this.role = draft.audience() == Audience.ROLE ? draft.role() : null;
		this.subject = draft.subject();
		this.body = draft.body();
		this.status = status;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	Draft draft() {
		return new Draft(startingPoint, audience, regionCode, role, subject, body);
	}

	void plan(int daysBefore, Instant plannedFor) {
		this.daysBefore = daysBefore;
		this.plannedFor = plannedFor;
	}

	void cancel() {
		if (status != MessageStatus.PLANNED) {
			throw new IllegalStateException("Only a planned message can be cancelled");
		}
		status = MessageStatus.CANCELLED;
	}

	void sent(int recipients, Instant now) {
		this.status = MessageStatus.SENT;
		this.recipientCount = recipients;
		this.sentAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getEditionId() {
		return editionId;
	}

	public StartingPoint getStartingPoint() {
		return startingPoint;
	}

	public Audience getAudience() {
		return audience;
	}

	public Integer getRegionCode() {
		return regionCode;
	}

	public ContactRole getRole() {
		return role;
	}

	public String getSubject() {
		return subject;
	}

	public String getBody() {
		return body;
	}

	public MessageStatus getStatus() {
		return status;
	}

	public Integer getDaysBefore() {
		return daysBefore;
	}

	public Instant getPlannedFor() {
		return plannedFor;
	}

	public int getRecipientCount() {
		return recipientCount;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getSentAt() {
		return sentAt;
	}

	@Override
	public String toString() {
		return "OutreachMessage#" + id;
	}

}
