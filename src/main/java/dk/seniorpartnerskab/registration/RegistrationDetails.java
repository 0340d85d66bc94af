package dk.seniorpartnerskab.registration;

import java.util.Set;

/**
 * What the contact fills in about the municipality's senior effort and about themselves.
 */
public record RegistrationDetails(String contactName, String contactTitle, String contactEmail, String contactPhone,
		EffortStatus effortStatus, String effortDescription, Set<CollaborationForum> collaborationForums,
		String collaborationDescription) {

	public RegistrationDetails {
		collaborationForums = Set.copyOf(collaborationForums);
	}

}
