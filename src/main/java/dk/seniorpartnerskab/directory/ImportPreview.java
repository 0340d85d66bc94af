package dk.seniorpartnerskab.directory;

import java.util.List;

/**
 * What importing a file would do, row by row. {@code reasonKey} (a message key) says why
 * a row is refused; {@code contact} is the municipality's name and the details the row
 * would write.
 */
public record ImportPreview(List<Row> rows) {

	/** A row's outcome. */
	public enum Outcome {

		NEW, CHANGED, UNCHANGED, REFUSED

	}

	public record Row(int line, Outcome outcome, String reasonKey, Integer municipalityCode, String municipalityName,
			ContactDetails details) {

	}

	public long count(Outcome outcome) {
		return rows.stream().filter(r -> r.outcome() == outcome).count();
	}

	public long getNewCount() {
		return count(Outcome.NEW);
	}

	public long getChangedCount() {
		return count(Outcome.CHANGED);
	}

	public long getUnchangedCount() {
		return count(Outcome.UNCHANGED);
	}

	public long getRefusedCount() {
		return count(Outcome.REFUSED);
	}

	/** Whether confirming would write anything. */
	public boolean changesAnything() {
		return count(Outcome.NEW) + count(Outcome.CHANGED) > 0;
	}

}
