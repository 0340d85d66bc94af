package dk.seniorpartnerskab.web;

/**
 * The secretariat people write to and call: shown in the footer, on the privacy page and
 * wherever a text says "skriv til sekretariatet"; the Reply-To of every mail and the
 * ORGANIZER of every calendar file. One per edition, falling back to
 * {@link SecretariatSettings} field by field.
 */
public record Secretariat(String name, String email, String phone) {

	/**
	 * The phone number as Danes write it ({@code 43 35 10 00}); empty when there is none.
	 */
	public String phoneShown() {
		return PhoneNumbers.format(phone);
	}

	/** Name and address for a mail header, e.g. {@code Reply-To}. */
	public String address() {
		return "\"" + name.replace("\"", "'").replace("\\", "") + "\" <" + email + ">";
	}

}
