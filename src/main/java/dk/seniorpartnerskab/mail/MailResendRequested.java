package dk.seniorpartnerskab.mail;

/**
 * Staff pressed "Send igen" on a failed mail that carried a link secret. The old link is
 * never sent again, so the module that wrote the mail (a {@link MailReissuer} for its
 * {@code kind}) writes a new one with a fresh link, replacing the old link, marked with
 * {@link MailMessage#resending(long)}. {@code reference} is the failed mail's (e.g.
 * {@code invitation:7}); {@code recipient} the address it failed to reach; the new mail
 * goes to whoever the owner holds now.
 */
public record MailResendRequested(long mailId, String kind, String reference, String recipient, String actor) {

	/**
	 * The id after {@code prefix:} in the reference, or null when it has another form.
	 */
	public Long referenceId(String prefix) {
		if (reference == null || !reference.startsWith(prefix + ":")) {
			return null;
		}
		try {
			return Long.valueOf(reference.substring(prefix.length() + 1));
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

}
