package dk.seniorpartnerskab;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accessibility statement (/tilgaengelighed) claims only tests that run: every "Sådan
 * har vi testet" item names the browser tests that back it, and none of them may be
 * {@code @Disabled}. A new item needs its tests here.
 */
class AccessibilityStatementTest {

	/** Each claim of the statement and the tests that make it true. */
	static final Map<String, List<String>> CLAIMS = Map.of("a11y.tested.1", List.of(
			EveryPageBrowserTest.class.getName()
					+ "#everyPublicPageFitsAPhoneAndADesktopWithoutAccessibilityViolations",
			EveryPageBrowserTest.class.getName() + "#everyStaffPageFitsAPhoneAndADesktopWithoutAccessibilityViolations",
			EveryPageBrowserTest.class.getName() + "#pagesShowingFormErrorsFitAndHaveNoAccessibilityViolations",
			EveryPageBrowserTest.class.getName() + "#everyConfirmationStepFitsAndHasNoAccessibilityViolations"),
			"a11y.tested.2",
			List.of(EveryPageBrowserTest.class.getName()
					+ "#everyPublicPageFitsAPhoneAndADesktopWithoutAccessibilityViolations",
					EveryPageBrowserTest.class.getName()
							+ "#everyStaffPageFitsAPhoneAndADesktopWithoutAccessibilityViolations"),
			"a11y.tested.3",
			List.of(KeyboardBrowserTest.class.getName() + "#aContactRegistersTheMunicipalityWithTheKeyboardOnly",
					KeyboardBrowserTest.class.getName() + "#staffApproveARegistrationWithTheKeyboardOnly"),
			"a11y.tested.4",
			List.of(EveryPageBrowserTest.class.getName()
					+ "#everyPublicPageFitsAPhoneAndADesktopWithoutAccessibilityViolations",
					EveryPageBrowserTest.class.getName()
							+ "#everyStaffPageFitsAPhoneAndADesktopWithoutAccessibilityViolations"));

	@Test
	void everyTestedClaimOfTheStatementIsBackedByTestsThatRun() throws Exception {
		var messages = messages();
		var claims = messages.stringPropertyNames()
			.stream()
			.filter(key -> key.matches("a11y\\.tested\\.\\d+"))
			.sorted()
			.toList();
		assertThat(claims).as("claims of the statement").isNotEmpty();
		assertThat(CLAIMS.keySet()).as("claims backed by tests").containsExactlyInAnyOrderElementsOf(claims);
		for (var claim : claims) {
			for (var test : CLAIMS.get(claim)) {
				var type = Class.forName(test.substring(0, test.indexOf('#')));
				assertThat(type.isAnnotationPresent(Disabled.class)).as(type.getSimpleName() + " runs").isFalse();
				var name = test.substring(test.indexOf('#') + 1);
				Method method = Arrays.stream(type.getDeclaredMethods())
					.filter(m -> m.getName().equals(name))
					.findFirst()
					.orElseThrow(() -> new AssertionError(test + " (backing " + claim + ") does not exist"));
				assertThat(method.isAnnotationPresent(Disabled.class))
					.as(test + " backs '" + messages.getProperty(claim) + "' and must run")
					.isFalse();
			}
		}
	}

	private static Properties messages() throws IOException {
		var properties = new Properties();
		try (var in = AccessibilityStatementTest.class.getResourceAsStream("/messages/common.properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
