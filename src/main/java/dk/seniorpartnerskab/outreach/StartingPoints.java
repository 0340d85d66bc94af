package dk.seniorpartnerskab.outreach;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.edition.EditionManagement;
import dk.seniorpartnerskab.mail.MailSettings;
import dk.seniorpartnerskab.toolkit.ToolkitRepository;
import dk.seniorpartnerskab.web.Copenhagen;

/**
 * The ready-made messages staff start from: the current edition's invitation (what the
 * landing page says, the deadline, the link to the form), the deadline reminder to those
 * not registered, and the published toolkits to all 98. Texts from
 * {@code messages/outreach.properties}.
 */
@Component
public class StartingPoints {

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	private final EditionManagement editions;

	private final ToolkitRepository toolkits;

	private final MailSettings mailSettings;

	private final MessageSource messages;

	StartingPoints(EditionManagement editions, ToolkitRepository toolkits, MailSettings mailSettings,
			MessageSource messages) {
		this.editions = editions;
		this.toolkits = toolkits;
		this.mailSettings = mailSettings;
		this.messages = messages;
	}

	public Draft draft(StartingPoint point) {
		var edition = editions.current().orElse(null);
		String name = edition == null ? "" : edition.getName();
		String deadline = edition == null ? "" : Copenhagen.formatDateTime(edition.getRegistrationCloses());
		String form = mailSettings.link("/tilmelding");
		return switch (point) {
			case FREE -> new Draft(point, Audience.ALL, null, null, "", text("outreach.start.FREE.body"));
			case INVITATION ->
				new Draft(point, Audience.NOT_REGISTERED, null, null, text("outreach.start.INVITATION.subject", name),
						text("outreach.start.INVITATION.body", name,
								edition == null ? "" : edition.getPublicIntro().strip(),
								edition == null ? "" : edition.getPublicDetails().strip(), deadline, form));
			case DEADLINE_REMINDER -> new Draft(point, Audience.NOT_REGISTERED, null, null,
					text("outreach.start.DEADLINE_REMINDER.subject", name, deadline),
					text("outreach.start.DEADLINE_REMINDER.body", name, deadline, form));
			case TOOLKIT ->
				new Draft(point, Audience.ALL, null, null, text("outreach.start.TOOLKIT.subject"),
						text("outreach.start.TOOLKIT.body", toolkits.findPublished()
							.stream()
							.map(t -> "- " + t.getTitle() + ": " + mailSettings.link("/vaerktoejer/" + t.getSlug()))
							.collect(Collectors.joining("\n")), mailSettings.link("/vaerktoejer")));
		};
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, DANISH);
	}

}
