package dk.seniorpartnerskab.web;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

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
 * format. And the texts of all the files ({@code spring.messages.basename}, one per
 * module) are looked up in one map: Spring's own search asked each file in turn, fifteen
 * for a text of the last module, for each of the hundreds of texts on a page. Texts are
 * read once, as before, and the first file that has a text wins, as before.
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

	/**
	 * Every text in one map per locale; hands out a copy of the cached format, so
	 * formatting needs no shared lock.
	 */
	static final class UncontendedMessageSource extends ResourceBundleMessageSource {

		private final Map<Locale, Map<String, String>> texts = new ConcurrentHashMap<>();

		private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

		@Override
		protected String resolveCodeWithoutArguments(String code, Locale locale) {
			return texts(locale).get(code);
		}

		@Override
		protected MessageFormat resolveCode(String code, Locale locale) {
			String text = texts(locale).get(code);
			if (text == null) {
				return null;
			}
			MessageFormat shared = this.formats.computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
				.computeIfAbsent(code, c -> createMessageFormat(text, locale));
			return (MessageFormat) shared.clone();
		}

		/**
		 * The texts of all files for a locale (with their fallbacks), the first file's
		 * winning.
		 */
		private Map<String, String> texts(Locale locale) {
			return this.texts.computeIfAbsent(locale, l -> {
				var all = new HashMap<String, String>();
				for (String basename : getBasenameSet()) {
					ResourceBundle bundle = getResourceBundle(basename, l);
					if (bundle != null) {
						for (String key : bundle.keySet()) {
							all.putIfAbsent(key, bundle.getString(key));
						}
					}
				}
				return Map.copyOf(all);
			});
		}

	}

}
