package dk.seniorpartnerskab.staff;

/**
 * Staff roles, strongest first. ADMIN may do everything including managing users; STAFF
 * everything but users; VIEWER may read and export only.
 */
public enum Role {

	ADMIN, STAFF, VIEWER;

	public String authority() {
		return "ROLE_" + name();
	}

}
