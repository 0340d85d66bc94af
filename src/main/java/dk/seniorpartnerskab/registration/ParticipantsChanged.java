package dk.seniorpartnerskab.registration;

/**
 * The contact (or staff) added or removed participants of a registration. Listeners read
 * the registration's participants as they are now, so a late or repeated delivery does no
 * harm.
 */
public record ParticipantsChanged(long registrationId, int added, int removed) {

}
