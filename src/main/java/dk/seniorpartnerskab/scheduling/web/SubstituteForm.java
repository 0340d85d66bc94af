package dk.seniorpartnerskab.scheduling.web;

import jakarta.validation.constraints.NotBlank;

import dk.seniorpartnerskab.web.EmailAddress;
import jakarta.validation.constraints.Size;

/** A colleague from the same municipality who comes instead. */
public record SubstituteForm(@NotBlank @Size(max = 200) String name, @NotBlank @EmailAddress String email) {

	static SubstituteForm empty() {
		return new SubstituteForm(null, null);
	}

}
