package dk.seniorpartnerskab.scheduling;

/**
 * What kind of meeting: a full physical development day of a network, a shorter digital
 * meeting of a network, or a webinar for the whole edition.
 */
public enum MeetingKind {

	DEVELOPMENT_DAY(true), DIGITAL_MEETING(false), WEBINAR(false);

	private final boolean physical;

	MeetingKind(boolean physical) {
		this.physical = physical;
	}

	/** Physical meetings need a venue and an address; the others an online link. */
	public boolean isPhysical() {
		return physical;
	}

}
