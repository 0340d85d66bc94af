package dk.seniorpartnerskab.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dk.seniorpartnerskab.directory.Contact;
import dk.seniorpartnerskab.directory.ContactDetails;
import dk.seniorpartnerskab.directory.ContactRole;
import dk.seniorpartnerskab.web.EmailAddress;

/** A contact as staff add or change it. */
record ContactForm(@NotNull ContactRole role, @NotBlank @Size(max = 200) String name, @Size(max = 200) String title,
		@NotBlank @EmailAddress String email, @Size(max = 30) String phone, @Size(max = 1000) String note,
		Long version) {

	static ContactForm empty() {
		return new ContactForm(ContactRole.HR_CONTACT, "", "", "", "", "", null);
	}

	static ContactForm of(Contact contact) {
		return new ContactForm(contact.getRole(), contact.getName(), contact.getTitle(), contact.getEmail(),
				contact.getPhone(), contact.getNote(), contact.getVersion());
	}

	ContactDetails details() {
		return new ContactDetails(role, name, title, email, phone, note);
	}

}
