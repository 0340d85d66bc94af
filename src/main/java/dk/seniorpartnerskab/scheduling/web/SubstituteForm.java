package dk.seniorpartnerskab.scheduling.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A colleague from the same municipality who comes instead. */
public record SubstituteForm(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 254) String email) {

	static SubstituteForm empty() {
		return new SubstituteForm(null, null);
	}

}
