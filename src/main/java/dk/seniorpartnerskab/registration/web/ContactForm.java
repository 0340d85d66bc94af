package dk.seniorpartnerskab.registration.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dk.seniorpartnerskab.web.EmailAddress;
import dk.seniorpartnerskab.web.TextCleaner;

/** A registration's new contact, entered by staff; phone as on the public form. */
public record ContactForm(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String title,
		@NotBlank @EmailAddress String email, @Pattern(regexp = "(\\+45)?[\\s-]*([0-9][\\s-]*){8}") String phone,
		Long version) {

	/** Trims, and removes spaces and dashes from the phone number. */
	ContactForm cleaned() {
		String cleanPhone = TextCleaner.line(phone);
		return new ContactForm(TextCleaner.line(name), TextCleaner.line(title), TextCleaner.line(email),
				cleanPhone == null ? null : cleanPhone.replaceAll("[\\s-]", ""), version);
	}

}
