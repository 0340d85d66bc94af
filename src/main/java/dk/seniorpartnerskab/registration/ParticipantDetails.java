package dk.seniorpartnerskab.registration;

/**
 * A participant as entered; {@code id} names an existing participant being changed, null
 * for a new one.
 */
public record ParticipantDetails(Long id, String name, String email, String title, Side side) {

}
