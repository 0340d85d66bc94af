package dk.seniorpartnerskab.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Words on a page that are code, not Danish: an upper-case constant ({@code RECEIVED}), a
 * camelCase name ({@code contactTitle}), a {@code key=} pair, or an action such as
 * {@code registration.approved}. Also reads the main sources, so that tests can find
 * every kind of entry the code writes.
 */
public final class UntranslatedWords {

	/** Danish words and names that look like code. */
	private static final Set<String> DANISH = Set.of("TRIO", "MED", "HovedMED", "FTR", "HR-chef");

	private static final List<Pattern> CODE = List.of(Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b"),
			Pattern.compile("\\b[a-z]+[A-Z]\\w*\\b"), Pattern.compile("\\b[A-Z][a-z]+[A-Z]\\w*\\b"),
			Pattern.compile("[\\w.-]+="));

	private UntranslatedWords() {
	}

	/**
	 * The code words in {@code text}; {@code modules} are the prefixes of action names.
	 */
	public static Set<String> in(String text, Collection<String> modules) {
		var found = new TreeSet<String>();
		var patterns = new ArrayList<>(CODE);
		if (!modules.isEmpty()) {
			patterns.add(Pattern.compile("(?<![@\\w.])(?:" + String.join("|", modules) + ")\\.[a-zA-Z-]+"));
		}
		for (var pattern : patterns) {
			var matcher = pattern.matcher(text);
			while (matcher.find()) {
				if (!DANISH.contains(matcher.group())) {
					found.add(matcher.group());
				}
			}
		}
		return found;
	}

	/** Every match of {@code regex}'s first group in the main Java sources. */
	public static Set<String> inSources(String regex) {
		var pattern = Pattern.compile(regex, Pattern.DOTALL);
		var found = new TreeSet<String>();
		for (String source : sources()) {
			var matcher = pattern.matcher(source);
			while (matcher.find()) {
				found.add(matcher.group(1));
			}
		}
		return found;
	}

	/** As {@link #inSources(String)}, only in sources that mention {@code word}. */
	public static Set<String> inSourcesMentioning(String word, String regex) {
		var pattern = Pattern.compile(regex, Pattern.DOTALL);
		var found = new TreeSet<String>();
		for (String source : sources()) {
			if (source.contains(word)) {
				var matcher = pattern.matcher(source);
				while (matcher.find()) {
					found.add(matcher.group(1));
				}
			}
		}
		return found;
	}

	/**
	 * The enums of the main sources whose name appears in a source that mentions
	 * {@code word} (e.g. the callers of the audit log).
	 */
	public static Set<Class<?>> enumsUsedWith(String word) {
		var declaration = Pattern.compile("package ([\\w.]+);.*?^public enum (\\w+)",
				Pattern.DOTALL | Pattern.MULTILINE);
		var users = sources().stream().filter(source -> source.contains(word)).toList();
		var found = new LinkedHashSet<Class<?>>();
		for (String source : sources()) {
			var matcher = declaration.matcher(source);
			if (matcher.find()) {
				var name = Pattern.compile("\\b" + matcher.group(2) + "\\b");
				if (users.stream().anyMatch(user -> name.matcher(user).find())) {
					try {
						found.add(Class.forName(matcher.group(1) + "." + matcher.group(2)));
					}
					catch (ClassNotFoundException ex) {
						throw new IllegalStateException(ex);
					}
				}
			}
		}
		return found;
	}

	private static List<String> sources() {
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			return files.filter(f -> f.toString().endsWith(".java")).map(f -> {
				try {
					return Files.readString(f);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}).collect(Collectors.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
