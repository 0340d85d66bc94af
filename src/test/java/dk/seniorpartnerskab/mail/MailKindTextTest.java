package dk.seniorpartnerskab.mail;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.UntranslatedWords;
import dk.seniorpartnerskab.web.Copenhagen;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail log names every kind of mail the code sends in Danish
 * ({@code mail.kind.<KIND>}); without a text the log and its filter would show the code.
 */
@IntegrationTest
class MailKindTextTest {

	/**
	 * Upper-case literals in mail code that are not kinds: the methods of calendar
	 * attachments.
	 */
	private static final Set<String> NOT_KINDS = Set.of("CANCEL", "REQUEST");

	@Autowired
	MessageSource messages;

	static Set<String> kinds() {
		var kinds = new TreeSet<String>(UntranslatedWords.inSourcesMentioning("MailMessage", "\"([A-Z][A-Z_]{2,})\""));
		kinds.removeAll(NOT_KINDS);
		return kinds;
	}

	@Test
	void everyKindOfMailAndWhatItIsAboutHasADanishName() {
		assertThat(kinds()).contains("REGISTRATION_LINK", "MEETING_INVITATION", "TOOLKIT_NOTICE", "EVALUATION");
		for (String kind : kinds()) {
			assertThat(messages.getMessage("mail.kind." + kind, null, null, Copenhagen.DANISH)).as(kind).isNotNull();
		}
		// what a mail is about ("registration:42") shows as the audit log shows a target
		var referenceTypes = UntranslatedWords.inSourcesMentioning("MailMessage", "\"([a-z_-]+):\" ?\\+");
		assertThat(referenceTypes).contains("registration", "invitation");
		for (String type : referenceTypes) {
			assertThat(messages.getMessage("audit.target." + type, null, null, Copenhagen.DANISH)).as(type).isNotNull();
		}
		for (var status : MailStatus.values()) {
			assertThat(messages.getMessage("mail.log.status." + status, null, null, Copenhagen.DANISH))
				.as(status.name())
				.isNotNull();
		}
	}

}
