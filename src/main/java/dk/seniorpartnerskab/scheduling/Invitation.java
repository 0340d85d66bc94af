package dk.seniorpartnerskab.scheduling;

import java.time.Instant;
import java.util.Objects;

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
 * One person invited to one meeting: a participant of an approved registration, or a
 * substitute a participant named. Name and e-mail are kept as they were invited (the
 * answer page and the mails need them; a substitute is no participant). The private
 * link's token is stored only as its hash.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "meeting_id")
	private long meetingId;

	@Column(name = "registration_id")
	private long registrationId;

	@Column(name = "participant_id")
	private Long participantId;

	@Column(name = "municipality_code")
	private int municipalityCode;

	private String name;

	private String email;

	@Column(name = "token_hash")
	private String tokenHash;

	@Enumerated(EnumType.STRING)
	private Answer answer = Answer.PENDING;

	@Column(name = "answered_at")
	private Instant answeredAt;

	private Boolean attended;

	@Column(name = "invited_at")
	private Instant invitedAt;

	@Column(name = "sent_sequence")
	private int sentSequence;

	@Column(name = "substitute_for_id")
	private Long substituteForId;

	@Column(name = "withdrawn_at")
	private Instant withdrawnAt;

	@Version
	private long version;

	protected Invitation() {
	}

	Invitation(Meeting meeting, long registrationId, Long participantId, int municipalityCode, String name,
			String email, String tokenHash, Instant now) {
		this.meetingId = meeting.getId();
		this.registrationId = registrationId;
		this.participantId = participantId;
		this.municipalityCode = municipalityCode;
		this.name = Objects.requireNonNull(name);
		this.email = Objects.requireNonNull(email).trim();
		this.tokenHash = tokenHash;
		this.invitedAt = now;
		this.sentSequence = meeting.getSequence();
	}

	/**
	 * A substitute named by this invitation's person: same municipality and registration.
	 */
	Invitation substitute(Meeting meeting, String name, String email, String tokenHash, Instant now) {
		var substitute = new Invitation(meeting, registrationId, null, municipalityCode, name, email, tokenHash, now);
		substitute.substituteForId = id;
		return substitute;
	}

	/**
	 * Answers, or changes the answer, until the meeting starts; never for a cancelled
	 * meeting.
	 */
	public void answer(Answer newAnswer, Meeting meeting, Instant now) {
		if (!canAnswer(meeting, now) || newAnswer == Answer.PENDING) {
			throw new IllegalStateException("Invitation " + id + " cannot be answered now");
		}
		this.answer = newAnswer;
		this.answeredAt = now;
	}

	public boolean canAnswer(Meeting meeting, Instant now) {
		return isActive() && meeting.isPlanned() && !meeting.hasStarted(now);
	}

	/**
	 * Staff mark attendance once the meeting has started; {@code null} clears the mark.
	 */
	public void markAttendance(Boolean came, Meeting meeting, Instant now) {
		if (!meeting.hasStarted(now)) {
			throw new IllegalStateException("Attendance is marked once meeting " + meeting.getId() + " has started");
		}
		this.attended = came;
	}

	/**
	 * The person no longer belongs to the meeting (e.g. the municipality moved to another
	 * network).
	 */
	void withdraw(Instant now) {
		if (withdrawnAt == null) {
			withdrawnAt = now;
		}
	}

	/**
	 * Invited again after a withdrawal (e.g. the municipality moved back): a fresh link,
	 * no answer.
	 */
	void reinstate(String newTokenHash, Meeting meeting, Instant now) {
		withdrawnAt = null;
		answer = Answer.PENDING;
		answeredAt = null;
		tokenHash = newTokenHash;
		invitedAt = now;
		sentSequence = meeting.getSequence();
	}

	/** A new link replaces the old one (used when resending). */
	void replaceToken(String newTokenHash) {
		tokenHash = newTokenHash;
	}

	/** The hash of the current link (never the link itself). */
	String getTokenHash() {
		return tokenHash;
	}

	void recordSent(int sequence) {
		this.sentSequence = sequence;
	}

	public boolean isActive() {
		return withdrawnAt == null;
	}

	public Long getId() {
		return id;
	}

	public long getMeetingId() {
		return meetingId;
	}

	public long getRegistrationId() {
		return registrationId;
	}

	public Long getParticipantId() {
		return participantId;
	}

	public int getMunicipalityCode() {
		return municipalityCode;
	}

	public String getName() {
		return name;
	}

	public String getEmail() {
		return email;
	}

	public Answer getAnswer() {
		return answer;
	}

	public Instant getAnsweredAt() {
		return answeredAt;
	}

	public Boolean getAttended() {
		return attended;
	}

	public Instant getInvitedAt() {
		return invitedAt;
	}

	public int getSentSequence() {
		return sentSequence;
	}

	public Long getSubstituteForId() {
		return substituteForId;
	}

	public Instant getWithdrawnAt() {
		return withdrawnAt;
	}

	public long getVersion() {
		return version;
	}

	@Override
	public String toString() {
		return "Invitation#" + id;
	}

}
