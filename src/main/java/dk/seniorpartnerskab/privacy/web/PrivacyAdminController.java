package dk.seniorpartnerskab.privacy.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import jakarta.validation.Valid;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.seniorpartnerskab.privacy.PersonRecord;
import dk.seniorpartnerskab.privacy.PersonalDataRequests;
import dk.seniorpartnerskab.privacy.Retention;
import dk.seniorpartnerskab.privacy.RetentionPlan;
import dk.seniorpartnerskab.web.Copenhagen;
import dk.seniorpartnerskab.web.NotFoundException;

/**
 * Staff pages for personal data: each edition's retention (ADMIN changes and postpones
 * it), and a person's insight and erasure, looked up by e-mail. The address travels only
 * in POST bodies, so it never lands in a URL, a log line or the browser's history.
 */
@Controller
@RequestMapping("/admin/privatliv")
class PrivacyAdminController {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final Retention retention;

	private final PersonalDataRequests requests;

	private final TemplateEngine templates;

	PrivacyAdminController(Retention retention, PersonalDataRequests requests, TemplateEngine templates) {
		this.retention = retention;
		this.requests = requests;
		this.templates = templates;
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("plans", retention.plans());
		if (!model.containsAttribute("search")) {
			model.addAttribute("search", PersonSearchForm.empty());
		}
		return "privacy/overview";
	}

	@PostMapping("/person")
	String person(@Valid @ModelAttribute("search") PersonSearchForm search, BindingResult result, Model model) {
		if (result.hasErrors()) {
			model.addAttribute("plans", retention.plans());
			return "privacy/overview";
		}
		model.addAttribute("record", requests.find(search.email()));
		return "privacy/person";
	}

	@PostMapping("/person/eksport")
	ResponseEntity<byte[]> export(@Valid @ModelAttribute("search") PersonSearchForm search, BindingResult result,
			@RequestParam String format, Principal principal) {
		if (result.hasErrors() || !List.of("html", "json").contains(format)) {
			throw new NotFoundException();
		}
		var record = requests.export(search.email(), format, principal.getName());
		byte[] body = format.equals("json") ? json(record) : html(record);
		return ResponseEntity.ok()
			.contentType(format.equals("json") ? MediaType.APPLICATION_JSON
					: new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("personoplysninger." + format).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	@PostMapping("/person/slet")
	String erase(@Valid @ModelAttribute("search") PersonSearchForm search, BindingResult result,
			@RequestParam(defaultValue = "false") boolean confirm, Principal principal, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("plans", retention.plans());
			return "privacy/overview";
		}
		if (!confirm) {
			model.addAttribute("record", requests.find(search.email()));
			model.addAttribute("confirmMissing", true);
			return "privacy/person";
		}
		int erased = requests.erase(search.email(), principal.getName());
		redirect.addFlashAttribute("erased", erased);
		return "redirect:/admin/privatliv";
	}

	@GetMapping("/forloeb/{id}")
	String edition(@PathVariable long id, Model model) {
		var plan = plan(id);
		model.addAttribute("plan", plan);
		if (!model.containsAttribute("monthsForm")) {
			var form = new MonthsForm();
			form.setMonths(plan.monthsAfterCourse());
			form.setVersion(plan.version());
			model.addAttribute("monthsForm", form);
		}
		if (!model.containsAttribute("postponeForm")) {
			var form = new PostponeForm();
			form.setVersion(plan.version());
			model.addAttribute("postponeForm", form);
		}
		return "privacy/edition";
	}

	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/forloeb/{id}/maaneder")
	String changeMonths(@PathVariable long id, @Valid @ModelAttribute("monthsForm") MonthsForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect) {
		var plan = plan(id);
		if (plan.isErased()) {
			redirect.addFlashAttribute("failure", "privacy.edition.erased");
			return "redirect:/admin/privatliv/forloeb/" + id;
		}
		if (result.hasErrors()) {
			return editionWithErrors(plan, model, form, null);
		}
		try {
			retention.changeMonths(id, form.getVersion(), form.getMonths(), principal.getName());
			redirect.addFlashAttribute("success", "privacy.months.saved");
		}
		catch (ObjectOptimisticLockingFailureException e) {
			redirect.addFlashAttribute("failure", "privacy.conflict");
		}
		return "redirect:/admin/privatliv/forloeb/" + id;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/forloeb/{id}/udskyd")
	String postpone(@PathVariable long id, @Valid @ModelAttribute("postponeForm") PostponeForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect) {
		var plan = plan(id);
		if (plan.isErased()) {
			redirect.addFlashAttribute("failure", "privacy.edition.erased");
			return "redirect:/admin/privatliv/forloeb/" + id;
		}
		if (!result.hasFieldErrors("until") && !form.getUntil().isAfter(plan.plannedDate())) {
			result.rejectValue("until", "privacy.postpone.until.notLater",
					new Object[] { Copenhagen.formatDate(plan.plannedDate()) }, null);
		}
		if (result.hasErrors()) {
			return editionWithErrors(plan, model, null, form);
		}
		try {
			retention.postpone(id, form.getVersion(), form.getUntil(), form.getReason(), principal.getName());
			redirect.addFlashAttribute("success", "privacy.postpone.saved");
		}
		catch (ObjectOptimisticLockingFailureException e) {
			redirect.addFlashAttribute("failure", "privacy.conflict");
		}
		return "redirect:/admin/privatliv/forloeb/" + id;
	}

	private String editionWithErrors(RetentionPlan plan, Model model, MonthsForm months, PostponeForm postpone) {
		model.addAttribute("plan", plan);
		if (months == null) {
			months = new MonthsForm();
			months.setMonths(plan.monthsAfterCourse());
			months.setVersion(plan.version());
			model.addAttribute("monthsForm", months);
		}
		if (postpone == null) {
			postpone = new PostponeForm();
			postpone.setVersion(plan.version());
			model.addAttribute("postponeForm", postpone);
		}
		return "privacy/edition";
	}

	private RetentionPlan plan(long id) {
		try {
			return retention.plan(id);
		}
		catch (NoSuchElementException e) {
			throw new NotFoundException();
		}
	}

	private byte[] html(PersonRecord record) {
		var context = new Context(Copenhagen.DANISH);
		context.setVariable("record", record);
		context.setVariable("compiledAt", Copenhagen.formatDateTime(record.compiledAt()));
		return templates.process("privacy/export", context).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] json(PersonRecord record) {
		var root = new LinkedHashMap<String, Object>();
		root.put("email", record.email());
		root.put("names", record.names());
		root.put("compiledAt", record.compiledAt().toString());
		root.put("items", record.items().stream().map(item -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("kind", item.kind());
			m.put("edition", record.editionName(item.editionId()));
			m.put("values", item.values());
			return m;
		}).toList());
		return JSON.writeValueAsBytes(root);
	}

}
