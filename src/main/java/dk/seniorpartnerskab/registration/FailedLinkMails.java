package dk.seniorpartnerskab.registration;

import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.mail.MailReissuer;
import dk.seniorpartnerskab.mail.MailResendRequested;

/**
 * "Send igen" of a failed receipt or link mail: the private link in it is never sent
 * again, so the contact gets a new one. Runs after the request is committed, in its own
 * transaction; the event is kept in the publication registry until this succeeds.
 */
@Component
class FailedLinkMails implements MailReissuer {

	private final RegistrationManagement management;

	FailedLinkMails(RegistrationManagement management) {
		this.management = management;
	}

	@Override
	public Set<String> reissuedKinds() {
		return Set.of(RegistrationManagement.RECEIPT_KIND, RegistrationManagement.LINK_KIND);
	}

	@ApplicationModuleListener
	void on(MailResendRequested event) {
		Long registrationId = event.referenceId("registration");
		if (reissuedKinds().contains(event.kind()) && registrationId != null) {
			management.sendNewLink(registrationId, event.mailId(), event.actor());
		}
	}

}
