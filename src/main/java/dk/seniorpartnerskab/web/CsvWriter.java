package dk.seniorpartnerskab.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV writer for every export: UTF-8 with a byte order mark, semicolons and CRLF
 * (what Danish Excel opens directly), and every cell that a spreadsheet would run as a
 * formula made inert (OWASP "CSV injection"): a cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, so
 * {@code =HYPERLINK(...)} shows as text. Use it for every CSV a module offers:
 *
 * <pre>
 * byte[] csv = CsvWriter.toBytes(List.of("Navn", "E-mail"), rows);
 * </pre>
 */
public final class CsvWriter {

	private static final CSVFormat DANISH = CSVFormat.DEFAULT.builder()
		.setDelimiter(';')
		.setRecordSeparator("\r\n")
		.get();

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private CsvWriter() {
	}

	/** A header row and data rows as a complete CSV file. */
	public static byte[] toBytes(List<String> header, List<? extends List<String>> rows) {
		var table = new ArrayList<List<String>>(rows.size() + 1);
		table.add(header);
		table.addAll(rows);
		return toBytes(table);
	}

	/** Rows (the first usually the header) as a complete CSV file. */
	public static byte[] toBytes(List<? extends List<String>> table) {
		var out = new ByteArrayOutputStream();
		write(table, out);
		return out.toByteArray();
	}

	/** Writes rows as CSV to {@code out}, e.g. a response stream; does not close it. */
	public static void write(List<? extends List<String>> table, OutputStream out) {
		try {
			var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			var printer = new CSVPrinter(writer, DANISH);
			writer.write('\uFEFF');
			for (var row : table) {
				for (String cell : row) {
					printer.print(inert(cell));
				}
				printer.println();
			}
			printer.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The cell as a spreadsheet shows it without evaluating it; {@code null} becomes
	 * empty.
	 */
	public static String inert(String cell) {
		if (cell == null || cell.isEmpty()) {
			return "";
		}
		return FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
	}

}
