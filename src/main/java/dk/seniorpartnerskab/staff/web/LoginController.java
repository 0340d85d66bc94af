package dk.seniorpartnerskab.staff.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Danish login form; Spring Security handles the POST. One generic message for every
 * failure (wrong password, unknown user, locked account), so the page reveals nothing
 * about which accounts exist.
 */
@Controller
class LoginController {

	@GetMapping("/admin/login")
	String login(@RequestParam(name = "fejl", required = false) String failed,
			@RequestParam(name = "logget-ud", required = false) String loggedOut,
			@RequestParam(name = "vent", required = false) String wait, Model model) {
		model.addAttribute("failed", failed != null);
		model.addAttribute("wait", wait != null);
		model.addAttribute("loggedOut", loggedOut != null);
		return "staff/login";
	}

}
