package dk.seniorpartnerskab.directory;

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
 * A person at a municipality whom staff write to. One per municipality and address; a
 * contact who registered the municipality is marked by {@code registrationId}.
 */
@Entity
@Table(name = "directory_contact")
public class Contact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "municipality_code")
	private int municipalityCode;

	@Enumerated(EnumType.STRING)
	private ContactRole role;

	private String name;

	private String title;

	private String email;

	private String phone;

	private String note;

	@Column(name = "registration_id")
	private Long registrationId;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected Contact() {
	}

	public Contact(int municipalityCode, ContactDetails details, Instant now) {
		this.municipalityCode = municipalityCode;
		this.createdAt = now;
		apply(details, now);
	}

	/** Whether these details would change anything. */
	public boolean differsFrom(ContactDetails details) {
		return role != details.role() || !name.equals(details.name()) || !title.equals(details.title())
				|| !email.equals(details.email()) || !phone.equals(details.phone()) || !note.equals(details.note());
	}

	public void apply(ContactDetails details, Instant now) {
		this.role = details.role();
		this.name = details.name();
		this.title = details.title();
		this.email = details.email();
		this.phone = details.phone();
		this.note = details.note();
		this.updatedAt = now;
	}

	public ContactDetails details() {
		return new ContactDetails(role, name, title, email, phone, note);
	}

	public boolean hasEmail(String address) {
		return email.equalsIgnoreCase(Objects.requireNonNull(address).trim());
	}

	public Long getId() {
		return id;
	}

	public int getMunicipalityCode() {
		return municipalityCode;
	}

	public ContactRole getRole() {
		return role;
	}

	public String getName() {
		return name;
	}

	public String getTitle() {
		return title;
	}

	public String getEmail() {
		return email;
	}

	public String getPhone() {
		return phone;
	}

	public String getNote() {
		return note;
	}

	public Long getRegistrationId() {
		return registrationId;
	}

	public boolean isFromRegistration() {
		return registrationId != null;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}

	@Override
	public String toString() {
		return "Contact#" + id;
	}

}
