package dk.seniorpartnerskab.registration;

/** Where management and employees collaborate on the senior effort. */
public enum CollaborationForum {

	HOVED_MED, MED_COMMITTEE, TRIO, OTHER

}
