package dk.seniorpartnerskab.staff.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.seniorpartnerskab.staff.LoginThrottle;
import dk.seniorpartnerskab.staff.PasswordPolicy;
import dk.seniorpartnerskab.staff.StaffManagement;
import dk.seniorpartnerskab.staff.StaffUserRepository;

/**
 * Every staff member changes their own password here (any role); a user whose password an
 * admin set is sent here after login and reaches nothing else until it is changed.
 */
@Controller
@RequestMapping("/admin/adgangskode")
class OwnPasswordController {

	private final StaffManagement management;

	private final PasswordPolicy passwordPolicy;

	private final StaffUserRepository users;

	private final LoginThrottle throttle;

	private final boolean secureCookies;

	OwnPasswordController(StaffManagement management, PasswordPolicy passwordPolicy, StaffUserRepository users,
			LoginThrottle throttle, @Value("${app.secure-cookies:false}") boolean secureCookiesSetting,
			@Value("${app.base-url:}") String baseUrl) {
		this.management = management;
		this.passwordPolicy = passwordPolicy;
		this.users = users;
		this.throttle = throttle;
		this.secureCookies = secureCookiesSetting || baseUrl.startsWith("https://");
	}

	@GetMapping
	String form(Model model, HttpServletRequest request) {
		model.addAttribute("form", OwnPasswordForm.empty());
		model.addAttribute("mustChange", mustChange(request));
		return "staff/own-password";
	}

	@PostMapping
	String change(@Valid @ModelAttribute("form") OwnPasswordForm form, BindingResult result, Model model,
			Principal principal, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("newPassword")) {
			passwordPolicy.problem(form.newPassword(), principal.getName())
				.ifPresent(code -> result.rejectValue("newPassword", code));
		}
		if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("repeatPassword")
				&& !form.newPassword().equals(form.repeatPassword())) {
			result.rejectValue("repeatPassword", "staff.password.repeat");
		}
		if (!result.hasFieldErrors("newPassword") && form.newPassword().equals(form.currentPassword())) {
			result.rejectValue("newPassword", "staff.password.same");
		}
		if (!result.hasErrors() && !management.changeOwnPassword(principal.getName(), form.currentPassword(),
				form.newPassword(), request.getSession().getId())) {
			result.rejectValue("currentPassword", "staff.password.currentWrong");
		}
		if (result.hasErrors()) {
			model.addAttribute("mustChange", mustChange(request));
			return "staff/own-password";
		}
		request.getSession().removeAttribute(StaffManagement.MUST_CHANGE_PASSWORD);
		users.findByEmail(principal.getName())
			.ifPresent(user -> response.addHeader(HttpHeaders.SET_COOKIE,
					throttle.knownLoginCookie(user, secureCookies).toString()));
		redirect.addFlashAttribute("success", "staff.password.changed");
		return "redirect:/admin";
	}

	private static boolean mustChange(HttpServletRequest request) {
		var session = request.getSession(false);
		return session != null && session.getAttribute(StaffManagement.MUST_CHANGE_PASSWORD) != null;
	}

}
