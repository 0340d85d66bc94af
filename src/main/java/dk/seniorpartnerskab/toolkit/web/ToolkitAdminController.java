package dk.seniorpartnerskab.toolkit.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.core.io.Resource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.seniorpartnerskab.edition.EditionManagement;
import dk.seniorpartnerskab.toolkit.Toolkit;
import dk.seniorpartnerskab.toolkit.ToolkitFile;
import dk.seniorpartnerskab.web.Markdown;
import dk.seniorpartnerskab.toolkit.ToolkitManagement;
import dk.seniorpartnerskab.toolkit.ToolkitNotices;
import dk.seniorpartnerskab.toolkit.ToolkitRepository;
import dk.seniorpartnerskab.web.UploadedFile;
import dk.seniorpartnerskab.web.UploadedFile.RefusedUpload;
import dk.seniorpartnerskab.web.NotFoundException;

/**
 * Staff pages for toolkits: list with download counts, create, edit (optimistic), publish
 * and unpublish, add files and new versions, and download any version.
 */
@Controller
@RequestMapping("/admin/vaerktoejer")
class ToolkitAdminController {

	private static final String REDIRECT = "redirect:/admin/vaerktoejer/";

	private final ToolkitRepository toolkits;

	private final ToolkitManagement management;

	private final FileDownloads downloads;

	private final ToolkitNotices notices;

	private final EditionManagement editions;

	ToolkitAdminController(ToolkitRepository toolkits, ToolkitManagement management, FileDownloads downloads,
			ToolkitNotices notices, EditionManagement editions) {
		this.notices = notices;
		this.editions = editions;
		this.toolkits = toolkits;
		this.management = management;
		this.downloads = downloads;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("toolkits", toolkits.findAllByOrderBySortOrderAscTitleAsc());
		return "toolkit/admin-list";
	}

	@GetMapping("/ny")
	String createForm(Model model) {
		model.addAttribute("form", new ToolkitForm());
		return "toolkit/form";
	}

	/**
	 * "Vis forhåndsvisning": the form again with the body rendered as the public page
	 * will show it; nothing is saved.
	 */
	@PostMapping(path = "/ny", params = "preview")
	String previewNew(@ModelAttribute("form") ToolkitForm form, Model model) {
		model.addAttribute("previewHtml", Markdown.toSafeHtml(form.getBody()));
		return "toolkit/form";
	}

	@PostMapping(path = "/{id}", params = "preview")
	String preview(@PathVariable long id, @ModelAttribute("form") ToolkitForm form, Model model) {
		model.addAttribute("toolkit", toolkit(id));
		model.addAttribute("previewHtml", Markdown.toSafeHtml(form.getBody()));
		return "toolkit/form";
	}

