package dk.seniorpartnerskab.scheduling.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;

/**
 * A meeting's invitation list as CSV (UTF-8 with BOM and semicolons, as Danish Excel
 * opens it) or XLSX. Cells that a spreadsheet would read as a formula are prefixed with
 * an apostrophe.
 */
final class InvitationExport {

	private InvitationExport() {
	}

	static byte[] csv(List<String> header, List<List<String>> rows) {
		var out = new ByteArrayOutputStream();
		try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				var printer = new CSVPrinter(writer,
						CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get())) {
			writer.write('\uFEFF');
			printer.printRecord(header);
			for (var row : rows) {
				printer.printRecord(row.stream().map(InvitationExport::safe).toList());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	static byte[] xlsx(String sheet, List<String> header, List<List<String>> rows) {
		var out = new ByteArrayOutputStream();
		try {
			var workbook = new Workbook(out, "Seniorpartnerskabet", "1.0");
			var worksheet = workbook.newWorksheet(sheet);
			for (int c = 0; c < header.size(); c++) {
				worksheet.value(0, c, header.get(c));
				worksheet.style(0, c).bold().set();
			}
			for (int r = 0; r < rows.size(); r++) {
				var row = rows.get(r);
				for (int c = 0; c < row.size(); c++) {
					worksheet.value(r + 1, c, row.get(c));
				}
			}
			workbook.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static String safe(String value) {
		if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

}
