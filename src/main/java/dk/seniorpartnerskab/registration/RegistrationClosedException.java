package dk.seniorpartnerskab.registration;

/** Registration for the edition is not open (not yet, or the deadline has passed). */
public class RegistrationClosedException extends RuntimeException {

	public RegistrationClosedException(long editionId) {
		super("Registration for edition " + editionId + " is not open");
	}

}
