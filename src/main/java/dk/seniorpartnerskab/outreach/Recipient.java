package dk.seniorpartnerskab.outreach;

/** A contact a message goes to. */
public record Recipient(Long contactId, int municipalityCode, String municipalityName, String name, String email) {

}
