package dk.seniorpartnerskab.mail.web;

import dk.seniorpartnerskab.mail.MailStatus;

/**
 * The mail log's filters, bound from the query string
 * ({@code ?status=FAILED&kind=...&recipient=...}).
 */
public class MailLogFilter {

	private MailStatus status;

	private String kind;

	private String recipient;

	private String reference;

	private int page = 1;

	public MailStatus getStatus() {
		return status;
	}

	public void setStatus(MailStatus status) {
		this.status = status;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getRecipient() {
		return recipient;
	}

	public void setRecipient(String recipient) {
		this.recipient = recipient;
	}

	public String getReference() {
		return reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public int getPage() {
		return page;
	}

	public void setPage(int page) {
		this.page = Math.max(page, 1);
	}

}