	@PostMapping("/ny")
	String create(@Valid @ModelAttribute("form") ToolkitForm form, BindingResult result, Principal principal,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("slug") && toolkits.existsBySlug(form.getSlug())) {
			result.rejectValue("slug", "toolkit.slug.taken");
		}
		if (result.hasErrors()) {
			return "toolkit/form";
		}
		Toolkit toolkit;
		try {
			toolkit = management.create(form.toNewToolkit(), principal.getName());
		}
		catch (DataIntegrityViolationException e) {
			result.rejectValue("slug", "toolkit.slug.taken");
			return "toolkit/form";
		}
		redirect.addFlashAttribute("success", "toolkit.created");
		return REDIRECT + toolkit.getId();
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		var toolkit = toolkit(id);
		model.addAttribute("toolkit", toolkit);
		model.addAttribute("form", ToolkitForm.of(toolkit));
		return "toolkit/form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ToolkitForm form, BindingResult result,
			Model model, Principal principal, RedirectAttributes redirect) {
		var toolkit = toolkit(id);
		model.addAttribute("toolkit", toolkit);
		if (!result.hasFieldErrors("slug") && !form.getSlug().equals(toolkit.getSlug())
				&& toolkits.existsBySlug(form.getSlug())) {
			result.rejectValue("slug", "toolkit.slug.taken");
		}
		if (result.hasErrors()) {
			return "toolkit/form";
		}
		try {
			management.update(id, form.getVersion(), form::applyTo, principal.getName());
		}
		catch (ObjectOptimisticLockingFailureException e) {
			result.reject("toolkit.conflict");
			return "toolkit/form";
		}
		catch (DataIntegrityViolationException e) {
			result.rejectValue("slug", "toolkit.slug.taken");
			return "toolkit/form";
		}
		redirect.addFlashAttribute("success", "toolkit.saved");
		return REDIRECT + id;
	}

	/**
	 * Publishing shows the toolkit to everyone: the page says so, and how many a notice
	 * to the current edition's contacts would reach, before anything changes.
	 */
	@GetMapping("/{id}/offentliggoer")
	String confirmPublish(@PathVariable long id, Model model, RedirectAttributes redirect) {
		var toolkit = toolkit(id);
		if (toolkit.isPublished()) {
			redirect.addFlashAttribute("info", "toolkit.alreadyPublished");
			return REDIRECT + id;
		}
		model.addAttribute("toolkit", toolkit);
		editions.currentOrLatest().ifPresent(edition -> {
			model.addAttribute("edition", edition);
			model.addAttribute("reach", notices.count(id, "publication", List.of(edition.getId()), false));
		});
		return "toolkit/confirm-publish";
	}

	@PostMapping("/{id}/offentliggoer")
	String publish(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		if (toolkit(id).isPublished()) {
			redirect.addFlashAttribute("info", "toolkit.alreadyPublished");
			return REDIRECT + id;
		}
		management.publish(id, principal.getName());
		redirect.addFlashAttribute("success", "toolkit.published");
		return REDIRECT + id;
	}

	@PostMapping("/{id}/kladde")
	String unpublish(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		if (!toolkit(id).isPublished()) {
			redirect.addFlashAttribute("info", "toolkit.alreadyDraft");
			return REDIRECT + id;
		}
		management.unpublish(id, principal.getName());
		redirect.addFlashAttribute("success", "toolkit.unpublished");
		return REDIRECT + id;
	}

	@GetMapping("/{id}/filer/ny")
	String newFileForm(@PathVariable long id, Model model) {
		model.addAttribute("toolkit", toolkit(id));
		model.addAttribute("form", new UploadForm());
		return "toolkit/upload";
	}

	@PostMapping("/{id}/filer/ny")
	String addFile(@PathVariable long id, @Valid @ModelAttribute("form") UploadForm form, BindingResult result,
			Model model, Principal principal, RedirectAttributes redirect) {
		var toolkit = toolkit(id);
		model.addAttribute("toolkit", toolkit);
		if (form.getTitle() == null && !result.hasFieldErrors("title")) {
			result.rejectValue("title", "NotBlank");
		}
		var upload = checkUpload(form, result);
		if (result.hasErrors()) {
			return "toolkit/upload";
		}
		String note = form.getChangeNote() == null ? "" : form.getChangeNote();
		management.addFile(id, form.getTitle(), upload, note, principal.getName());
		redirect.addFlashAttribute("success", "toolkit.file.added");
		return REDIRECT + id;
	}

	@GetMapping("/{id}/filer/{fileId}/ny-version")
	String newVersionForm(@PathVariable long id, @PathVariable long fileId, Model model) {
		var toolkit = toolkit(id);
		model.addAttribute("toolkit", toolkit);
		model.addAttribute("file", file(toolkit, fileId));
		model.addAttribute("form", new UploadForm());
		return "toolkit/upload";
	}

	@PostMapping("/{id}/filer/{fileId}/ny-version")
	String addVersion(@PathVariable long id, @PathVariable long fileId, @Valid @ModelAttribute("form") UploadForm form,
			BindingResult result, Model model, Principal principal, RedirectAttributes redirect) {
		var toolkit = toolkit(id);
		model.addAttribute("toolkit", toolkit);
		model.addAttribute("file", file(toolkit, fileId));
		if (form.getChangeNote() == null && !result.hasFieldErrors("changeNote")) {
			result.rejectValue("changeNote", "toolkit.changeNote.required");
		}
		var upload = checkUpload(form, result);
		if (result.hasErrors()) {
			return "toolkit/upload";
		}
		try {
			management.addVersion(id, fileId, upload, form.getChangeNote(), principal.getName());
		}
		catch (DataIntegrityViolationException e) {
			// Two uploads to the same file at once: the unique version number lets only
			// one through.
			result.reject("toolkit.file.concurrentUpload");
			return "toolkit/upload";
		}
		redirect.addFlashAttribute("success", "toolkit.version.added");
		return REDIRECT + id;
	}

	/** Any version, current or old, for staff; not counted as a download. */
	@GetMapping("/{id}/filer/{fileId}/versioner/{number}")
	ResponseEntity<Resource> downloadVersion(@PathVariable long id, @PathVariable long fileId,
			@PathVariable int number) {
		var version = file(toolkit(id), fileId).version(number).orElseThrow(NotFoundException::new);
		return downloads.response(version, CacheControl.noCache().cachePrivate());
	}

	private static UploadedFile checkUpload(UploadForm form, BindingResult result) {
		var file = form.getFile();
		if (file == null || file.isEmpty()) {
			result.rejectValue("file", "toolkit.file.empty");
			return null;
		}
		try {
			return UploadedFile.check(file.getOriginalFilename(), file.getBytes(), ToolkitManagement.FILE_RULES);
		}
		catch (RefusedUpload e) {
			result.rejectValue("file", e.code(), e.arguments(), null);
			return null;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Toolkit toolkit(long id) {
		return toolkits.findById(id).orElseThrow(NotFoundException::new);
	}

	private static ToolkitFile file(Toolkit toolkit, long fileId) {
		return toolkit.file(fileId).orElseThrow(NotFoundException::new);
	}

}
