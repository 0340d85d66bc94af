package dk.seniorpartnerskab.registration.web;

import java.security.Principal;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.edition.EditionManagement;

/**
 * Staff register a municipality on its behalf, with the public form's fields and rules,
 * also after the deadline. POST needs STAFF (security configuration); the history names
 * the staff member.
 */
@Controller
@RequestMapping("/admin/tilmeldinger/ny")
class StaffRegistrationController {

	static final String PATH = "/admin/tilmeldinger/ny";

	private final EditionManagement editions;

	private final RegistrationFormSupport support;

	StaffRegistrationController(EditionManagement editions, RegistrationFormSupport support) {
		this.editions = editions;
		this.support = support;
	}

	@GetMapping
	String form(Model model) {
		var edition = editions.current();
		if (edition.isEmpty()) {
			return noEdition(model);
		}
		model.addAttribute("form", RegistrationForm.empty(UUID.randomUUID().toString()));
		return formView(model, edition.get());
	}

	@PostMapping(params = "addParticipant")
	String addParticipant(@ModelAttribute("form") RegistrationForm form, BindingResult result, Model model) {
		var edition = editions.current();
		if (edition.isEmpty()) {
			return noEdition(model);
		}
		form.addParticipant();
		model.addAttribute("autofocusField", "participants" + (form.getParticipants().size() - 1) + ".name");
		support.keepFiles(form, result, model);
		return formView(model, edition.get());
	}

	@PostMapping(params = "removeParticipant")
	String removeParticipant(@ModelAttribute("form") RegistrationForm form, BindingResult result,
			@RequestParam("removeParticipant") int index, Model model) {
		var edition = editions.current();
		if (edition.isEmpty()) {
			return noEdition(model);
		}
		form.removeParticipant(index);
		model.addAttribute("autofocusField", "participants");
		support.keepFiles(form, result, model);
		return formView(model, edition.get());
	}

	@PostMapping
	String submit(@ModelAttribute("form") RegistrationForm form, BindingResult result, Model model, Principal staff,
			RedirectAttributes redirect) {
		Optional<Edition> edition = editions.current();
		if (edition.isEmpty()) {
			return noEdition(model);
		}
		var submission = support.submit(form, result, model, edition.get().getId(), staff.getName());
		if (submission.isEmpty()) {
			support.keepFiles(form, result, model);
			return formView(model, edition.get());
		}
		redirect.addFlashAttribute("success", "registration.staff.created");
		return "redirect:/admin/tilmeldinger/" + submission.get().registrationId();
	}

	private String formView(Model model, Edition edition) {
		model.addAttribute("edition", edition);
		model.addAttribute("formAction", PATH);
		model.addAttribute("area", "admin");
		model.addAttribute("onBehalf", true);
		model.addAttribute("municipalityOptions", support.municipalityOptions());
		model.addAttribute("registeredMunicipalities", support.registeredMunicipalities(edition.getId()));
		support.addOptions(model);
		support.orderErrors(model);
		return "registration/form";
	}

	private String noEdition(Model model) {
		model.addAttribute("window", "NONE");
		return "registration/closed";
	}

}
