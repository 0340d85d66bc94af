package dk.seniorpartnerskab.staff.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.seniorpartnerskab.staff.Passkeys;
import dk.seniorpartnerskab.staff.SecondFactorPolicy;

/**
 * A staff member's own passkeys (any role): list, add (in the browser, through Spring
 * Security's WebAuthn endpoints) and remove; and the second step after the password when
 * an ADMIN requires a passkey for every login.
 */
@Controller
class PasskeyController {

	private final Passkeys passkeys;

	private final SecondFactorPolicy secondFactor;

	PasskeyController(Passkeys passkeys, SecondFactorPolicy secondFactor) {
		this.passkeys = passkeys;
		this.secondFactor = secondFactor;
	}

	@GetMapping("/admin/passkeys")
	String list(Principal principal, Model model) {
		model.addAttribute("passkeys", passkeys.of(principal.getName()));
		model.addAttribute("required", secondFactor.isRequired());
		return "staff/passkeys";
	}

	@PostMapping("/admin/passkeys/{id}/slet")
	String remove(@PathVariable String id, Principal principal, RedirectAttributes redirect) {
		boolean removed = passkeys.remove(principal.getName(), id);
		redirect.addFlashAttribute(removed ? "success" : "failure",
				removed ? "staff.passkeys.removed" : "staff.passkeys.notFound");
		return "redirect:/admin/passkeys";
	}

	@GetMapping("/admin/totrin")
	String secondStep(Principal principal, Model model, HttpServletRequest request) {
		var session = request.getSession(false);
		if (session == null || session.getAttribute(SecondFactorPolicy.PENDING) == null) {
			return "redirect:/admin";
		}
		model.addAttribute("hasPasskey", passkeys.has(principal.getName()));
		return "staff/second-step";
	}

}
