package dk.seniorpartnerskab.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Migrations run on one global sequence (README: Migrations). Flyway refuses a migration
 * numbered below one a deployed database has already applied, so a new file must be
 * numbered above every migration that has landed. {@code db/landed-migrations.txt} lists
 * the landed ones; where git and a {@code main} branch are at hand, main's migrations are
 * checked as well.
 */
class MigrationOrderTest {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path LANDED = Path.of("src/test/resources/db/landed-migrations.txt");

	private static final Pattern NAME = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

	@Test
	void everyMigrationIsNamedVersionDoubleUnderscoreDescription() throws IOException {
		assertThat(migrations()).allSatisfy(name -> assertThat(name).matches(NAME));
	}

	@Test
	void noTwoMigrationsShareANumber() throws IOException {
		Map<Integer, List<String>> byVersion = new TreeMap<>();
		for (String name : migrations()) {
			byVersion.computeIfAbsent(version(name), v -> new ArrayList<>()).add(name);
		}
		assertThat(byVersion.values()).allSatisfy(names -> assertThat(names).hasSize(1));
	}

	@Test
	void everyLandedMigrationStillExistsUnchangedInName() throws IOException {
		assertThat(migrations()).containsAll(landed());
	}

	@Test
	void aNewMigrationIsNumberedAboveEveryLandedOne() throws IOException {
		List<String> landed = landed();
		int highest = landed.stream().mapToInt(MigrationOrderTest::version).max().orElse(0);
		List<String> added = migrations().stream().filter(name -> !landed.contains(name)).toList();
		assertThat(added)
			.as("new migrations must be numbered above V%d, the highest landed (landed-migrations.txt)", highest)
			.allSatisfy(name -> assertThat(version(name)).isGreaterThan(highest));
	}

	@Test
	void aMigrationNotOnMainIsNumberedAboveEveryMigrationOnMain() throws Exception {
		List<String> onMain = migrationsOnMain();
		assumeTrue(onMain != null, "no git or no main branch here");
		int highest = onMain.stream().mapToInt(MigrationOrderTest::version).max().orElse(0);
		List<String> added = migrations().stream().filter(name -> !onMain.contains(name)).toList();
		assertThat(added).as("migrations not yet on main must be numbered above V%d, main's highest", highest)
			.allSatisfy(name -> assertThat(version(name)).isGreaterThan(highest));
	}

	private static List<String> migrations() throws IOException {
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}

	private static List<String> landed() throws IOException {
		return Files.readAllLines(LANDED, StandardCharsets.UTF_8)
			.stream()
			.map(String::strip)
			.filter(line -> !line.isEmpty() && !line.startsWith("#"))
			.toList();
	}

	/** Main's migration file names, or null where git or a main branch is missing. */
	private static List<String> migrationsOnMain() throws InterruptedException {
		try {
			Process git = new ProcessBuilder("git", "ls-tree", "--name-only", "main", MIGRATIONS.toString() + "/")
				.redirectErrorStream(false)
				.start();
			String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0) {
				return null;
			}
			List<String> names = out.lines().map(line -> Path.of(line).getFileName().toString()).toList();
			return names.isEmpty() ? null : names;
		}
		catch (IOException noGit) {
			return null;
		}
	}

	private static int version(String name) {
		Matcher matcher = NAME.matcher(name);
		assertThat(matcher.matches()).as("migration name %s", name).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

}
