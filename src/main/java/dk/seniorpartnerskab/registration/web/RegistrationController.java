package dk.seniorpartnerskab.registration.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.SessionAttribute;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.edition.EditionManagement;
import dk.seniorpartnerskab.edition.RegistrationWindow;
import dk.seniorpartnerskab.registration.RegistrationClosedException;
import dk.seniorpartnerskab.registration.RegistrationManagement;
import dk.seniorpartnerskab.web.RateLimited;
import java.time.Clock;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The public registration form ({@code /tilmelding}), its receipt and the lost-link form.
 * Adding and removing participant rows are ordinary submit buttons, so the form works
 * without JavaScript; the receipt is found through the session, never through a guessable
 * address.
 */
@Controller
@RequestMapping("/tilmelding")
class RegistrationController {

	static final String RECEIPT = "registration.receipt";

	private final EditionManagement editions;

	private final RegistrationManagement management;

	private final RegistrationFormSupport support;

	private final Clock clock;

	RegistrationController(EditionManagement editions, RegistrationManagement management,
			RegistrationFormSupport support, Clock clock) {
		this.editions = editions;
		this.management = management;
		this.support = support;
		this.clock = clock;
	}

	@GetMapping
	String form(Model model) {
		var edition = openEdition(model);
		if (edition.isEmpty()) {
			return "registration/closed";
		}
		model.addAttribute("form", RegistrationForm.empty(UUID.randomUUID().toString()));
		return formView(model, edition.get());
	}

	@RateLimited(value = "registration-rows", times = 6)
	@PostMapping(params = "addParticipant")
	String addParticipant(@ModelAttribute("form") RegistrationForm form, BindingResult result, Model model) {
		var edition = openEdition(model);
		if (edition.isEmpty()) {
			return "registration/closed";
		}
		form.addParticipant();
		model.addAttribute("autofocusField", "participants" + (form.getParticipants().size() - 1) + ".name");
		return rerender(form, result, model, edition.get());
	}

	@RateLimited(value = "registration-rows", times = 6)
	@PostMapping(params = "removeParticipant")
	String removeParticipant(@ModelAttribute("form") RegistrationForm form, BindingResult result,
			@RequestParam("removeParticipant") int index, Model model) {
		var edition = openEdition(model);
		if (edition.isEmpty()) {
			return "registration/closed";
		}
		form.removeParticipant(index);
		model.addAttribute("autofocusField", "participants");
		return rerender(form, result, model, edition.get());
	}

	@RateLimited("registration")
	@PostMapping
	String submit(@ModelAttribute("form") RegistrationForm form, BindingResult result, Model model,
			HttpSession session) {
		var edition = openEdition(model);
		if (edition.isEmpty()) {
			return "registration/closed";
		}
		if (form.getWebsite() != null) {
			// The honeypot: people never see the field. Answer as if all went well.
			return "redirect:/tilmelding/kvittering";
		}
		try {
			var submission = support.submit(form, result, model, edition.get().getId(), null);
			if (submission.isEmpty()) {
				return rerender(form, result, model, edition.get());
			}
			session.setAttribute(RECEIPT, submission.get().registrationId());
			return "redirect:/tilmelding/kvittering";
		}
		catch (RegistrationClosedException e) {
			openEdition(model);
			return "registration/closed";
		}
	}

	@GetMapping("/kvittering")
	String receipt(@SessionAttribute(name = RECEIPT, required = false) Long id, Model model) {
		// Reads the submitter's session if there is one; never creates one for a visitor.
		if (id != null) {
			management.find(id).ifPresent(registration -> {
				model.addAttribute("registration", registration);
				model.addAttribute("municipality", support.municipalityName(registration.getMunicipalityCode()));
				editions.find(registration.getEditionId()).ifPresent(e -> model.addAttribute("edition", e));
			});
		}
		return "registration/receipt";
	}

	@GetMapping("/link")
	String linkForm(Model model) {
		model.addAttribute("linkForm", new LinkForm(null));
		return "registration/link";
	}

	@RateLimited("link")
	@PostMapping("/link")
	String sendLink(@Valid @ModelAttribute("linkForm") LinkForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "registration/link";
		}
		editions.current().ifPresent(edition -> management.resendLinks(edition.getId(), form.email()));
		redirect.addFlashAttribute("info", "registration.link.sent");
		return "redirect:/tilmelding/link";
	}

	/**
	 * A request above the multipart limits cannot be read at all; say so in Danish, the
	 * browser keeps the form.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletResponse response) {
		response.setStatus(413);
		return "registration/too-large";
	}

	/**
	 * Participant rows beyond the binder's limit of 256 (a tampered request) cannot even
	 * be bound.
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	String tampered(Model model, HttpServletResponse response) {
		response.setStatus(400);
		var edition = openEdition(model);
		if (edition.isEmpty()) {
			return "registration/closed";
		}
		var form = RegistrationForm.empty(UUID.randomUUID().toString());
		var result = new BeanPropertyBindingResult(form, "form");
		result.rejectValue("participants", "registration.participants.max");
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
		return formView(model, edition.get());
	}

	/** The form again, with the files chosen so far kept on the server and listed. */
	private String rerender(RegistrationForm form, BindingResult result, Model model, Edition edition) {
		support.keepFiles(form, result, model);
		return formView(model, edition);
	}

	private String formView(Model model, Edition edition) {
		model.addAttribute("edition", edition);
		model.addAttribute("municipalityOptions", support.municipalityOptions());
		model.addAttribute("registeredMunicipalities", support.registeredMunicipalities(edition.getId()));
		support.addOptions(model);
		support.orderErrors(model);
		return "registration/form";
	}

	/**
	 * The current edition if registration is open now; otherwise puts why not into the
	 * model.
	 */
	private Optional<Edition> openEdition(Model model) {
		var edition = editions.current();
		if (edition.isEmpty()) {
			model.addAttribute("window", "NONE");
			return Optional.empty();
		}
		var window = edition.get().registrationWindow(clock.instant());
		if (window != RegistrationWindow.OPEN) {
			model.addAttribute("edition", edition.get());
			model.addAttribute("window", window.name());
			return Optional.empty();
		}
		return edition;
	}

}
