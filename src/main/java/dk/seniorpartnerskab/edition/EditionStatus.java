package dk.seniorpartnerskab.edition;

/**
 * Where an edition is in its life: prepared by staff, shown to the public, or finished.
 */
public enum EditionStatus {

	DRAFT, PUBLISHED, ARCHIVED

}
