package dk.seniorpartnerskab.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Texts come from the message bundles only: no visible text is hard-coded in a template
 * (placeholder text inside an element that Thymeleaf replaces is fine, and so are inlined
 * expressions such as {@code [[#{app.name}]]}), and every {@code #{key}} a template uses
 * exists, the menus' ({@link Navigation}) included.
 */
class TemplateTextTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]");

	private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)[}(]");

	private static final List<String> REPLACING = List.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors",
			"th:remove");

	@Test
	void noTemplateHasHardCodedText() throws IOException {
		var problems = new ArrayList<String>();
		for (Path template : htmlTemplates()) {
			if (template.startsWith(TEMPLATES.resolve("mail"))) {
				continue;
			}
			var document = Jsoup.parse(Files.readString(template));
			for (Element element : document.getAllElements()) {
				if (isReplaced(element) || element.tagName().equals("script") || element.tagName().equals("style")) {
					continue;
				}
				for (TextNode node : element.textNodes()) {
					if (INLINED.matcher(node.text()).replaceAll("").matches(".*\\p{L}.*")) {
						problems.add(TEMPLATES.relativize(template) + ": \"" + node.text().trim() + "\"");
					}
				}
			}
		}
		assertThat(problems).as("hard-coded text in templates").isEmpty();
	}

	@Test
	void everyMessageKeyUsedInATemplateExists() throws IOException {
		var properties = new Properties();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path file : files.toList()) {
				try (var reader = Files.newBufferedReader(file)) {
					properties.load(reader);
				}
			}
		}
		var missing = new ArrayList<String>();
		for (Path template : allTemplates()) {
			var matcher = KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!properties.containsKey(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		for (String area : List.of("public", "admin")) {
			for (Navigation.Entry entry : Navigation.menu(area)) {
				if (entry instanceof Navigation.Group group && !properties.containsKey(group.messageKey())) {
					missing.add("Navigation: " + group.messageKey());
				}
				for (Navigation.Link link : entry.links()) {
					if (!properties.containsKey(link.messageKey())) {
						missing.add("Navigation: " + link.messageKey());
					}
				}
			}
		}
		assertThat(missing).as("message keys missing from messages/*.properties").isEmpty();
	}

	private static boolean isReplaced(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			for (String attribute : REPLACING) {
				if (e.hasAttr(attribute)) {
					return true;
				}
			}
		}
		return false;
	}

	private static List<Path> htmlTemplates() throws IOException {
		return allTemplates().stream().filter(p -> p.toString().endsWith(".html")).toList();
	}

	private static List<Path> allTemplates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(Files::isRegularFile).toList();
		}
	}

}
