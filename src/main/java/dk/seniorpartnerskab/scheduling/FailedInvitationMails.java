package dk.seniorpartnerskab.scheduling;

import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.mail.MailReissuer;
import dk.seniorpartnerskab.mail.MailResendRequested;

/**
 * "Send igen" of a failed invitation, update or reminder: the answer link in it is never
 * sent again, so the person gets the invitation anew with a fresh link (also a
 * substitute's). Runs after the request is committed, in its own transaction; the event
 * is kept in the publication registry until this succeeds.
 */
@Component
class FailedInvitationMails implements MailReissuer {

	private final InvitationManagement invitations;

	FailedInvitationMails(InvitationManagement invitations) {
		this.invitations = invitations;
	}

	@Override
	public Set<String> reissuedKinds() {
		return Set.of(InvitationMails.INVITATION_KIND, InvitationMails.UPDATE_KIND, InvitationMails.REMINDER_KIND);
	}

	@ApplicationModuleListener
	void on(MailResendRequested event) {
		Long invitationId = event.referenceId("invitation");
		if (reissuedKinds().contains(event.kind()) && invitationId != null) {
			invitations.sendNewLink(invitationId, event.mailId());
		}
	}

}
