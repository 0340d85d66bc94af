package dk.seniorpartnerskab.web;

import java.time.Duration;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The secretariat to show and reply to now: the current edition's, where it sets one
 * (through a {@link SecretariatSource}, contributed by the edition module), completed
 * field by field from the default {@link SecretariatSettings}. Templates read it as
 * {@code ${@secretariats.current()}}; a page rendered outside Spring MVC (the database
 * outage page) is given {@code ${secretariat}} instead.
 */
@Component("secretariats")
public class Secretariats {

	static final Duration KEEP = Duration.ofMinutes(5);

	private final SecretariatSettings settings;

	private final ObjectProvider<SecretariatSource> sources;

	private volatile Cached cached;

	private record Cached(Secretariat secretariat, long at) {
	}

	Secretariats(SecretariatSettings settings, ObjectProvider<SecretariatSource> sources) {
		this.settings = settings;
		this.sources = sources;
	}

	/**
	 * The secretariat now. Read on every page (footer) and for every mail, so it is kept
	 * instead of asking the database each time: a change through the edition pages shows
	 * at once ({@link #forget()}), on other instances within {@link #KEEP}.
	 */
	public Secretariat current() {
		var cached = this.cached;
		if (cached != null && System.nanoTime() - cached.at() < KEEP.toNanos()) {
			return cached.secretariat();
		}
		var fresh = lookUp();
		this.cached = new Cached(fresh, System.nanoTime());
		return fresh;
	}

	private Secretariat lookUp() {
		var fallback = settings.secretariat();
		try {
			return own(fallback);
		}
		catch (RuntimeException e) {
			// An error page (the database down) still shows whom to contact.
			return fallback;
		}
	}

	private Secretariat own(Secretariat fallback) {
		return sources.orderedStream()
			.map(SecretariatSource::current)
			.flatMap(Optional::stream)
			.findFirst()
			.map(own -> new Secretariat(or(own.name(), fallback.name()), or(own.email(), fallback.email()),
					or(own.phone(), fallback.phone())))
			.orElse(fallback);
	}

	/**
	 * The secretariat last looked up, however old, or the default: for the page shown
	 * while the database is away, which must not wait for it.
	 */
	public Secretariat lastKnown() {
		var cached = this.cached;
		return cached != null ? cached.secretariat() : settings.secretariat();
	}

	/** Forgets the kept secretariat, e.g. after an edition's settings changed. */
	public void forget() {
		this.cached = null;
	}

	/** The default, used where an edition names no secretariat of its own. */
	public Secretariat fallback() {
		return settings.secretariat();
	}

	private static String or(String value, String fallback) {
		return SecretariatSettings.blank(value) ? fallback : value.trim();
	}

	/**
	 * Where a secretariat other than the default may come from (the current edition's
	 * settings); any field may be empty.
	 */
	public interface SecretariatSource {

		Optional<Secretariat> current();

	}

}
