package dk.seniorpartnerskab.staff.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password set by an admin. */
record PasswordForm(@NotBlank @Size(min = 12, max = 200) String password) {

}
