package dk.seniorpartnerskab.registration;

import java.util.List;

/**
 * A change the contact makes through the private link, applied by
 * {@link RegistrationManagement#changeByContact}: an edit of the registration or its
 * withdrawal.
 */
public sealed interface ContactChange {

	/**
	 * The private page's form: details and attachments (applied only until the deadline)
	 * and the participants (until the course ends).
	 */
	record Edit(RegistrationDetails details, List<Long> removedAttachmentIds, List<Attachment> addedAttachments,
			List<ParticipantDetails> participants) implements ContactChange {

		public Edit {
			removedAttachmentIds = List.copyOf(removedAttachmentIds);
			addedAttachments = List.copyOf(addedAttachments);
			participants = List.copyOf(participants);
		}

	}

	/** The municipality withdraws its registration. */
	record Withdrawal() implements ContactChange {
	}

}
