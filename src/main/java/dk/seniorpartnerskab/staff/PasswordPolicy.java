package dk.seniorpartnerskab.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a staff password must be (ASVS V2.1): 12 to 200 characters, any characters, and
 * not a common password. "Common" is the shipped list of the 10,000 most common passwords
 * ({@code staff/common-passwords.txt}), also when padded with digits or symbols
 * ({@code password2024!}) or repeated ({@code dragondragon}), and the user's own e-mail
 * name. No network look-up.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 200;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load();
	}

	/**
	 * Why the password is refused, as a message code ({@code staff.password.tooShort},
	 * {@code staff.password.common}), or empty when it is good.
	 */
	public Optional<String> problem(String password, String email) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH
				|| password.length() > MAX_LENGTH) {
			return Optional.of("staff.password.length");
		}
		if (isCommon(password, email)) {
			return Optional.of("staff.password.common");
		}
		return Optional.empty();
	}

	boolean isCommon(String password, String email) {
		String lower = password.toLowerCase(Locale.ROOT);
		String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
		if (common.contains(lower) || common.contains(core)) {
			return true;
		}
		if (lower.chars().distinct().count() <= 3 || isSequence(lower)) {
			return true;
		}
		for (int size = 1; size <= lower.length() / 2; size++) {
			if (lower.length() % size == 0 && lower.substring(0, size).repeat(lower.length() / size).equals(lower)) {
				return common.contains(lower.substring(0, size)) || size <= 4;
			}
		}
		if (email != null && email.contains("@")) {
			String name = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
			return name.length() >= 4
					&& (core.equals(name) || lower.contains(name) && core.length() <= name.length() + 3);
		}
		return false;
	}

	/** Runs like {@code 123456789012} or {@code abcdefghijkl}, up or down. */
	private static boolean isSequence(String text) {
		int steps = 0;
		for (int i = 1; i < text.length(); i++) {
			int step = text.charAt(i) - text.charAt(i - 1);
			boolean wraps = text.charAt(i - 1) == '9' && text.charAt(i) == '0'
					|| text.charAt(i - 1) == '0' && text.charAt(i) == '9';
			if (Math.abs(step) == 1 || wraps) {
				steps++;
			}
		}
		return steps >= text.length() - 2;
	}

	private static Set<String> load() {
		var passwords = new HashSet<String>(20_000);
		try (var reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("staff/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.forEach(line -> passwords.add(line.strip().toLowerCase(Locale.ROOT)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Set.copyOf(passwords);
	}

}
