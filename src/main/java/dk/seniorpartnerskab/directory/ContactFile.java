package dk.seniorpartnerskab.directory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads a contacts file into rows of named columns: CSV (UTF-8 with or without BOM, or
 * Excel's Windows-1252; separated by {@code ;} or {@code ,}) or XLSX (first sheet). The
 * first row names the columns; names are matched without regard to case, spaces and
 * dashes, so "E-mail", "email" and "E mail" are one column.
 */
public final class ContactFile {

	/** The columns of a contacts file, as export writes them and import reads them. */
	public static final List<String> COLUMNS = List.of("kommunekode", "kommune", "region", "rolle", "navn", "titel",
			"email", "telefon", "note");

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private ContactFile() {
	}

	/**
	 * One data row: its line number in the file (the header is 1) and its cells by
	 * column.
	 */
	public record Line(int number, Map<String, String> cells) {

		public String get(String column) {
			return cells.getOrDefault(column, "");
		}

	}

	/** Thrown when the file cannot be read as CSV or XLSX or lacks a needed column. */
	public static class UnreadableException extends RuntimeException {

		private final String reasonKey;

		public UnreadableException(String reasonKey) {
			super(reasonKey);
			this.reasonKey = reasonKey;
		}

		public String getReasonKey() {
			return reasonKey;
		}

	}

	public static List<Line> read(byte[] content) {
		if (content.length == 0) {
			throw new UnreadableException("directory.import.error.empty");
		}
		List<List<String>> rows = isZip(content) ? readXlsx(content) : readCsv(content);
		if (rows.isEmpty()) {
			throw new UnreadableException("directory.import.error.empty");
		}
		var header = rows.get(0).stream().map(ContactFile::columnName).toList();
		if (!header.contains("kommunekode") && !header.contains("kommune")) {
			throw new UnreadableException("directory.import.error.noMunicipality");
		}
		if (!header.contains("email") || !header.contains("navn")) {
			throw new UnreadableException("directory.import.error.columns");
		}
		var lines = new ArrayList<Line>();
		for (int i = 1; i < rows.size(); i++) {
			var row = rows.get(i);
			if (row.stream().allMatch(String::isBlank)) {
				continue;
			}
			var cells = new LinkedHashMap<String, String>();
			for (int c = 0; c < header.size() && c < row.size(); c++) {
				cells.putIfAbsent(header.get(c), undefused(row.get(c).strip()));
			}
			lines.add(new Line(i + 1, cells));
		}
		return lines;
	}

	/**
	 * Our export puts an apostrophe before a cell that looks like a formula; it is not
	 * part of the value.
	 */
	private static String undefused(String cell) {
		return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1)
				: cell;
	}

	static String columnName(String heading) {
		String name = heading.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
		return switch (name) {
			case "kode", "kommunenr", "kommunenummer" -> "kommunekode";
			case "mail", "emailadresse", "mailadresse" -> "email";
			case "tlf", "telefonnummer", "tlfnr" -> "telefon";
			case "stilling", "stillingsbetegnelse" -> "titel";
			case "bemærkning", "noter" -> "note";
			default -> name;
		};
	}

	private static boolean isZip(byte[] content) {
		if (content.length < ZIP.length) {
			return false;
		}
		for (int i = 0; i < ZIP.length; i++) {
			if (content[i] != ZIP[i]) {
				return false;
			}
		}
		return true;
	}

	private static List<List<String>> readCsv(byte[] content) {
		String text = decode(content);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		int firstLineEnd = text.indexOf('\n');
		String firstLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
		char delimiter = count(firstLine, ';') >= count(firstLine, ',') ? ';' : ',';
		var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
		try (var parser = format.parse(new StringReader(text))) {
			var rows = new ArrayList<List<String>>();
			for (CSVRecord record : parser) {
				rows.add(record.toList());
			}
			return rows;
		}
		catch (IOException | UncheckedIOException | IllegalStateException e) {
			throw new UnreadableException("directory.import.error.unreadable");
		}
	}

	/**
	 * UTF-8 when the bytes are valid UTF-8, else Windows-1252 (Excel's "CSV" on Danish
	 * Windows).
	 */
	private static String decode(byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException e) {
			return new String(content, WINDOWS_1252);
		}
	}

	private static int count(String text, char c) {
		return (int) text.chars().filter(ch -> ch == c).count();
	}

	private static List<List<String>> readXlsx(byte[] content) {
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
			var sheet = workbook.getFirstSheet();
			var rows = new ArrayList<List<String>>();
			try (var stream = sheet.openStream()) {
				for (Row row : (Iterable<Row>) stream::iterator) {
					var cells = new ArrayList<String>();
					for (int c = 0; c < row.getCellCount(); c++) {
						Cell cell = row.getCell(c);
						cells.add(cell == null ? "" : text(cell));
					}
					rows.add(cells);
				}
			}
			return rows;
		}
		catch (IOException | RuntimeException e) {
			throw new UnreadableException("directory.import.error.unreadable");
		}
	}

	private static String text(Cell cell) {
		String raw = cell.getRawValue();
		if (raw == null) {
			return "";
		}
		return switch (cell.getType()) {
			case NUMBER -> {
				var number = cell.asNumber();
				yield number.stripTrailingZeros().scale() <= 0 ? number.toBigInteger().toString()
						: number.toPlainString();
			}
			default -> cell.getText();
		};
	}

}
