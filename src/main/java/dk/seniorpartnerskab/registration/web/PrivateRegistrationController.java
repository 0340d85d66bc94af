package dk.seniorpartnerskab.registration.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.edition.EditionManagement;
import dk.seniorpartnerskab.registration.ContactChange;
import dk.seniorpartnerskab.registration.ParticipationInfo;
import dk.seniorpartnerskab.registration.ParticipationLine;
import dk.seniorpartnerskab.registration.Registration;
import dk.seniorpartnerskab.registration.RegistrationManagement;
import dk.seniorpartnerskab.web.RateLimited;
import java.util.ArrayList;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The contact's private page, reached by the e-mailed link: status, network and dates
 * (from every {@link ParticipationInfo}), changes to all fields until the deadline and to
 * participants until the course ends, and withdrawal after a confirmation step. Every
 * change lands in the registration's history.
 */
@Controller
@RequestMapping("/tilmelding/{token:[A-Za-z0-9_-]+}")
class PrivateRegistrationController {

	private final RegistrationManagement management;

	private final EditionManagement editions;

	private final RegistrationFormSupport support;

	private final ObjectProvider<ParticipationInfo> participationInfo;

	PrivateRegistrationController(RegistrationManagement management, EditionManagement editions,
			RegistrationFormSupport support, ObjectProvider<ParticipationInfo> participationInfo) {
		this.management = management;
		this.editions = editions;
		this.support = support;
		this.participationInfo = participationInfo;
	}

	@GetMapping
	String page(@PathVariable String token, Model model, HttpServletResponse response) {
		var registration = management.findByPrivateToken(token).orElse(null);
		if (registration == null) {
			return invalid(response);
		}
		model.addAttribute("form", RegistrationForm.of(registration));
		return page(token, registration, model);
	}

	@RateLimited(value = "registration-rows", times = 6)
	@PostMapping(params = "addParticipant")
	String addParticipant(@PathVariable String token, @ModelAttribute("form") RegistrationForm form,
			BindingResult result, Model model, HttpServletResponse response) {
		var registration = management.findByPrivateToken(token).orElse(null);
		if (registration == null) {
			return invalid(response);
		}
		form.addParticipant();
		model.addAttribute("autofocusField", "participants" + (form.getParticipants().size() - 1) + ".name");
		model.addAttribute("filesAgain", form.hasFiles());
		return page(token, registration, model);
	}

	@RateLimited(value = "registration-rows", times = 6)
	@PostMapping(params = "removeParticipant")
	String removeParticipant(@PathVariable String token, @ModelAttribute("form") RegistrationForm form,
			BindingResult result, @RequestParam("removeParticipant") int index, Model model,
			HttpServletResponse response) {
		var registration = management.findByPrivateToken(token).orElse(null);
		if (registration == null) {
			return invalid(response);
		}
		form.removeParticipant(index);
		model.addAttribute("autofocusField", "participants");
		model.addAttribute("filesAgain", form.hasFiles());
		return page(token, registration, model);
	}

	@RateLimited("registration-edit")
	@PostMapping
	String save(@PathVariable String token, @ModelAttribute("form") RegistrationForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		var registration = management.findByPrivateToken(token).orElse(null);
		if (registration == null) {
			return invalid(response);
		}
		var edition = edition(registration);
		boolean details = management.canChangeDetails(registration, edition);
		if (!management.canChangeParticipants(registration, edition)) {
			return "redirect:/tilmelding/" + token;
		}
		// What cannot change is taken from the registration, whatever was posted.
		form.setMunicipalityCode(registration.getMunicipalityCode());
		form.setConsent(true);
		if (!details) {
			var kept = RegistrationForm.of(registration);
			form.setContactName(kept.getContactName());
			form.setContactTitle(kept.getContactTitle());
			form.setContactEmail(kept.getContactEmail());
			form.setContactPhone(kept.getContactPhone());
			form.setEffortStatus(kept.getEffortStatus());
			form.setEffortDescription(kept.getEffortDescription());
			form.setCollaborationForums(kept.getCollaborationForums());
			form.setCollaborationDescription(kept.getCollaborationDescription());
			form.setAttachments(new ArrayList<>());
			form.setRemoveAttachments(new ArrayList<>());
		}
		form.clean();
		var removed = form.getRemoveAttachments();
		int remaining = (int) registration.getAttachments().stream().filter(a -> !removed.contains(a.getId())).count();
		support.validate(form, result, remaining);
		if (result.hasErrors()) {
			model.addAttribute("filesAgain", form.hasFiles());
			return page(token, registration, model);
		}
		var change = new ContactChange.Edit(form.toDetails(), removed, RegistrationFormSupport.attachments(form),
				form.participantDetails());
		try {
			management.changeByContact(token, form.getVersion(), change);
		}
		catch (ObjectOptimisticLockingFailureException e) {
			return conflict(token, model, response);
		}
		redirect.addFlashAttribute("success", "registration.private.saved");
		return "redirect:/tilmelding/" + token;
	}

	@GetMapping("/traek-tilbage")
	String confirmWithdrawal(@PathVariable String token, Model model, HttpServletResponse response) {
		var registration = management.findByPrivateToken(token).orElse(null);
		if (registration == null) {
			return invalid(response);
		}
		if (!registration.canWithdraw()) {
			return "redirect:/tilmelding/" + token;
		}
		model.addAttribute("registration", registration);
		model.addAttribute("municipality", support.municipalityName(registration.getMunicipalityCode()));
		model.addAttribute("token", token);
		return "registration/withdraw";
	}

	@RateLimited("registration-edit")
	@PostMapping("/traek-tilbage")
	String withdraw(@PathVariable String token, @RequestParam(required = false) Long version, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		var registration = management.findByPrivateToken(token).orElse(null);
		if (registration == null) {
			return invalid(response);
		}
		if (!registration.canWithdraw()) {
			return "redirect:/tilmelding/" + token;
		}
		try {
			management.changeByContact(token, version, new ContactChange.Withdrawal());
		}
		catch (ObjectOptimisticLockingFailureException e) {
			return conflict(token, model, response);
		}
		redirect.addFlashAttribute("success", "registration.private.withdrawn");
		return "redirect:/tilmelding/" + token;
	}

	private String conflict(String token, Model model, HttpServletResponse response) {
		var fresh = management.findByPrivateToken(token).orElseThrow();
		var form = RegistrationForm.of(fresh);
		var result = new BeanPropertyBindingResult(form, "form");
		result.reject("registration.conflict");
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
		response.setStatus(409);
		return page(token, fresh, model);
	}

	private String page(String token, Registration registration, Model model) {
		var edition = edition(registration);
		model.addAttribute("token", token);
		model.addAttribute("registration", registration);
		model.addAttribute("edition", edition);
		model.addAttribute("municipality", support.municipalityName(registration.getMunicipalityCode()));
		model.addAttribute("lines", lines(registration.getId()));
		model.addAttribute("detailsEditable", management.canChangeDetails(registration, edition));
		model.addAttribute("participantsEditable", management.canChangeParticipants(registration, edition));
		support.addOptions(model);
		support.orderErrors(model);
		return "registration/private";
	}

	private List<ParticipationLine> lines(long registrationId) {
		return participationInfo.orderedStream().flatMap(info -> info.linesFor(registrationId).stream()).toList();
	}

	private Edition edition(Registration registration) {
		return editions.find(registration.getEditionId()).orElseThrow();
	}

	private static String invalid(HttpServletResponse response) {
		response.setStatus(404);
		return "registration/invalid-link";
	}

}
