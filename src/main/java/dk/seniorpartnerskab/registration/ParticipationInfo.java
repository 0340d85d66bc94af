package dk.seniorpartnerskab.registration;

import java.util.List;

/**
 * What other modules know about a registration's participation, shown on the contact's
 * private page: the network module contributes the network's name, scheduling the dates.
 * Every bean implementing this is asked; an empty list adds nothing.
 */
public interface ParticipationInfo {

	List<ParticipationLine> linesFor(long registrationId);

}
