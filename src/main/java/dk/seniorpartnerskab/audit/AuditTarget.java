package dk.seniorpartnerskab.audit;

import java.util.Objects;

/**
 * What a change was made to: a type such as {@code registration} or {@code network} and
 * its id, or no id for changes to a set (e.g. an export of a filtered list).
 */
public record AuditTarget(String type, String id) {

	public AuditTarget {
		Objects.requireNonNull(type, "type");
	}

	public static AuditTarget of(String type, Object id) {
		return new AuditTarget(type, id == null ? null : String.valueOf(id));
	}

	public static AuditTarget of(String type) {
		return new AuditTarget(type, null);
	}

	/** Reads {@code "registration:42"} (the form mail references use) or a bare type. */
	public static AuditTarget parse(String text) {
		int colon = text.indexOf(':');
		return colon < 0 ? of(text) : new AuditTarget(text.substring(0, colon), text.substring(colon + 1));
	}

	@Override
	public String toString() {
		return id == null ? type : type + ":" + id;
	}

}
