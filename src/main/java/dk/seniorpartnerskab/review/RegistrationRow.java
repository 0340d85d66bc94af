package dk.seniorpartnerskab.review;

import java.time.Instant;

import dk.seniorpartnerskab.registration.EffortStatus;
import dk.seniorpartnerskab.registration.RegistrationStatus;

/**
 * One line of the registration list and export, read in one query with its municipality
 * and network.
 */
public record RegistrationRow(Long id, String reference, String editionName, String municipality, String region,
		RegistrationStatus status, EffortStatus effort, String contactName, String contactTitle, String contactEmail,
		String contactPhone, Instant submittedAt, Long networkId, String networkName, long version) {

}
