package dk.seniorpartnerskab.directory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;

/**
 * Contact files as staff bring them: CSV in the encodings and separators Excel writes,
 * and XLSX.
 */
public final class ContactFiles {

	private ContactFiles() {
	}

	/** UTF-8 with a BOM, separated by semicolons (Danish Excel's "CSV UTF-8"). */
	public static byte[] csvWithBom(List<List<String>> rows) {
		var out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		out.writeBytes(join(rows, ';').getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	/**
	 * Windows-1252 without a BOM, separated by commas (plain "CSV" from an English
	 * Excel).
	 */
	public static byte[] csvWindows1252(List<List<String>> rows) {
		return join(rows, ',').getBytes(Charset.forName("windows-1252"));
	}

	public static byte[] xlsx(List<List<String>> rows) {
		var out = new ByteArrayOutputStream();
		try {
			var workbook = new Workbook(out, "test", "1.0");
			var sheet = workbook.newWorksheet("Ark1");
			for (int r = 0; r < rows.size(); r++) {
				for (int c = 0; c < rows.get(r).size(); c++) {
					String value = rows.get(r).get(c);
					if (r > 0 && c == 0 && value.matches("\\d+")) {
						sheet.value(r, c, Integer.parseInt(value));
					}
					else {
						sheet.value(r, c, value);
					}
				}
			}
			workbook.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static String join(List<List<String>> rows, char separator) {
		var text = new StringBuilder();
		for (var row : rows) {
			text.append(String.join(String.valueOf(separator), row.stream().map(v -> quote(v, separator)).toList()))
				.append("\r\n");
		}
		return text.toString();
	}

	private static String quote(String value, char separator) {
		return value.indexOf(separator) >= 0 || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\""
				: value;
	}

}
