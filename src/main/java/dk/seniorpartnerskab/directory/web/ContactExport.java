package dk.seniorpartnerskab.directory.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.directory.ContactDirectory;
import dk.seniorpartnerskab.directory.ContactFile;
import dk.seniorpartnerskab.municipality.Municipalities;

/**
 * All contacts in the import's columns (so an exported file imports back unchanged), as
 * CSV (UTF-8 with BOM, semicolons) or XLSX. A cell starting with {@code = + - @} gets a
 * leading apostrophe in CSV so a spreadsheet never runs it as a formula.
 */
@Component
class ContactExport {

	private static final CSVFormat DANISH_CSV = CSVFormat.DEFAULT.builder()
		.setDelimiter(';')
		.setRecordSeparator("\r\n")
		.get();

	private final ContactDirectory directory;

	private final Municipalities municipalities;

	ContactExport(ContactDirectory directory, Municipalities municipalities) {
		this.directory = directory;
		this.municipalities = municipalities;
	}

	List<List<String>> table() {
		var byCode = new java.util.HashMap<Integer, dk.seniorpartnerskab.municipality.Municipality>();
		municipalities.findAllWithRegion().forEach(m -> byCode.put(m.getCode(), m));
		var table = new ArrayList<List<String>>();
		table.add(ContactFile.COLUMNS);
		for (var c : directory.all()) {
			var m = byCode.get(c.getMunicipalityCode());
			table.add(List.of(String.valueOf(c.getMunicipalityCode()), m.getName(), m.getRegion().getName(),
					directory.roleName(c.getRole()), c.getName(), c.getTitle(), c.getEmail(), c.getPhone(),
					c.getNote()));
		}
		return table;
	}

	byte[] csv(List<List<String>> table) {
		var out = new ByteArrayOutputStream();
		try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				var printer = new CSVPrinter(writer, DANISH_CSV)) {
			writer.write('\uFEFF');
			for (var row : table) {
				printer.printRecord(row.stream().map(ContactExport::defused).toList());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static final Set<Character> FORMULA_START = Set.of('=', '+', '-', '@', '\t', '\r');

	static String defused(String cell) {
		return !cell.isEmpty() && FORMULA_START.contains(cell.charAt(0)) ? "'" + cell : cell;
	}

	byte[] xlsx(List<List<String>> table) {
		var out = new ByteArrayOutputStream();
		try {
			var workbook = new Workbook(out, "Seniorpartnerskab", "1.0");
			var sheet = workbook.newWorksheet("Kontakter");
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
