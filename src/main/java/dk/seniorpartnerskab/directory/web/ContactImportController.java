package dk.seniorpartnerskab.directory.web;

import java.io.IOException;
import java.security.Principal;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.seniorpartnerskab.directory.ContactDirectory;
import dk.seniorpartnerskab.directory.ContactFile;
import dk.seniorpartnerskab.directory.ImportPreview;
import dk.seniorpartnerskab.web.NotFoundException;

/**
 * Import of contacts from CSV or XLSX: upload, a preview of every row's outcome, then
 * confirm (or drop); and export of all contacts in the same columns.
 */
@Controller
@RequestMapping("/admin/kommuner")
class ContactImportController {

	private static final long MAX_BYTES = 5 * 1024 * 1024;

	private final ContactDirectory directory;

	private final ContactExport export;

	ContactImportController(ContactDirectory directory, ContactExport export) {
		this.directory = directory;
		this.export = export;
	}

	@GetMapping("/import")
	String form() {
		return "directory/import";
	}

	@PostMapping("/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Principal principal, Model model)
			throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "directory.import.error.empty");
			return "directory/import";
		}
		if (file.getSize() > MAX_BYTES) {
			model.addAttribute("fileError", "directory.import.error.size");
			return "directory/import";
		}
		try {
			long id = directory.upload(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
					file.getBytes(), principal.getName());
			return "redirect:/admin/kommuner/import/" + id;
		}
		catch (ContactFile.UnreadableException e) {
			model.addAttribute("fileError", e.getReasonKey());
			return "directory/import";
		}
	}

	@GetMapping("/import/{id}")
	String preview(@PathVariable long id, Model model) {
		var name = directory.uploadName(id).orElseThrow(NotFoundException::new);
		model.addAttribute("importId", id);
		model.addAttribute("fileName", name);
		model.addAttribute("preview", directory.preview(id));
		model.addAttribute("outcomes", ImportPreview.Outcome.values());
		return "directory/import-preview";
	}

	@PostMapping("/import/{id}")
	String confirm(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		directory.uploadName(id).orElseThrow(NotFoundException::new);
		var applied = directory.confirm(id, principal.getName());
		// Flash attributes live in the (JDBC) session: plain numbers only.
		redirect.addFlashAttribute("importResult", List.of(applied.getNewCount(), applied.getChangedCount(),
				applied.getUnchangedCount(), applied.getRefusedCount()));
		redirect.addFlashAttribute("success", "directory.import.done");
		return "redirect:/admin/kommuner";
	}

	@PostMapping("/import/{id}/annuller")
	String discard(@PathVariable long id, RedirectAttributes redirect) {
		directory.discard(id);
		redirect.addFlashAttribute("info", "directory.import.discarded");
		return "redirect:/admin/kommuner";
	}

	@GetMapping("/kontakter.csv")
	ResponseEntity<byte[]> csv() {
		return download(export.csv(export.table()), "kontakter.csv", new MediaType("text", "csv"));
	}

	@GetMapping("/kontakter.xlsx")
	ResponseEntity<byte[]> xlsx() {
		return download(export.xlsx(export.table()), "kontakter.xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}
