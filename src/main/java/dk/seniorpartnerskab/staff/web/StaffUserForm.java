package dk.seniorpartnerskab.staff.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dk.seniorpartnerskab.web.EmailAddress;
import dk.seniorpartnerskab.staff.Role;

/**
 * A new staff user: the password is set by the admin and handed over outside the system.
 */
record StaffUserForm(@NotBlank @Size(max = 200) String name, @NotBlank @EmailAddress String email, @NotNull Role role,
		@NotBlank @Size(min = 12, max = 200) String password) {

	static StaffUserForm empty() {
		return new StaffUserForm(null, null, Role.STAFF, null);
	}

}
