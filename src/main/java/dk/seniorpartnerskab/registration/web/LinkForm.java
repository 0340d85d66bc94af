package dk.seniorpartnerskab.registration.web;

import jakarta.validation.constraints.NotBlank;

import dk.seniorpartnerskab.web.EmailAddress;
import jakarta.validation.constraints.Size;

/** The address to send a lost private link to. */
public record LinkForm(@NotBlank @EmailAddress String email) {

}
