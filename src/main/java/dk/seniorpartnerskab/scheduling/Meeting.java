package dk.seniorpartnerskab.scheduling;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A development day, digital meeting or webinar of an edition, for one network or
 * (network id null) for the whole edition. Its UID never changes and its SEQUENCE grows
 * with every change of time or place, so calendar programs update the entry they already
 * have instead of adding a second one.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "edition_id")
	private long editionId;

	@Column(name = "network_id")
	private Long networkId;

	@Enumerated(EnumType.STRING)
	private MeetingKind kind;

	private String title;

	private String theme = "";

	private Integer capacity;

	@Column(name = "starts_at")
	private Instant startsAt;

	@Column(name = "ends_at")
	private Instant endsAt;

	private String venue;

	private String address;

	@Column(name = "online_link")
	private String onlineLink;

	@Enumerated(EnumType.STRING)
	private MeetingStatus status = MeetingStatus.DRAFT;

	private String uid;

	private int sequence;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected Meeting() {
	}

	private Meeting(long editionId, Long networkId, MeetingKind kind, MeetingDetails details, Instant now) {
		this.editionId = editionId;
		this.networkId = networkId;
		this.kind = Objects.requireNonNull(kind);
		this.uid = UUID.randomUUID() + "@seniorpartnerskab";
		this.createdAt = now;
		apply(details);
	}

	/** A new meeting in draft: it can be given times and place before it is planned. */
	public static Meeting draft(long editionId, Long networkId, MeetingKind kind, MeetingDetails details, Instant now) {
		return new Meeting(editionId, networkId, kind, details, now);
	}

	/**
	 * Changes what staff set. Returns true when time or place changed for a meeting that
	 * is planned: then the SEQUENCE has gone up and invitations already sent must be
	 * updated.
	 */
	public boolean update(MeetingDetails details) {
		guardNotCancelled();
		boolean significant = !Objects.equals(startsAt, details.startsAt()) || !Objects.equals(endsAt, details.endsAt())
				|| !Objects.equals(venue, details.venue()) || !Objects.equals(address, details.address())
				|| !Objects.equals(onlineLink, details.onlineLink());
		if (status == MeetingStatus.PLANNED && !details.isCompleteFor(kind)) {
			throw new IllegalStateException("A planned meeting needs times and a place");
		}
		apply(details);
		if (significant && status == MeetingStatus.PLANNED) {
			sequence++;
			return true;
		}
		return false;
	}

	/**
	 * From draft to planned: only with times and a place (a venue and address, or a
	 * link).
	 */
	public void plan() {
		guardNotCancelled();
		if (status == MeetingStatus.PLANNED) {
			return;
		}
		if (!currentDetails().isCompleteFor(kind)) {
			throw new IllegalStateException("A meeting needs times and a place to be planned");
		}
		status = MeetingStatus.PLANNED;
	}

	/**
	 * One person's invitation is withdrawn while the meeting goes on: their cancellation
	 * must carry a higher SEQUENCE than the request they hold, or calendar programs
	 * ignore it. Later requests to anyone carry the raised number too, which they accept.
	 */
	void raiseSequence() {
		guardNotCancelled();
		sequence++;
	}

	/**
	 * Cancels the meeting; the higher SEQUENCE makes calendar programs accept the
	 * cancellation.
	 */
	public void cancel() {
		guardNotCancelled();
		status = MeetingStatus.CANCELLED;
		sequence++;
	}

	/** Answers may change until the meeting starts. */
	public boolean hasStarted(Instant now) {
		return startsAt != null && !now.isBefore(startsAt);
	}

	public boolean isPlanned() {
		return status == MeetingStatus.PLANNED;
	}

	public boolean isCancelled() {
		return status == MeetingStatus.CANCELLED;
	}

	public boolean isForWholeEdition() {
		return networkId == null;
	}

	public MeetingDetails currentDetails() {
		return new MeetingDetails(title, theme, capacity, startsAt, endsAt, venue, address, onlineLink);
	}

	private void apply(MeetingDetails details) {
		this.title = details.title();
		this.theme = details.theme();
		this.capacity = details.capacity();
		this.startsAt = details.startsAt();
		this.endsAt = details.endsAt();
		this.venue = kind.isPhysical() ? details.venue() : null;
		this.address = kind.isPhysical() ? details.address() : null;
		this.onlineLink = kind.isPhysical() ? null : details.onlineLink();
	}

	private void guardNotCancelled() {
		if (status == MeetingStatus.CANCELLED) {
			throw new IllegalStateException("Meeting " + id + " is cancelled");
		}
	}

	public Long getId() {
		return id;
	}

	public long getEditionId() {
		return editionId;
	}

	public Long getNetworkId() {
		return networkId;
	}

	public MeetingKind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public String getTheme() {
		return theme;
	}

	public Integer getCapacity() {
		return capacity;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	public Instant getEndsAt() {
		return endsAt;
	}

	public String getVenue() {
		return venue;
	}

	public String getAddress() {
		return address;
	}

	public String getOnlineLink() {
		return onlineLink;
	}

	/** Where it takes place, as one line: venue and address, or the link. */
	public String getLocation() {
		if (kind.isPhysical()) {
			return venue == null ? address : address == null ? venue : venue + ", " + address;
		}
		return onlineLink;
	}

	public MeetingStatus getStatus() {
		return status;
	}

	public String getUid() {
		return uid;
	}

	public int getSequence() {
		return sequence;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getVersion() {
		return version;
	}

}
