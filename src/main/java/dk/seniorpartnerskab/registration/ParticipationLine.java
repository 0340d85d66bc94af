package dk.seniorpartnerskab.registration;

/**
 * One line on the private page, e.g. "Netværk" / "Netværk Nord". Both texts are shown
 * escaped.
 */
public record ParticipationLine(String label, String value) {

}
