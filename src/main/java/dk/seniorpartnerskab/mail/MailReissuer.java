package dk.seniorpartnerskab.mail;

import java.util.Set;

/**
 * A module that answers {@link MailResendRequested} for these kinds of mail with a new
 * mail carrying a fresh link. The mail log offers "Send igen" for a failed mail with a
 * link secret only when its kind is here; for other kinds it says where staff send a new
 * link instead ({@code mail.detail.newLinkElsewhere.<KIND>}).
 */
public interface MailReissuer {

	Set<String> reissuedKinds();

}
