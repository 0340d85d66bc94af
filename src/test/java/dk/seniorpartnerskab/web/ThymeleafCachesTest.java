package dk.seniorpartnerskab.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thymeleaf's caches ({@link WebConfiguration#TEMPLATE_CACHE_SIZE},
 * {@link WebConfiguration#EXPRESSION_CACHE_SIZE}) have room for everything the templates
 * hold, twice over: each attribute's expression and each variable expression in it, each
 * inlined expression (the mails' texts), each template and each fragment it is asked for.
 * A cache too small drops expressions first in first out, to be parsed again and never
 * compiled.
 */
class ThymeleafCachesTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern ATTRIBUTE = Pattern.compile("(?:th|sec):[a-z-]+=\"([^\"]*)\"");

	private static final Pattern INLINED = Pattern.compile("\\[[\\[(](.*?)[\\])]\\]");

	private static final Pattern VARIABLE = Pattern.compile("[$*]\\{([^}]*)}");

	private static final Pattern FRAGMENT = Pattern.compile("~\\{([^}(]*)");

	@Test
	void everyExpressionAndTemplateFitsTheCachesTwice() throws IOException {
		Set<String> expressions = new HashSet<>();
		Set<String> templates = new HashSet<>();
		for (Path template : templates()) {
			templates.add(template.toString());
			String text = Files.readString(template);
			Matcher attribute = ATTRIBUTE.matcher(text);
			while (attribute.find()) {
				expressions.add("attribute " + attribute.group(1));
				Matcher variable = VARIABLE.matcher(attribute.group(1));
				while (variable.find()) {
					expressions.add("spel " + variable.group(1));
				}
				Matcher fragment = FRAGMENT.matcher(attribute.group(1));
				while (fragment.find()) {
					templates.add(fragment.group(1).trim());
				}
			}
			Matcher inlined = INLINED.matcher(text);
			while (inlined.find()) {
				expressions.add("inlined " + inlined.group(1));
			}
		}
		// What the templates hold today, so a miscount shows.
		assertThat(expressions).hasSizeGreaterThan(2_000);
		assertThat(templates).hasSizeGreaterThan(100);
		assertThat(2 * expressions.size()).isLessThan(WebConfiguration.EXPRESSION_CACHE_SIZE);
		assertThat(2 * templates.size()).isLessThan(WebConfiguration.TEMPLATE_CACHE_SIZE);
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html") || file.toString().endsWith(".txt")).toList();
		}
	}

}
