package dk.seniorpartnerskab.registration.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import dk.seniorpartnerskab.web.EmailAddress;
import dk.seniorpartnerskab.registration.ParticipantDetails;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

import dk.seniorpartnerskab.registration.CollaborationForum;
import dk.seniorpartnerskab.registration.EffortStatus;
import dk.seniorpartnerskab.registration.Registration;
import dk.seniorpartnerskab.registration.RegistrationDetails;
import dk.seniorpartnerskab.registration.Side;
import dk.seniorpartnerskab.web.TextCleaner;
import java.util.Objects;

/**
 * The registration form, also used on the private page to edit. A mutable class, not a
 * record: with a list of rows, enums and a number, one value that does not convert must
 * become a field error and keep everything else typed. {@code website} is the honeypot
 * (people never see it), {@code submissionToken} makes a resubmitted form create one
 * registration.
 */
public class RegistrationForm {

	static final int MIN_PARTICIPANTS = 2;

	static final int MAX_PARTICIPANTS = 10;

	static final int MAX_ATTACHMENTS = 3;

	static final long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;

	@NotNull
	private Integer municipalityCode;

	@NotBlank
	@Size(max = 200)
	private String contactName;

	@NotBlank
	@Size(max = 200)
	private String contactTitle;

	@NotBlank
	@EmailAddress
	private String contactEmail;

	/** Eight digits, optionally after +45; spaces are removed before checking. */
	@Pattern(regexp = "(\\+45)?[0-9]{8}")
	private String contactPhone;

	@NotNull
	private EffortStatus effortStatus;

	@NotBlank
	@Size(min = 50, max = 5000)
	private String effortDescription;

	@NotEmpty
	private List<CollaborationForum> collaborationForums = new ArrayList<>();

	@NotBlank
	@Size(min = 20, max = 3000)
	private String collaborationDescription;

	@Valid
	private List<ParticipantForm> participants = new ArrayList<>();

	private List<MultipartFile> attachments = new ArrayList<>();

	/** Ids of files kept from an earlier round trip that the person chose to remove. */
	private List<Long> removeKept = new ArrayList<>();

	/** Ids of already attached files the contact removes on the private page. */
	private List<Long> removeAttachments = new ArrayList<>();

	@AssertTrue
	private boolean consent;

	private String website;

	private String submissionToken;

	private Long version;

	/**
	 * More rows were posted than the form ever offers (only a tampered request does
	 * that).
	 */
	private boolean tooManyRows;

	/** An empty form with one row for each side. */
	static RegistrationForm empty(String submissionToken) {
		var form = new RegistrationForm();
		form.participants.add(new ParticipantForm(Side.MANAGEMENT));
		form.participants.add(new ParticipantForm(Side.EMPLOYEES));
		form.submissionToken = submissionToken;
		return form;
	}

	/** The form filled with a registration's current values, for the private page. */
	static RegistrationForm of(Registration r) {
		var form = new RegistrationForm();
		form.municipalityCode = r.getMunicipalityCode();
		form.contactName = r.getContactName();
		form.contactTitle = r.getContactTitle();
		form.contactEmail = r.getContactEmail();
		form.contactPhone = r.getContactPhone();
		form.effortStatus = r.getEffortStatus();
		form.effortDescription = r.getEffortDescription();
		form.collaborationForums = new ArrayList<>(EnumSet.copyOf(r.getCollaborationForums().isEmpty()
				? EnumSet.noneOf(CollaborationForum.class) : r.getCollaborationForums()));
		form.collaborationDescription = r.getCollaborationDescription();
		r.getParticipants().forEach(p -> form.participants.add(ParticipantForm.of(p)));
		form.consent = true;
		form.version = r.getVersion();
		return form;
	}

	/** "Tilføj deltager": one more empty row, up to the maximum. */
	void addParticipant() {
		if (participants.size() < MAX_PARTICIPANTS) {
			participants.add(new ParticipantForm());
		}
	}

	/** "Fjern": drops the row at {@code index}; an index out of range changes nothing. */
	void removeParticipant(int index) {
		if (index >= 0 && index < participants.size()) {
			participants.remove(index);
		}
	}

	List<ParticipantDetails> participantDetails() {
		return participants.stream().map(ParticipantForm::toDetails).toList();
	}

