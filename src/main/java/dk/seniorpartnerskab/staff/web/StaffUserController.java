package dk.seniorpartnerskab.staff.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
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

import dk.seniorpartnerskab.staff.LastAdminException;
import dk.seniorpartnerskab.staff.PasswordPolicy;
import dk.seniorpartnerskab.staff.Role;
import dk.seniorpartnerskab.staff.SecondFactorPolicy;
import dk.seniorpartnerskab.staff.StaffManagement;
import dk.seniorpartnerskab.staff.StaffUser;
import dk.seniorpartnerskab.staff.StaffUserRepository;
import dk.seniorpartnerskab.web.NotFoundException;

/**
 * Staff user management, for ADMIN only (enforced in the security configuration); the
 * rules (sessions ended, last admin kept, audit) are in {@link StaffManagement}.
 */
@Controller
@RequestMapping("/admin/brugere")
class StaffUserController {

	private final StaffUserRepository users;

	private final StaffManagement management;

	private final PasswordPolicy passwordPolicy;

	private final SecondFactorPolicy secondFactor;

	private final MessageSource messages;

	StaffUserController(StaffUserRepository users, StaffManagement management, PasswordPolicy passwordPolicy,
			SecondFactorPolicy secondFactor, MessageSource messages) {
		this.users = users;
		this.management = management;
		this.passwordPolicy = passwordPolicy;
		this.secondFactor = secondFactor;
		this.messages = messages;
	}

	@ModelAttribute("secondFactorRequired")
	boolean secondFactorRequired() {
		return secondFactor.isRequired();
	}

	/** ADMIN requires (or no longer requires) a passkey at every staff login. */
	@PostMapping("/totrin")
	String requireSecondFactor(@RequestParam(defaultValue = "false") boolean required, Principal principal,
			RedirectAttributes redirect) {
		secondFactor.require(required, principal.getName());
		redirect.addFlashAttribute("success", "staff.secondFactor.saved");
		return "redirect:/admin/brugere";
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@ModelAttribute("roleOptions")
	Map<String, String> roleOptions(Locale locale) {
		var options = new LinkedHashMap<String, String>();
		for (Role role : Role.values()) {
			options.put(role.name(), messages.getMessage("staff.role." + role.name(), null, locale));
		}
		return options;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", users.findAllByOrderByNameAsc());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", StaffUserForm.empty());
		}
		return "staff/users";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") StaffUserForm form, BindingResult result, Model model,
			Principal principal, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("email") && users.existsByEmail(form.email())) {
			result.rejectValue("email", "staff.email.taken");
		}
		if (!result.hasFieldErrors("password")) {
			passwordPolicy.problem(form.password(), form.email())
				.ifPresent(code -> result.rejectValue("password", code));
		}
		if (result.hasErrors()) {
			model.addAttribute("users", users.findAllByOrderByNameAsc());
			return "staff/users";
		}
		management.create(form.name(), form.email(), form.role(), form.password(), principal.getName());
		redirect.addFlashAttribute("success", "staff.created");
		return "redirect:/admin/brugere";
	}

	@PostMapping("/{id}/rolle")
	String changeRole(@PathVariable long id, @RequestParam Role role, Principal principal,
			RedirectAttributes redirect) {
		user(id);
		try {
			management.changeRole(id, role, principal.getName());
			redirect.addFlashAttribute("success", "staff.role.changed");
		}
		catch (LastAdminException e) {
			redirect.addFlashAttribute("failure", "staff.lastAdmin");
		}
		return "redirect:/admin/brugere";
	}

	@PostMapping("/{id}/deaktiver")
	String deactivate(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		user(id);
		try {
			management.deactivate(id, principal.getName());
			redirect.addFlashAttribute("success", "staff.deactivated");
		}
		catch (LastAdminException e) {
			redirect.addFlashAttribute("failure", "staff.lastAdmin");
		}
		return "redirect:/admin/brugere";
	}

	@PostMapping("/{id}/aktiver")
	String activate(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		user(id);
		management.activate(id, principal.getName());
		redirect.addFlashAttribute("success", "staff.activated");
		return "redirect:/admin/brugere";
	}

	@GetMapping("/{id}/adgangskode")
	String passwordForm(@PathVariable long id, Model model) {
		model.addAttribute("user", user(id));
		model.addAttribute("form", new PasswordForm(null));
		return "staff/password";
	}

	@PostMapping("/{id}/adgangskode")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute("form") PasswordForm form, BindingResult result,
			Model model, Principal principal, RedirectAttributes redirect) {
		var user = user(id);
		if (!result.hasFieldErrors("password")) {
			passwordPolicy.problem(form.password(), user.getEmail())
				.ifPresent(code -> result.rejectValue("password", code));
		}
		if (result.hasErrors()) {
			model.addAttribute("user", user);
			return "staff/password";
		}
		management.resetPassword(id, form.password(), principal.getName());
		redirect.addFlashAttribute("success", "staff.password.reset");
		return "redirect:/admin/brugere";
	}

	private StaffUser user(long id) {
		return users.findById(id).orElseThrow(NotFoundException::new);
	}

}
