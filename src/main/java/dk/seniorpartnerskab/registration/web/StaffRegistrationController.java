package dk.seniorpartnerskab.registration.web;

import java.security.Principal;
import java.util.List;
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
import dk.seniorpartnerskab.registration.Attachment;
import dk.seniorpartnerskab.registration.MunicipalityAlreadyRegisteredException;
import dk.seniorpartnerskab.registration.RegistrationManagement;

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

	private final RegistrationManagement management;

	private final RegistrationFormSupport support;

	StaffRegistrationController(EditionManagement editions, RegistrationManagement management,
			RegistrationFormSupport support) {
		this.editions = editions;
		this.management = management;
		this.support = support;
	}

	@GetMapping
	String form(Model model) {
		var edition = editions.current();
		if (edition.isEmpty()) {
			return noEdition(model);
		}
		model.addAttribute("form", RegistrationForm.empty(UUID.randomUUID().toString()));
		return formView(model, edition.get(), false);
	}

	@PostMapping(params = "addParticipant")
	String addParticipant(@ModelAttribute("form") RegistrationForm form, BindingResult result, Model model) {
		var edition = editions.current();
		if (edition.isEmpty()) {
			return noEdition(model);
		}
		RegistrationController.addRow(form);
		return formView(model, edition.get(), form.hasFiles());
	}

	@PostMapping(params = "removeParticipant")
	String removeParticipant(@ModelAttribute("form") RegistrationForm form, BindingResult result,
			@RequestParam("removeParticipant") int index, Model model) {
		var edition = editions.current();
		if (edition.isEmpty()) {
			return noEdition(model);
		}
		RegistrationController.removeRow(form, index);
		return formView(model, edition.get(), form.hasFiles());
	}

	@PostMapping
	String submit(@ModelAttribute("form") RegistrationForm form, BindingResult result, Model model, Principal staff,
			RedirectAttributes redirect) {
		Optional<Edition> edition = editions.current();
		if (edition.isEmpty()) {
			return noEdition(model);
		}
		form.clean();
		support.validate(form, result, 0);
		if (form.getSubmissionToken() == null || form.getSubmissionToken().length() > 64) {
			form.setSubmissionToken(UUID.randomUUID().toString());
		}
		if (result.hasErrors()) {
			return formView(model, edition.get(), form.hasFiles());
		}
		List<Attachment> attachments = RegistrationFormSupport.attachments(form);
		try {
			var submission = management.submitOnBehalf(edition.get().getId(), form.getMunicipalityCode(),
					form.toDetails(), form.getParticipants().stream().map(ParticipantForm::toDetails).toList(),
					attachments, form.getSubmissionToken(), staff.getName());
			redirect.addFlashAttribute("success", "registration.staff.created");
			return "redirect:/admin/tilmeldinger/" + submission.registrationId();
		}
		catch (MunicipalityAlreadyRegisteredException e) {
			result.rejectValue("municipalityCode", "registration.municipality.taken");
			model.addAttribute("municipalityTaken", true);
			return formView(model, edition.get(), form.hasFiles());
		}
	}

	private String formView(Model model, Edition edition, boolean filesAgain) {
		model.addAttribute("filesAgain", filesAgain);
		model.addAttribute("edition", edition);
		model.addAttribute("formAction", PATH);
		model.addAttribute("area", "admin");
		model.addAttribute("onBehalf", true);
		model.addAttribute("municipalityOptions", support.municipalityOptions());
		support.addOptions(model);
		support.orderErrors(model);
		return "registration/form";
	}

	private String noEdition(Model model) {
		model.addAttribute("window", "NONE");
		return "registration/closed";
	}

}
