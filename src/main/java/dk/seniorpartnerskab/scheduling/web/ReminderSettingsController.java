package dk.seniorpartnerskab.scheduling.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.seniorpartnerskab.edition.EditionRepository;
import dk.seniorpartnerskab.scheduling.SchedulingSettingsRepository;
import dk.seniorpartnerskab.web.NotFoundException;

/**
 * When an edition's reminders go out: days without an answer, and days before the
 * meeting.
 */
@Controller
@RequestMapping("/admin/aktiviteter/paamindelser")
class ReminderSettingsController {

	private final SchedulingSettingsRepository settings;

	private final EditionRepository editions;

	ReminderSettingsController(SchedulingSettingsRepository settings, EditionRepository editions) {
		this.settings = settings;
		this.editions = editions;
	}

	@GetMapping
	String form(@RequestParam("forloeb") long editionId, Model model) {
		model.addAttribute("edition", editions.findById(editionId).orElseThrow(NotFoundException::new));
		model.addAttribute("form", ReminderSettingsForm.of(settings.forEdition(editionId)));
		return "scheduling/reminders";
	}

	@PostMapping
	String save(@RequestParam("forloeb") long editionId, @Valid @ModelAttribute("form") ReminderSettingsForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var edition = editions.findById(editionId).orElseThrow(NotFoundException::new);
		if (result.hasErrors()) {
			model.addAttribute("edition", edition);
			return "scheduling/reminders";
		}
		var current = settings.forEdition(editionId);
		current.change(form.getUnansweredAfterDays(), form.getBeforeDays());
		settings.save(current);
		redirect.addFlashAttribute("success", "reminders.saved");
		return "redirect:/admin/aktiviteter?forloeb=" + editionId;
	}

}
