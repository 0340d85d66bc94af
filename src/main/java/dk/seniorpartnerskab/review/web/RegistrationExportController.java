package dk.seniorpartnerskab.review.web;

import java.security.Principal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

import dk.seniorpartnerskab.edition.EditionManagement;
import dk.seniorpartnerskab.review.RegistrationCriteria;
import dk.seniorpartnerskab.review.RegistrationExports;

/**
 * The registration and participant lists as CSV and XLSX, with the list's filters
 * ({@code /admin/tilmeldinger/eksport/...}); open to every staff role, each export
 * audited.
 */
@Controller
@RequestMapping("/admin/tilmeldinger/eksport")
class RegistrationExportController {

	private static final String CSV = "text/csv;charset=UTF-8";

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final RegistrationExports exports;

	private final RegistrationExport export;

	private final EditionManagement editions;

	RegistrationExportController(RegistrationExports exports, RegistrationExport export, EditionManagement editions) {
		this.exports = exports;
		this.export = export;
		this.editions = editions;
	}

	@GetMapping("/tilmeldinger.csv")
	ResponseEntity<byte[]> registrationsCsv(@ModelAttribute RegistrationFilter filter, Principal principal) {
		var rows = exports.registrations(criteria(filter), "csv", filter.describe(), principal.getName());
		return file(export.csv(export.registrationTable(rows)), "tilmeldinger.csv", CSV);
	}

	@GetMapping("/tilmeldinger.xlsx")
	ResponseEntity<byte[]> registrationsXlsx(@ModelAttribute RegistrationFilter filter, Principal principal) {
		var rows = exports.registrations(criteria(filter), "xlsx", filter.describe(), principal.getName());
		return file(export.xlsx(export.registrationTable(rows), "Tilmeldinger"), "tilmeldinger.xlsx", XLSX);
	}

	@GetMapping("/deltagere.csv")
	ResponseEntity<byte[]> participantsCsv(@ModelAttribute RegistrationFilter filter, Principal principal) {
		var rows = exports.participants(criteria(filter), "csv", filter.describe(), principal.getName());
		return file(export.csv(export.participantTable(rows)), "deltagere.csv", CSV);
	}

	@GetMapping("/deltagere.xlsx")
	ResponseEntity<byte[]> participantsXlsx(@ModelAttribute RegistrationFilter filter, Principal principal) {
		var rows = exports.participants(criteria(filter), "xlsx", filter.describe(), principal.getName());
		return file(export.xlsx(export.participantTable(rows), "Deltagere"), "deltagere.xlsx", XLSX);
	}

	private RegistrationCriteria criteria(RegistrationFilter filter) {
		return filter.withDefaultEdition(editions.currentOrLatest()).toCriteria();
	}

	private static ResponseEntity<byte[]> file(byte[] bytes, String name, String contentType) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(bytes);
	}

}
