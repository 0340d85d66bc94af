package dk.seniorpartnerskab.scheduling.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;

import dk.seniorpartnerskab.web.CsvWriter;

/**
 * A meeting's invitation list as CSV (through {@link CsvWriter}: as Danish Excel opens
 * it, formulas made inert) or XLSX.
 */
final class InvitationExport {

	private InvitationExport() {
	}

	static byte[] csv(List<String> header, List<List<String>> rows) {
		return CsvWriter.toBytes(header, rows);
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

}
