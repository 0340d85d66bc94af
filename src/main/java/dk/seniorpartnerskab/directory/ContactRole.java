package dk.seniorpartnerskab.directory;

/**
 * A contact's role at the municipality; the Danish names are {@code contact.role.<NAME>}.
 */
public enum ContactRole {

	HR_CONTACT, HR_CHIEF, MUNICIPAL_DIRECTOR, EMPLOYEE_CHAIR, OTHER

}
