package dk.seniorpartnerskab.scheduling.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dk.seniorpartnerskab.scheduling.RecipientFilter;

/** A message from staff to a group of a meeting's invited. */
public class GroupMessageForm {

	@NotNull
	private RecipientFilter recipients = RecipientFilter.ALL;

	@NotBlank
	@Size(max = 200)
	private String subject;

	@NotBlank
	@Size(max = 10000)
	private String body;

	public RecipientFilter getRecipients() {
		return recipients;
	}

	public void setRecipients(RecipientFilter recipients) {
		this.recipients = recipients;
	}

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

}
