package dk.seniorpartnerskab.privacy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One thing a module keeps about a person, e.g. "participant in Aarhus' registration",
 * "invitation to Udviklingsdag 1" or "a mail sent on 3 March".
 * <p>
 * {@code kind} is a short code such as {@code registration.participant}; the page and the
 * readable export show the message {@code privacy.kind.<kind>}, which the holder's module
 * defines in its own {@code messages/<module>.properties}. {@code values} maps field
 * codes ({@code name}, {@code email}, ...; shown as the message
 * {@code privacy.field.<code>}, common ones are in {@code messages/privacy.properties})
 * to the value as a person reads it (Danish, formatted); its order is kept.
 * {@code editionId} is the edition the item belongs to, or {@code null} for data outside
 * any edition. {@code link} is the staff page where the item is shown or changed (e.g.
 * the registration), or {@code null}.
 */
public record PersonalDataItem(String kind, Long editionId, Map<String, String> values, String link) {

	public PersonalDataItem {
		Objects.requireNonNull(kind, "kind");
		var copy = new LinkedHashMap<String, String>();
		values.forEach((k, v) -> copy.put(k, v == null ? "" : v));
		values = Collections.unmodifiableMap(copy);
	}

	/** Starts an item; add values in the order they should be shown. */
	public static Builder of(String kind, Long editionId) {
		return new Builder(kind, editionId);
	}

	public static final class Builder {

		private final String kind;

		private final Long editionId;

		private final Map<String, String> values = new LinkedHashMap<>();

		private String link;

		private Builder(String kind, Long editionId) {
			this.kind = kind;
			this.editionId = editionId;
		}

		/** Adds a value; {@code null} and blank values are left out. */
		public Builder with(String field, Object value) {
			if (value != null && !String.valueOf(value).isBlank()) {
				values.put(field, String.valueOf(value));
			}
			return this;
		}

		/** The staff page where the item is shown or changed (an application path). */
		public Builder link(String link) {
			this.link = link;
			return this;
		}

		public PersonalDataItem build() {
			return new PersonalDataItem(kind, editionId, values, link);
		}

	}

}
