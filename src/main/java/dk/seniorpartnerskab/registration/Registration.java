package dk.seniorpartnerskab.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import dk.seniorpartnerskab.web.PhoneNumbers;
import java.util.LinkedHashMap;

/**
 * A municipality's registration for one edition. State transitions guard themselves (an
 * illegal one throws {@link IllegalStateException}; ask {@code canApprove()} etc. first)
 * and every change is kept in the history with actor, action, detail and time. Events
 * ({@link RegistrationWithdrawn}, {@link RegistrationRejected},
 * {@link RegistrationMovedToWaitingList}, {@link ParticipantsChanged}) are published when
 * the aggregate is saved through the repository.
 */
@Entity
@Table(name = "registration")
public class Registration extends AbstractAggregateRoot<Registration> {

	/** The actor recorded for changes the contact makes on the private page. */
	public static final String CONTACT = "kontaktperson";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "edition_id")
	private Long editionId;

	@Column(name = "municipality_code")
	private Integer municipalityCode;

	private String reference;

	@Enumerated(EnumType.STRING)
	private RegistrationStatus status;

	@Column(name = "contact_name")
	private String contactName;

	@Column(name = "contact_title")
	private String contactTitle;

	@Column(name = "contact_email")
	private String contactEmail;

	@Column(name = "contact_phone")
	private String contactPhone;

	@Enumerated(EnumType.STRING)
	@Column(name = "effort_status")
	private EffortStatus effortStatus;

	@Column(name = "effort_description")
	private String effortDescription;

	@Convert(converter = CollaborationForumsConverter.class)
	@Column(name = "collaboration_forums")
	private Set<CollaborationForum> collaborationForums = EnumSet.noneOf(CollaborationForum.class);

	@Column(name = "collaboration_description")
	private String collaborationDescription;

	@Column(name = "network_id")
	private Long networkId;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "submission_token")
	private String submissionToken;

	@Column(name = "private_token_hash")
	private String privateTokenHash;

	@Column(name = "rejection_reason")
	private String rejectionReason;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "registration_id", nullable = false)
	@OrderBy("id")
	private List<Participant> participants = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "registration_id", nullable = false)
	@OrderBy("id")
	private List<Attachment> attachments = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "registration_id", nullable = false)
	@OrderBy("at, id")
	private List<HistoryEntry> history = new ArrayList<>();

	@Version
	private long version;

	protected Registration() {
	}

	/**
	 * A new registration; {@code status} is RECEIVED or WAITING_LIST (decided by
	 * {@link RegistrationManagement} from the edition's maximum).
	 */
	public Registration(long editionId, int municipalityCode, String reference, RegistrationStatus status,
			RegistrationDetails details, List<ParticipantDetails> participants, List<Attachment> attachments,
			String submissionToken, String privateTokenHash, Instant now) {
		if (status != RegistrationStatus.RECEIVED && status != RegistrationStatus.WAITING_LIST) {
			throw new IllegalArgumentException("A new registration is received or on the waiting list");
		}
		this.editionId = editionId;
		this.municipalityCode = municipalityCode;
		this.reference = reference;
		this.status = status;
		apply(details);
		for (var p : participants) {
			this.participants.add(new Participant(p.name(), p.email(), p.title(), p.side()));
		}
		this.attachments.addAll(attachments);
		this.submissionToken = submissionToken;
		this.privateTokenHash = privateTokenHash;
		this.submittedAt = now;
		addHistory(CONTACT, "submitted", status.name(), now);
	}

	// State transitions

	public boolean canApprove() {
		return status == RegistrationStatus.RECEIVED || status == RegistrationStatus.WAITING_LIST;
	}

	public void approve(String actor, Instant now) {
		guard(canApprove(), "approve");
		status = RegistrationStatus.APPROVED;
		addHistory(actor, "approved", "", now);
	}

	public boolean canPlaceOnWaitingList() {
		return status == RegistrationStatus.RECEIVED || status == RegistrationStatus.APPROVED;
	}

	/** Moves the registration to the waiting list; it leaves its network, if any. */
	public void placeOnWaitingList(String actor, Instant now) {
		guard(canPlaceOnWaitingList(), "place on the waiting list");
		status = RegistrationStatus.WAITING_LIST;
		networkId = null;
		addHistory(actor, "waiting-list", "", now);
		if (id != null) {
			registerEvent(new RegistrationMovedToWaitingList(id, editionId, municipalityCode));
		}
	}

	public boolean canReject() {
		return status.isActive();
	}

	/**
	 * Rejects with a reason the staff give (required); the registration leaves its
	 * network, if any.
	 */
	public void reject(String actor, String reason, Instant now) {
		guard(canReject(), "reject");
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A rejection needs a reason");
		}
		status = RegistrationStatus.REJECTED;
		rejectionReason = reason;
		networkId = null;
		addHistory(actor, "rejected", reason, now);
		if (id != null) {
			registerEvent(new RegistrationRejected(id, editionId, municipalityCode));
		}
	}

	public boolean canWithdraw() {
		return status.isActive();
	}

	/**
	 * Withdraws the registration (the contact on the private page, or staff on their
	 * behalf). The municipality's place is freed: it may register again for the same
	 * edition.
	 */
	public void withdraw(String actor, Instant now) {
		guard(canWithdraw(), "withdraw");
		status = RegistrationStatus.WITHDRAWN;
		networkId = null;
		addHistory(actor, "withdrawn", "", now);
		if (id != null) { // a registration never saved has nobody to tell
			registerEvent(new RegistrationWithdrawn(id, editionId, municipalityCode));
		}
	}

	public boolean canAssignToNetwork() {
		return status == RegistrationStatus.APPROVED;
	}

	/** Puts an approved registration into a network, or out of any with {@code null}. */
	public void assignToNetwork(Long networkId, String actor, Instant now) {
		guard(canAssignToNetwork(), "assign to a network");
		if (Objects.equals(this.networkId, networkId)) {
			return;
		}
		var from = this.networkId;
		this.networkId = networkId;
		addHistory(actor, "network", (from == null ? "-" : from) + " -> " + (networkId == null ? "-" : networkId), now);
	}

	public void addHistory(String actor, String action, String detail, Instant now) {
		history.add(new HistoryEntry(Objects.requireNonNull(actor), Objects.requireNonNull(action), detail,
				Objects.requireNonNull(now)));
	}

	private void guard(boolean allowed, String what) {
		if (!allowed) {
			throw new IllegalStateException("Cannot " + what + " registration " + id + " in status " + status);
		}
	}

	// Changes the contact makes on the private page

	/** Changes the contact and effort details; records which fields changed. */
	public void changeDetails(RegistrationDetails details, String actor, Instant now) {
		var before = describe();
		apply(details);
		var after = describe();
		var changed = before.keySet()
			.stream()
			.filter(k -> !Objects.equals(before.get(k), after.get(k)))
			.collect(Collectors.joining(", "));
		if (!changed.isEmpty()) {
			addHistory(actor, "details-changed", changed, now);
		}
	}

	/**
	 * Makes the participant list equal to {@code wanted}: rows with an id change that
	 * participant, rows without one are added, participants not named are removed. Each
	 * addition, change and removal goes into the history.
	 */
	public void changeParticipants(List<ParticipantDetails> wanted, String actor, Instant now) {
		Map<Long, Participant> existing = participants.stream()
			.filter(p -> p.getId() != null)
			.collect(Collectors.toMap(Participant::getId, Function.identity()));
		var kept = new ArrayList<Participant>();
		var added = new ArrayList<Participant>();
		for (var row : wanted) {
			var participant = row.id() == null ? null : existing.remove(row.id());
			if (participant == null) {
				var fresh = new Participant(row.name(), row.email(), row.title(), row.side());
				added.add(fresh);
				addHistory(actor, "participant-added", row.name() + " (" + row.side() + ")", now);
			}
			else {
				if (!participant.sameAs(row.name(), row.email(), row.title(), row.side())) {
					addHistory(actor, "participant-changed",
							participant.getName() + " -> " + row.name() + " (" + row.side() + ")", now);
					participant.change(row.name(), row.email(), row.title(), row.side());
				}
				kept.add(participant);
			}
		}
		for (var participant : participants) {
			if (!kept.contains(participant)) {
				addHistory(actor, "participant-removed", participant.getName(), now);
			}
		}
		int removed = participants.size() - kept.size();
		participants.retainAll(kept);
		participants.addAll(added);
		if (id != null && (removed > 0 || !added.isEmpty())) {
			registerEvent(new ParticipantsChanged(id, added.size(), removed));
		}
	}

	public void addAttachment(Attachment attachment, String actor, Instant now) {
		attachments.add(attachment);
		addHistory(actor, "attachment-added", attachment.getFileName(), now);
	}

	public void removeAttachment(long attachmentId, String actor, Instant now) {
		attachments.stream().filter(a -> a.getId() == attachmentId).findFirst().ifPresent(a -> {
			attachments.remove(a);
			addHistory(actor, "attachment-removed", a.getFileName(), now);
		});
	}

	/**
	 * Staff put a new contact in place of the old one (e.g. before the old contact's
	 * personal data is erased), with a new private link; the old link stops working. The
	 * history names the former contact as {@code name <email>}, so that staff see who it
	 * was and an erasure of that person finds the registration.
	 */
	public void replaceContact(String name, String title, String email, String phone, String tokenHash, String actor,
			Instant now) {
		String former = contactName + " <" + contactEmail + ">";
		this.contactName = Objects.requireNonNull(name);
		this.contactTitle = Objects.requireNonNull(title);
		this.contactEmail = Objects.requireNonNull(email);
		this.contactPhone = phone;
		this.privateTokenHash = Objects.requireNonNull(tokenHash);
		addHistory(actor, "contact-replaced", former, now);
	}

	/** A new private link replaces the old one (the old link stops working). */
	public void replacePrivateToken(String hash, String actor, Instant now) {
		this.privateTokenHash = hash;
		addHistory(actor, "link-sent", "", now);
	}

	private void apply(RegistrationDetails d) {
		contactName = d.contactName();
		contactTitle = d.contactTitle();
		contactEmail = d.contactEmail();
		contactPhone = d.contactPhone();
		effortStatus = d.effortStatus();
		effortDescription = d.effortDescription();
		collaborationForums = d.collaborationForums().isEmpty() ? EnumSet.noneOf(CollaborationForum.class)
				: EnumSet.copyOf(d.collaborationForums());
		collaborationDescription = d.collaborationDescription();
	}

	private Map<String, Object> describe() {
		var m = new LinkedHashMap<String, Object>();
		m.put("contactName", contactName);
		m.put("contactTitle", contactTitle);
		m.put("contactEmail", contactEmail);
		m.put("contactPhone", contactPhone);
		m.put("effortStatus", effortStatus);
		m.put("effortDescription", effortDescription);
		m.put("collaborationForums", EnumSet
			.copyOf(collaborationForums.isEmpty() ? EnumSet.noneOf(CollaborationForum.class) : collaborationForums));
		m.put("collaborationDescription", collaborationDescription);
		return m;
	}

	// Getters

	public RegistrationDetails getDetails() {
		return new RegistrationDetails(contactName, contactTitle, contactEmail, contactPhone, effortStatus,
				effortDescription, collaborationForums, collaborationDescription);
	}

	public Long getId() {
		return id;
	}

	public Long getEditionId() {
		return editionId;
	}

	public Integer getMunicipalityCode() {
		return municipalityCode;
	}

	public String getReference() {
		return reference;
	}

	public RegistrationStatus getStatus() {
		return status;
	}

	public String getContactName() {
		return contactName;
	}

	public String getContactTitle() {
		return contactTitle;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	/** The phone number as Danes write it ({@code 43 35 10 00}), for pages and mails. */
	public String getContactPhoneShown() {
		return PhoneNumbers.format(contactPhone);
	}

	public EffortStatus getEffortStatus() {
		return effortStatus;
	}

	public String getEffortDescription() {
		return effortDescription;
	}

	public Set<CollaborationForum> getCollaborationForums() {
		return Collections.unmodifiableSet(collaborationForums);
	}

	public String getCollaborationDescription() {
		return collaborationDescription;
	}

	public Long getNetworkId() {
		return networkId;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public String getRejectionReason() {
		return rejectionReason;
	}

	public List<Participant> getParticipants() {
		return Collections.unmodifiableList(participants);
	}

	public List<Attachment> getAttachments() {
		return Collections.unmodifiableList(attachments);
	}

	public List<HistoryEntry> getHistory() {
		return Collections.unmodifiableList(history);
	}

	public long getVersion() {
		return version;
	}

	String getSubmissionToken() {
		return submissionToken;
	}

	@Override
	public String toString() {
		return "Registration#" + id + " " + reference + " " + status;
	}

}
