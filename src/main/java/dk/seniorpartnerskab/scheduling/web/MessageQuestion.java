package dk.seniorpartnerskab.scheduling.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import dk.seniorpartnerskab.mail.MailOutbox;
import dk.seniorpartnerskab.scheduling.RecipientFilter;

/**
 * What a meeting's message and a network's message share: the recipient choices with
 * their counts, and the question before anything is sent (how many, which group, the
 * first recipient's mail as it will arrive, and on "Send en prøve til mig" that mail to
 * the staff member).
 */
@Component
class MessageQuestion {

	private final MessageSource messages;

	private final MailOutbox outbox;

	MessageQuestion(MessageSource messages, MailOutbox outbox) {
		this.messages = messages;
		this.outbox = outbox;
	}

	/** Each recipient filter's name with how many it reaches, for the form's choice. */
	Map<String, String> recipientOptions(ToLongFunction<RecipientFilter> count, Locale locale) {
		var options = new LinkedHashMap<String, String>();
		for (RecipientFilter recipients : RecipientFilter.values()) {
			options.put(recipients.name(), group(recipients, count.applyAsLong(recipients), locale));
		}
		return options;
	}

	/**
	 * The question page for a message to {@code count} people of {@code target};
	 * {@code action} is where its answer posts. With {@code trial} the preview goes to
	 * the staff member first.
	 */
	String ask(Model model, String target, String action, RecipientFilter recipients, long count,
			Optional<MailOutbox.Preview> preview, boolean trial, Principal principal, Locale locale) {
		model.addAttribute("count", count);
		model.addAttribute("target", target);
		model.addAttribute("group", group(recipients, count, locale));
		model.addAttribute("action", action);
		preview.ifPresent(mail -> {
			model.addAttribute("preview", mail);
			if (trial) {
				outbox.sendTrial(mail, principal.getName());
				model.addAttribute("trialSentTo", principal.getName());
			}
		});
		return "scheduling/confirm-message";
	}

	private String group(RecipientFilter recipients, long count, Locale locale) {
		return messages.getMessage("message.recipients." + recipients.name(), new Object[] { count }, locale);
	}

}
