package dk.seniorpartnerskab.edition;

import java.time.Instant;
import java.time.LocalDate;

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
 * One run of the programme (forløb), e.g. the first in 2022-23. Counts of development
 * days and digital meetings per network are settings, not constants: one municipality
 * counted four days in the first run.
 */
@Entity
@Table(name = "edition")
public class Edition {

	public static final int DEFAULT_DEVELOPMENT_DAYS = 3;

	public static final int DEFAULT_DIGITAL_MEETINGS = 3;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String slug;

	@Column(name = "reference_prefix")
	private String referencePrefix;

	@Column(name = "public_intro")
	private String publicIntro = "";

	@Column(name = "public_details")
	private String publicDetails = "";

	@Column(name = "registration_opens")
	private Instant registrationOpens;

	@Column(name = "registration_closes")
	private Instant registrationCloses;

	@Column(name = "course_start")
	private LocalDate courseStart;

	@Column(name = "course_end")
	private LocalDate courseEnd;

	@Column(name = "development_days_per_network")
	private int developmentDaysPerNetwork = DEFAULT_DEVELOPMENT_DAYS;

	@Column(name = "digital_meetings_per_network")
	private int digitalMeetingsPerNetwork = DEFAULT_DIGITAL_MEETINGS;

	@Column(name = "max_municipalities")
	private Integer maxMunicipalities;

	@Enumerated(EnumType.STRING)
	private EditionStatus status = EditionStatus.DRAFT;

	@Column(name = "secretariat_name")
	private String secretariatName;

	@Column(name = "secretariat_email")
	private String secretariatEmail;

	@Column(name = "secretariat_phone")
	private String secretariatPhone;

	@Version
	private long version;

	protected Edition() {
	}

	public Edition(String name, String slug, String referencePrefix) {
		this.name = name;
		this.slug = slug;
		this.referencePrefix = referencePrefix;
	}

	public RegistrationWindow registrationWindow(Instant now) {
		return RegistrationWindow.at(now, registrationOpens, registrationCloses);
	}

	public boolean isRegistrationOpen(Instant now) {
		return registrationWindow(now) == RegistrationWindow.OPEN;
	}

	/** True when a maximum is set and {@code approvedOrReceived} has reached it. */
	public boolean isFull(long registeredMunicipalities) {
		return maxMunicipalities != null && registeredMunicipalities >= maxMunicipalities;
	}

	public boolean isPublished() {
		return status == EditionStatus.PUBLISHED;
	}

	/**
	 * Formats a registration's reference number within this edition, e.g.
	 * {@code SP27-0001}.
	 */
	public String referenceNumber(int sequence) {
		return "%s-%04d".formatted(referencePrefix, sequence);
	}

	/**
	 * A new draft edition with this one's texts and settings, for staff to give new
	 * dates.
	 */
	public Edition copyAs(String newName, String newSlug, String newReferencePrefix) {
		var copy = new Edition(newName, newSlug, newReferencePrefix);
		copy.publicIntro = publicIntro;
		copy.publicDetails = publicDetails;
		copy.secretariatName = secretariatName;
		copy.secretariatEmail = secretariatEmail;
		copy.secretariatPhone = secretariatPhone;
		copy.registrationOpens = registrationOpens;
		copy.registrationCloses = registrationCloses;
		copy.courseStart = courseStart;
		copy.courseEnd = courseEnd;
		copy.developmentDaysPerNetwork = developmentDaysPerNetwork;
		copy.digitalMeetingsPerNetwork = digitalMeetingsPerNetwork;
		copy.maxMunicipalities = maxMunicipalities;
		copy.status = EditionStatus.DRAFT;
		return copy;
	}

	public void update(String name, String slug, String referencePrefix, String publicIntro, String publicDetails,
			Instant registrationOpens, Instant registrationCloses, LocalDate courseStart, LocalDate courseEnd,
			int developmentDaysPerNetwork, int digitalMeetingsPerNetwork, Integer maxMunicipalities,
			EditionStatus status) {
		this.name = name;
		this.slug = slug;
		this.referencePrefix = referencePrefix;
		this.publicIntro = publicIntro == null ? "" : publicIntro;
		this.publicDetails = publicDetails == null ? "" : publicDetails;
		this.registrationOpens = registrationOpens;
		this.registrationCloses = registrationCloses;
		this.courseStart = courseStart;
		this.courseEnd = courseEnd;
		this.developmentDaysPerNetwork = developmentDaysPerNetwork;
		this.digitalMeetingsPerNetwork = digitalMeetingsPerNetwork;
		this.maxMunicipalities = maxMunicipalities;
		this.status = status;
	}

	/**
	 * The edition's own secretariat; a blank field falls back to the default
	 * ({@code app.secretariat.*}).
	 */
	public void changeSecretariat(String name, String email, String phone) {
		this.secretariatName = blankToNull(name);
		this.secretariatEmail = blankToNull(email);
		this.secretariatPhone = blankToNull(phone);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	public String getSecretariatName() {
		return secretariatName;
	}

	public String getSecretariatEmail() {
		return secretariatEmail;
	}

	public String getSecretariatPhone() {
		return secretariatPhone;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getSlug() {
		return slug;
	}

	public String getReferencePrefix() {
		return referencePrefix;
	}

	public String getPublicIntro() {
		return publicIntro;
	}

	public String getPublicDetails() {
		return publicDetails;
	}

	public Instant getRegistrationOpens() {
		return registrationOpens;
	}

	public Instant getRegistrationCloses() {
		return registrationCloses;
	}

	public LocalDate getCourseStart() {
		return courseStart;
	}

	public LocalDate getCourseEnd() {
		return courseEnd;
	}

	public int getDevelopmentDaysPerNetwork() {
		return developmentDaysPerNetwork;
	}

	public int getDigitalMeetingsPerNetwork() {
		return digitalMeetingsPerNetwork;
	}

	public Integer getMaxMunicipalities() {
		return maxMunicipalities;
	}

	public EditionStatus getStatus() {
		return status;
	}

	public long getVersion() {
		return version;
	}

}
