package dk.seniorpartnerskab.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.NoSuchMessageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessagesConfigurationTest {

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	@Test
	void textsOfAllFilesAreFoundAndTheFirstFileWinsAsInSpringsOwnSearch() {
		var messages = new MessagesConfiguration.UncontendedMessageSource();
		messages.setBasenames("textfiles/first", "textfiles/second");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);

		assertThat(messages.getMessage("shared", null, DANISH)).isEqualTo("Fra den første");
		assertThat(messages.getMessage("first.only", null, DANISH)).isEqualTo("Kun i den første");
		assertThat(messages.getMessage("second.count", new Object[] { 98 }, DANISH)).isEqualTo("Der er 98 kommuner");
		assertThat(messages.getMessage("second.count", new Object[] { 43 }, DANISH)).isEqualTo("Der er 43 kommuner");
		assertThatThrownBy(() -> messages.getMessage("missing", null, DANISH))
			.isInstanceOf(NoSuchMessageException.class);
	}

}
