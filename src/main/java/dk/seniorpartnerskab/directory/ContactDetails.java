package dk.seniorpartnerskab.directory;

/** What staff (or an import) say about a contact; text fields are never null. */
public record ContactDetails(ContactRole role, String name, String title, String email, String phone, String note) {

	public ContactDetails {
		name = clean(name);
		title = clean(title);
		email = clean(email);
		phone = clean(phone);
		note = clean(note);
	}

	private static String clean(String value) {
		return value == null ? "" : value.strip();
	}

}
