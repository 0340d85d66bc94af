package dk.seniorpartnerskab.staff.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.seniorpartnerskab.staff.Role;
import dk.seniorpartnerskab.staff.StaffUser;
import dk.seniorpartnerskab.staff.StaffUserRepository;
import dk.seniorpartnerskab.web.NotFoundException;

/** Staff user management, for ADMIN only (enforced in the security configuration). */
@Controller
@RequestMapping("/admin/brugere")
class StaffUserController {

	private final StaffUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final MessageSource messages;

	StaffUserController(StaffUserRepository users, PasswordEncoder passwordEncoder, MessageSource messages) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.messages = messages;
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
	@Transactional
	String create(@Valid @ModelAttribute("form") StaffUserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("email") && users.existsByEmail(form.email())) {
			result.rejectValue("email", "staff.email.taken");
		}
		if (result.hasErrors()) {
			model.addAttribute("users", users.findAllByOrderByNameAsc());
			return "staff/users";
		}
		users.save(new StaffUser(form.email(), form.name(), passwordEncoder.encode(form.password()), form.role()));
		redirect.addFlashAttribute("success", "staff.created");
		return "redirect:/admin/brugere";
	}

	@PostMapping("/{id}/rolle")
	@Transactional
	String changeRole(@PathVariable long id, @RequestParam Role role, RedirectAttributes redirect) {
		user(id).changeRole(role);
		redirect.addFlashAttribute("success", "staff.role.changed");
		return "redirect:/admin/brugere";
	}

	@PostMapping("/{id}/deaktiver")
	@Transactional
	String deactivate(@PathVariable long id, RedirectAttributes redirect) {
		user(id).deactivate();
		redirect.addFlashAttribute("success", "staff.deactivated");
		return "redirect:/admin/brugere";
	}

	@PostMapping("/{id}/aktiver")
	@Transactional
	String activate(@PathVariable long id, RedirectAttributes redirect) {
		user(id).activate();
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
	@Transactional
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute("form") PasswordForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var user = user(id);
		if (result.hasErrors()) {
			model.addAttribute("user", user);
			return "staff/password";
		}
		user.resetPassword(passwordEncoder.encode(form.password()));
		redirect.addFlashAttribute("success", "staff.password.reset");
		return "redirect:/admin/brugere";
	}

	private StaffUser user(long id) {
		return users.findById(id).orElseThrow(NotFoundException::new);
	}

}
