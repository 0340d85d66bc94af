package dk.seniorpartnerskab.review;

import dk.seniorpartnerskab.registration.RegistrationStatus;
import dk.seniorpartnerskab.registration.Side;

/**
 * A participant with the municipality, registration status and network, for the
 * participant export.
 */
public record ParticipantExportRow(String reference, String municipality, RegistrationStatus status, String name,
		String email, String title, Side side, String networkName) {

}