	/**
	 * Strips control characters, normalises the phone number and drops participant rows
	 * left entirely blank.
	 */
	void clean() {
		contactName = TextCleaner.line(contactName);
		contactTitle = TextCleaner.line(contactTitle);
		contactEmail = TextCleaner.line(contactEmail);
		contactPhone = TextCleaner.line(contactPhone);
		if (contactPhone != null) {
			contactPhone = contactPhone.replaceAll("[\\s-]", "");
		}
		effortDescription = TextCleaner.text(effortDescription);
		collaborationDescription = TextCleaner.text(collaborationDescription);
		collaborationForums.removeIf(Objects::isNull);
		participants.removeIf(Objects::isNull);
		if (participants.size() > MAX_PARTICIPANTS) {
			tooManyRows = true;
			participants = new ArrayList<>(participants.subList(0, MAX_PARTICIPANTS));
		}
		participants.forEach(ParticipantForm::clean);
		// Rows left entirely blank are dropped, as long as enough rows remain to show
		// what is missing.
		for (var it = participants.listIterator(participants.size()); it.hasPrevious()
				&& participants.size() > MIN_PARTICIPANTS;) {
			if (it.previous().isBlank()) {
				it.remove();
			}
		}
		if (attachments == null) {
			attachments = new ArrayList<>();
		}
		attachments.removeIf(file -> file == null || file.isEmpty() && file.getOriginalFilename() == null
				|| file.isEmpty() && file.getOriginalFilename().isBlank());
	}

	RegistrationDetails toDetails() {
		return new RegistrationDetails(contactName, contactTitle, contactEmail, contactPhone, effortStatus,
				effortDescription, EnumSet.copyOf(collaborationForums), collaborationDescription);
	}

	boolean hasBothSides() {
		return participants.stream().anyMatch(p -> p.getSide() == Side.MANAGEMENT)
				&& participants.stream().anyMatch(p -> p.getSide() == Side.EMPLOYEES);
	}

	boolean hasTooManyRows() {
		return tooManyRows;
	}

	boolean hasFiles() {
		return attachments != null && attachments.stream().anyMatch(f -> f != null && !f.isEmpty());
	}

	public Integer getMunicipalityCode() {
		return municipalityCode;
	}

	public void setMunicipalityCode(Integer municipalityCode) {
		this.municipalityCode = municipalityCode;
	}

	public String getContactName() {
		return contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactTitle() {
		return contactTitle;
	}

	public void setContactTitle(String contactTitle) {
		this.contactTitle = contactTitle;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public EffortStatus getEffortStatus() {
		return effortStatus;
	}

	public void setEffortStatus(EffortStatus effortStatus) {
		this.effortStatus = effortStatus;
	}

	public String getEffortDescription() {
		return effortDescription;
	}

	public void setEffortDescription(String effortDescription) {
		this.effortDescription = effortDescription;
	}

	public List<CollaborationForum> getCollaborationForums() {
		return collaborationForums;
	}

	public void setCollaborationForums(List<CollaborationForum> collaborationForums) {
		this.collaborationForums = collaborationForums == null ? new ArrayList<>() : collaborationForums;
	}

	public String getCollaborationDescription() {
		return collaborationDescription;
	}

	public void setCollaborationDescription(String collaborationDescription) {
		this.collaborationDescription = collaborationDescription;
	}

	public List<ParticipantForm> getParticipants() {
		return participants;
	}

	public void setParticipants(List<ParticipantForm> participants) {
		this.participants = participants == null ? new ArrayList<>() : participants;
	}

	public List<Long> getRemoveKept() {
		return removeKept;
	}

	public void setRemoveKept(List<Long> removeKept) {
		this.removeKept = removeKept == null ? new ArrayList<>() : removeKept;
	}

	public List<MultipartFile> getAttachments() {
		return attachments;
	}

	public void setAttachments(List<MultipartFile> attachments) {
		this.attachments = attachments;
	}

	public List<Long> getRemoveAttachments() {
		return removeAttachments;
	}

	public void setRemoveAttachments(List<Long> removeAttachments) {
		this.removeAttachments = removeAttachments == null ? new ArrayList<>() : removeAttachments;
	}

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getSubmissionToken() {
		return submissionToken;
	}

	public void setSubmissionToken(String submissionToken) {
		this.submissionToken = submissionToken;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
