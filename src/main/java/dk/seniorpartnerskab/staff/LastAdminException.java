package dk.seniorpartnerskab.staff;

/** The change would leave no active administrator. */
public class LastAdminException extends RuntimeException {

	LastAdminException() {
		super("The last active administrator cannot be demoted or deactivated", null, false, false);
	}

}
