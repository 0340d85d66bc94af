package dk.seniorpartnerskab.edition.web;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.edition.EditionStatus;
import dk.seniorpartnerskab.web.Copenhagen;
import dk.seniorpartnerskab.web.EmailAddress;

/**
 * The edition form; times are wall-clock times in Copenhagen, {@code version} guards
 * concurrent edits. A mutable form object rather than a record: with constructor binding
 * one value that does not convert (a letter in a number field) leaves no object at all,
 * and everything typed would be lost; with setters the bad value becomes a field error
 * and the rest is kept.
 */
public class EditionForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotBlank
	@Size(max = 80)
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
	private String slug;

	@NotBlank
	@Pattern(regexp = "[A-Z]{2,4}[0-9]{2}")
	private String referencePrefix;

	@Size(max = 5000)
	private String publicIntro;

	@Size(max = 20000)
	private String publicDetails;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime registrationOpens;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime registrationCloses;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate courseStart;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate courseEnd;

	@NotNull
	@Min(0)
	@Max(20)
	private Integer developmentDaysPerNetwork = Edition.DEFAULT_DEVELOPMENT_DAYS;

	@NotNull
	@Min(0)
	@Max(20)
	private Integer digitalMeetingsPerNetwork = Edition.DEFAULT_DIGITAL_MEETINGS;

	@Min(1)
	@Max(98)
	private Integer maxMunicipalities;

	@NotNull
	private EditionStatus status = EditionStatus.DRAFT;

	@Size(max = 200)
	private String secretariatName;

	@EmailAddress
	private String secretariatEmail;

	@Size(max = 40)
	@Pattern(regexp = "[+0-9 ()-]*")
	private String secretariatPhone;

	private Long version;

	static EditionForm of(Edition e) {
		var form = new EditionForm();
		form.name = e.getName();
		form.slug = e.getSlug();
		form.referencePrefix = e.getReferencePrefix();
		form.publicIntro = e.getPublicIntro();
		form.publicDetails = e.getPublicDetails();
		form.registrationOpens = Copenhagen.at(e.getRegistrationOpens()).toLocalDateTime();
		form.registrationCloses = Copenhagen.at(e.getRegistrationCloses()).toLocalDateTime();
		form.courseStart = e.getCourseStart();
		form.courseEnd = e.getCourseEnd();
		form.developmentDaysPerNetwork = e.getDevelopmentDaysPerNetwork();
		form.digitalMeetingsPerNetwork = e.getDigitalMeetingsPerNetwork();
		form.maxMunicipalities = e.getMaxMunicipalities();
		form.status = e.getStatus();
		form.secretariatName = e.getSecretariatName();
		form.secretariatEmail = e.getSecretariatEmail();
		form.secretariatPhone = e.getSecretariatPhone();
		form.version = e.getVersion();
		return form;
	}

	void applyTo(Edition edition) {
		edition.update(name, slug, referencePrefix, publicIntro, publicDetails, Copenhagen.instant(registrationOpens),
				Copenhagen.instant(registrationCloses), courseStart, courseEnd, developmentDaysPerNetwork,
				digitalMeetingsPerNetwork, maxMunicipalities, status);
		edition.changeSecretariat(secretariatName, secretariatEmail, secretariatPhone);
	}

	public String getSecretariatName() {
		return secretariatName;
	}

	public void setSecretariatName(String secretariatName) {
		this.secretariatName = secretariatName;
	}

	public String getSecretariatEmail() {
		return secretariatEmail;
	}

	public void setSecretariatEmail(String secretariatEmail) {
		this.secretariatEmail = secretariatEmail;
	}

	public String getSecretariatPhone() {
		return secretariatPhone;
	}

	public void setSecretariatPhone(String secretariatPhone) {
		this.secretariatPhone = secretariatPhone;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getReferencePrefix() {
		return referencePrefix;
	}

	public void setReferencePrefix(String referencePrefix) {
		this.referencePrefix = referencePrefix;
	}

	public String getPublicIntro() {
		return publicIntro;
	}

	public void setPublicIntro(String publicIntro) {
		this.publicIntro = publicIntro;
	}

	public String getPublicDetails() {
		return publicDetails;
	}

	public void setPublicDetails(String publicDetails) {
		this.publicDetails = publicDetails;
	}

	public LocalDateTime getRegistrationOpens() {
		return registrationOpens;
	}

	public void setRegistrationOpens(LocalDateTime registrationOpens) {
		this.registrationOpens = registrationOpens;
	}

	public LocalDateTime getRegistrationCloses() {
		return registrationCloses;
	}

	public void setRegistrationCloses(LocalDateTime registrationCloses) {
		this.registrationCloses = registrationCloses;
	}

	public LocalDate getCourseStart() {
		return courseStart;
	}

	public void setCourseStart(LocalDate courseStart) {
		this.courseStart = courseStart;
	}

	public LocalDate getCourseEnd() {
		return courseEnd;
	}

	public void setCourseEnd(LocalDate courseEnd) {
		this.courseEnd = courseEnd;
	}

	public Integer getDevelopmentDaysPerNetwork() {
		return developmentDaysPerNetwork;
	}

	public void setDevelopmentDaysPerNetwork(Integer developmentDaysPerNetwork) {
		this.developmentDaysPerNetwork = developmentDaysPerNetwork;
	}

	public Integer getDigitalMeetingsPerNetwork() {
		return digitalMeetingsPerNetwork;
	}

	public void setDigitalMeetingsPerNetwork(Integer digitalMeetingsPerNetwork) {
		this.digitalMeetingsPerNetwork = digitalMeetingsPerNetwork;
	}

	public Integer getMaxMunicipalities() {
		return maxMunicipalities;
	}

	public void setMaxMunicipalities(Integer maxMunicipalities) {
		this.maxMunicipalities = maxMunicipalities;
	}

	public EditionStatus getStatus() {
		return status;
	}

	public void setStatus(EditionStatus status) {
		this.status = status;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
