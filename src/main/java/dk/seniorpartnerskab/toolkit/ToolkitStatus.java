package dk.seniorpartnerskab.toolkit;

/** A draft is visible to staff only; a published toolkit is public. */
public enum ToolkitStatus {

	DRAFT, PUBLISHED

}
