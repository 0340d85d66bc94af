package dk.seniorpartnerskab.coverage.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.coverage.Coverage;
import dk.seniorpartnerskab.web.Chart;
import dk.seniorpartnerskab.web.Copenhagen;

/**
 * The coverage page's figures as XLSX: one sheet with every municipality's status, then
 * one sheet per chart with the chart's table (numbers as numbers).
 */
@Component
class CoverageExport {

	private final MessageSource messages;

	CoverageExport(MessageSource messages) {
		this.messages = messages;
	}

	byte[] xlsx(Coverage coverage, List<Chart> charts) {
		var out = new ByteArrayOutputStream();
		try {
			var workbook = new Workbook(out, "Seniorpartnerskab", "1.0");
			var sheet = workbook.newWorksheet(text("coverage.export.municipalities"));
			header(sheet, text("coverage.column.code"), text("coverage.column.municipality"),
					text("coverage.column.region"), text("coverage.column.status"));
			int r = 1;
			for (var m : coverage.municipalities()) {
				sheet.value(r, 0, m.code());
				sheet.value(r, 1, m.name());
				sheet.value(r, 2, m.regionName());
				sheet.value(r, 3, text("coverage.status." + m.status().name()));
				r++;
			}
			for (var chart : charts) {
				var chartSheet = workbook.newWorksheet(sheetName(chart.title()));
				chartSheet.value(0, 0, chart.categoryLabel());
				for (int s = 0; s < chart.series().size(); s++) {
					chartSheet.value(0, s + 1, chart.series().get(s).name());
				}
				chartSheet.style(0, 0).bold().set();
				for (int c = 0; c < chart.categories().size(); c++) {
					chartSheet.value(c + 1, 0, chart.categories().get(c));
					for (int s = 0; s < chart.series().size(); s++) {
						Double value = chart.series().get(s).values().get(c);
						if (value != null) {
							chartSheet.value(c + 1, s + 1, value);
						}
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

	private static void header(Worksheet sheet, String... names) {
		for (int i = 0; i < names.length; i++) {
			sheet.value(0, i, names[i]);
		}
		sheet.style(0, 0).bold().set();
	}

	/** Excel allows 31 characters and none of {@code []:*?/\} in a sheet name. */
	private static String sheetName(String title) {
		String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ");
		return name.length() <= 31 ? name : name.substring(0, 31);
	}

	private String text(String key) {
		return messages.getMessage(key, null, Copenhagen.DANISH);
	}

}
