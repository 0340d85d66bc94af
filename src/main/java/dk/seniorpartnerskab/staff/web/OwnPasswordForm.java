package dk.seniorpartnerskab.staff.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A staff member's own new password, with the current one and the new one repeated. */
record OwnPasswordForm(@NotBlank @Size(max = 200) String currentPassword,
		@NotBlank @Size(min = 12, max = 200) String newPassword, @NotBlank @Size(max = 200) String repeatPassword) {

	static OwnPasswordForm empty() {
		return new OwnPasswordForm(null, null, null);
	}

}
