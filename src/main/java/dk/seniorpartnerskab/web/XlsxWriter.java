package dk.seniorpartnerskab.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;

/**
 * A table (the first row usually the header) as a one-sheet XLSX file, the companion of
 * {@link CsvWriter} for the list exports that offer both. The first cell is bold.
 *
 * <pre>
 * byte[] xlsx = XlsxWriter.toBytes("Kontakter", table);
 * </pre>
 */
public final class XlsxWriter {

	private XlsxWriter() {
	}

	public static byte[] toBytes(String sheetName, List<? extends List<String>> table) {
		var out = new ByteArrayOutputStream();
		try {
			var workbook = new Workbook(out, "Seniorpartnerskab", "1.0");
			var sheet = workbook.newWorksheet(sheetName);
			for (int r = 0; r < table.size(); r++) {
				var row = table.get(r);
				for (int c = 0; c < row.size(); c++) {
					sheet.value(r, c, row.get(c));
				}
			}
			sheet.style(0, 0).bold().set();
			workbook.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

}
