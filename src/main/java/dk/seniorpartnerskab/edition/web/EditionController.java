package dk.seniorpartnerskab.edition.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
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

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.edition.EditionManagement;
import dk.seniorpartnerskab.edition.EditionRemark;
import dk.seniorpartnerskab.edition.EditionRemarks;
import dk.seniorpartnerskab.edition.EditionStatus;
import dk.seniorpartnerskab.edition.EditionRepository;
import dk.seniorpartnerskab.web.NotFoundException;

/**
 * Staff pages for editions (forløb): list, create, edit, and copy one to start the next.
 */
@Controller
@RequestMapping("/admin/forloeb")
class EditionController {

	private final EditionRepository editions;

	private final EditionManagement management;

	private final MessageSource messages;

	private final List<EditionRemarks> remarks;

	EditionController(EditionRepository editions, EditionManagement management, MessageSource messages,
			List<EditionRemarks> remarks) {
		this.editions = editions;
		this.management = management;
		this.messages = messages;
		this.remarks = remarks;
	}

	@ModelAttribute("statusOptions")
	Map<String, String> statusOptions(Locale locale) {
		var options = new LinkedHashMap<String, String>();
		for (EditionStatus status : EditionStatus.values()) {
			options.put(status.name(), messages.getMessage("edition.status." + status.name(), null, locale));
		}
		return options;
	}

	@GetMapping
	String list(Model model) {
		var all = editions.findAllByOrderByRegistrationOpensDesc();
		var byEdition = new HashMap<Long, List<EditionRemark>>();
		all.forEach(edition -> byEdition.put(edition.getId(), remarksFor(edition)));
		model.addAttribute("editions", all);
		model.addAttribute("remarks", byEdition);
		return "edition/list";
	}

	@GetMapping("/ny")
	String createForm(Model model) {
		model.addAttribute("form", new EditionForm());
		return "edition/form";
	}

	@PostMapping("/ny")
	String create(@Valid @ModelAttribute("form") EditionForm form, BindingResult result, RedirectAttributes redirect) {
		validateDates(form, result);
		if (!result.hasFieldErrors("slug") && editions.existsBySlug(form.getSlug())) {
			result.rejectValue("slug", "edition.slug.taken");
		}
		if (result.hasErrors()) {
			return "edition/form";
		}
		var edition = new Edition(form.getName(), form.getSlug(), form.getReferencePrefix());
		form.applyTo(edition);
		try {
			management.save(edition);
		}
		catch (DataIntegrityViolationException e) {
			result.rejectValue("slug", "edition.slug.taken");
			return "edition/form";
		}
		redirect.addFlashAttribute("success", "edition.saved");
		return "redirect:/admin/forloeb";
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		var edition = edition(id);
		model.addAttribute("edition", edition);
		model.addAttribute("editionRemarks", remarksFor(edition));
		model.addAttribute("form", EditionForm.of(edition));
		return "edition/form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") EditionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var edition = edition(id);
		model.addAttribute("edition", edition);
		validateDates(form, result);
		if (!result.hasFieldErrors("slug") && !form.getSlug().equals(edition.getSlug())
				&& editions.existsBySlug(form.getSlug())) {
			result.rejectValue("slug", "edition.slug.taken");
		}
		if (result.hasErrors()) {
			return "edition/form";
		}
		try {
			management.update(id, form.getVersion(), form::applyTo);
		}
		catch (ObjectOptimisticLockingFailureException e) {
			result.reject("edition.conflict");
			return "edition/form";
		}
		catch (DataIntegrityViolationException e) {
			result.rejectValue("slug", "edition.slug.taken");
			return "edition/form";
		}
		redirect.addFlashAttribute("success", "edition.saved");
		return "redirect:/admin/forloeb";
	}

	@PostMapping("/{id}/kopier")
	String copy(@PathVariable long id, RedirectAttributes redirect) {
		var copy = management.copy(edition(id));
		redirect.addFlashAttribute("success", "edition.copied");
		return "redirect:/admin/forloeb/" + copy.getId();
	}

	private List<EditionRemark> remarksFor(Edition edition) {
		return remarks.stream().flatMap(r -> r.remarksFor(edition).stream()).toList();
	}

	private Edition edition(long id) {
		return editions.findById(id).orElseThrow(NotFoundException::new);
	}

	private static void validateDates(EditionForm form, BindingResult result) {
		if (form.getRegistrationOpens() != null && form.getRegistrationCloses() != null
				&& !form.getRegistrationOpens().isBefore(form.getRegistrationCloses())) {
			result.rejectValue("registrationCloses", "edition.closes.beforeOpens");
		}
		if (form.getCourseStart() != null && form.getCourseEnd() != null
				&& form.getCourseEnd().isBefore(form.getCourseStart())) {
			result.rejectValue("courseEnd", "edition.courseEnd.beforeStart");
		}
	}

}
