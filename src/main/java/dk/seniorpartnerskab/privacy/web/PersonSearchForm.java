package dk.seniorpartnerskab.privacy.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The e-mail address staff look a person up by (sent in the body, never in the URL). */
public record PersonSearchForm(@NotBlank @Email @Size(max = 254) String email) {

	public static PersonSearchForm empty() {
		return new PersonSearchForm("");
	}

}
