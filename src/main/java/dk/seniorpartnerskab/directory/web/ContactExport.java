package dk.seniorpartnerskab.directory.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.directory.ContactDirectory;
import dk.seniorpartnerskab.directory.ContactFile;
import dk.seniorpartnerskab.municipality.Municipality;
import dk.seniorpartnerskab.municipality.MunicipalityRepository;
import dk.seniorpartnerskab.web.CsvWriter;
import dk.seniorpartnerskab.web.XlsxWriter;

/**
 * All contacts in the import's columns (so an exported file imports back unchanged), as
 * CSV ({@link CsvWriter}: UTF-8 with BOM, semicolons, formula cells made inert; the
 * import drops that apostrophe again) or XLSX.
 */
@Component
class ContactExport {

	private final ContactDirectory directory;

	private final MunicipalityRepository municipalities;

	ContactExport(ContactDirectory directory, MunicipalityRepository municipalities) {
		this.directory = directory;
		this.municipalities = municipalities;
	}

	List<List<String>> table() {
		var byCode = new HashMap<Integer, Municipality>();
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
		return CsvWriter.toBytes(table);
	}

	byte[] xlsx(List<List<String>> table) {
		return XlsxWriter.toBytes("Kontakter", table);
	}

}
