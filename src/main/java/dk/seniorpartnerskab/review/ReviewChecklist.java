package dk.seniorpartnerskab.review;

import dk.seniorpartnerskab.registration.Registration;
import dk.seniorpartnerskab.registration.Side;

/** The review checklist, prefilled from what the municipality submitted. */
public record ReviewChecklist(boolean effortDescribed, boolean collaborationDocumented, boolean bothParties) {

	public static ReviewChecklist of(Registration r) {
		boolean effort = r.getEffortDescription() != null && r.getEffortDescription().strip().length() >= 50;
		boolean collaboration = !r.getCollaborationForums().isEmpty() && r.getCollaborationDescription() != null
				&& !r.getCollaborationDescription().isBlank();
		var sides = r.getParticipants().stream().map(p -> p.getSide()).distinct().toList();
		return new ReviewChecklist(effort, collaboration,
				sides.contains(Side.MANAGEMENT) && sides.contains(Side.EMPLOYEES));
	}

	public boolean isComplete() {
		return effortDescribed && collaborationDocumented && bothParties;
	}

}
