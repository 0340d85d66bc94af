package dk.seniorpartnerskab.registration.web;

import java.security.Principal;

import jakarta.validation.Valid;

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

import dk.seniorpartnerskab.registration.ContactReplacement;
import dk.seniorpartnerskab.registration.Registration;
import dk.seniorpartnerskab.registration.RegistrationManagement;
import dk.seniorpartnerskab.web.NotFoundException;

/**
 * Staff replace a registration's contact (e.g. before the old contact's data is erased on
 * request), so the municipality's registration carries on with a new private link.
 */
@Controller
@RequestMapping("/admin/tilmeldinger/{id}/kontaktperson")
class ContactReplacementController {

	private final RegistrationManagement registrations;

	private final ContactReplacement replacement;

	ContactReplacementController(RegistrationManagement registrations, ContactReplacement replacement) {
		this.registrations = registrations;
		this.replacement = replacement;
	}

	@GetMapping
	String form(@PathVariable long id, Model model) {
		var registration = registration(id);
		model.addAttribute("registration", registration);
		model.addAttribute("contact", new ContactForm("", "", "", "", registration.getVersion()));
		return "registration/contact";
	}

	@PostMapping
	String replace(@PathVariable long id, @Valid @ModelAttribute("contact") ContactForm contact, BindingResult result,
			Model model, Principal principal, RedirectAttributes redirect) {
		var registration = registration(id);
		if (result.hasErrors()) {
			model.addAttribute("registration", registration);
			return "registration/contact";
		}
		var clean = contact.cleaned();
		try {
			replacement.replace(id, clean.version(), clean.name(), clean.title(), clean.email(), clean.phone(),
					principal.getName());
		}
		catch (ObjectOptimisticLockingFailureException e) {
			result.reject("registration.contact.conflict");
			model.addAttribute("registration", registration);
			return "registration/contact";
		}
		redirect.addFlashAttribute("success", "registration.contact.replaced");
		return "redirect:/admin/tilmeldinger/" + id;
	}

	private Registration registration(long id) {
		return registrations.find(id).orElseThrow(NotFoundException::new);
	}

}
