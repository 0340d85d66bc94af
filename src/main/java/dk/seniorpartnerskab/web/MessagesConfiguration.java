package dk.seniorpartnerskab.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.Environment;

/**
 * The texts ({@code spring.messages.*}, as Boot would set them up), without one lock for
 * all: Spring caches one {@link MessageFormat} per text and formats under a lock on it,
 * so every page that shows a text with arguments (a count, a date, a name) waited for
 * every other such page at that text. Here each use formats a copy of the cached, parsed
 * format. Texts are read once, as before; nothing else changes.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	MessageSource messageSource(Environment environment) {
		var binder = Binder.get(environment);
		var messageSource = new UncontendedMessageSource();
		messageSource.setBasenames(binder.bind("spring.messages.basename", Bindable.listOf(String.class))
			.orElse(List.of("messages"))
			.toArray(String[]::new));
		messageSource.setDefaultEncoding("UTF-8");
		messageSource.setFallbackToSystemLocale(
				binder.bind("spring.messages.fallback-to-system-locale", Boolean.class).orElse(false));
		messageSource.setUseCodeAsDefaultMessage(false);
		return messageSource;
	}

	/** Hands out a copy of the cached format, so formatting needs no shared lock. */
	static final class UncontendedMessageSource extends ResourceBundleMessageSource {

		@Override
		protected MessageFormat resolveCode(String code, Locale locale) {
			MessageFormat shared = super.resolveCode(code, locale);
			return shared != null ? (MessageFormat) shared.clone() : null;
		}

	}

}
