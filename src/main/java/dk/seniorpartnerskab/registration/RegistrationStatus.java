package dk.seniorpartnerskab.registration;

/**
 * Where a registration stands. RECEIVED on submission (WAITING_LIST when the edition is
 * full).
 */
public enum RegistrationStatus {

	RECEIVED, APPROVED, WAITING_LIST, REJECTED, WITHDRAWN;

	/** Counts towards the edition's maximum and holds the municipality's place. */
	public boolean isActive() {
		return this != REJECTED && this != WITHDRAWN;
	}

}
