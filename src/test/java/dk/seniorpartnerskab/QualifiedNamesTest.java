package dk.seniorpartnerskab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Types are imported, not written out with their package in the code
 * ({@code java.util.List.of()}): a reader sees at the top of a file what it uses. Package
 * annotations ({@code package-info.java}), comments and string literals (JPQL names an
 * enum constant by its full name) are left alone.
 */
class QualifiedNamesTest {

	private static final Pattern QUALIFIED = Pattern.compile(
			"(?<![\\w.@])(?:java|javax|jakarta|org\\.springframework|dk\\.seniorpartnerskab)(?:\\.[a-z]\\w*)+\\.[A-Z]");

	private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");

	@Test
	void noTypeIsWrittenWithItsPackageInTheCode() throws IOException {
		var found = new ArrayList<String>();
		for (String root : List.of("src/main/java", "src/test/java")) {
			try (Stream<Path> files = Files.walk(Path.of(root))) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java"))
					.filter(f -> !f.endsWith("package-info.java"))
					.toList()) {
					var lines = Files.readAllLines(file);
					for (int i = 0; i < lines.size(); i++) {
						String line = lines.get(i).strip();
						if (line.startsWith("import ") || line.startsWith("package ") || line.startsWith("*")
								|| line.startsWith("/*") || line.startsWith("//")) {
							continue;
						}
						String code = STRING.matcher(line.replaceAll("//.*", "")).replaceAll("\"\"");
						if (QUALIFIED.matcher(code).find()) {
							found.add(file + ":" + (i + 1) + ": " + line);
						}
					}
				}
			}
		}
		assertThat(found).as("types written with their package instead of imported").isEmpty();
	}

}
