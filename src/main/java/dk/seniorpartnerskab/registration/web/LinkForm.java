package dk.seniorpartnerskab.registration.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The address to send a lost private link to. */
public record LinkForm(@NotBlank @Email @Size(max = 254) String email) {

}
