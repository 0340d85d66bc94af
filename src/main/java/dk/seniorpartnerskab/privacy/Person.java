package dk.seniorpartnerskab.privacy;

import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person as the holders know them: an e-mail address (lower-cased) and the names found
 * with it (a person may be "Anne Hansen" in one registration and "Anne B. Hansen" in the
 * next).
 */
public record Person(String email, Set<String> names) {

	public Person {
		email = Objects.requireNonNull(email, "email").trim().toLowerCase(Locale.ROOT);
		var clean = new TreeSet<String>();
		names.stream().filter(Objects::nonNull).map(String::trim).filter(n -> !n.isEmpty()).forEach(clean::add);
		names = Collections.unmodifiableSet(clean);
	}

	public static Person of(String email, String... names) {
		return new Person(email, Set.of(names));
	}

	/** The e-mail and the names: every text that identifies the person. */
	public Set<String> identifiers() {
		var all = new TreeSet<>(names);
		if (!email.isEmpty()) {
			all.add(email);
		}
		return all;
	}

}
