package dk.seniorpartnerskab.outreach.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import dk.seniorpartnerskab.outreach.OutreachManagement;
import dk.seniorpartnerskab.web.RateLimited;

/**
 * The unsubscribe link of outreach mails. Opening it changes nothing (mail scanners open
 * links); the button on the page removes the address from outreach at once. Transactional
 * mail (e.g. meeting invitations) still reaches it.
 */
@Controller
class UnsubscribeController {

	private final OutreachManagement outreach;

	UnsubscribeController(OutreachManagement outreach) {
		this.outreach = outreach;
	}

	@GetMapping("/afmeld/{token}")
	String page(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("address", outreach.unsubscribeAddress(token).orElse(null));
		return "outreach/unsubscribe";
	}

	@RateLimited("unsubscribe")
	@PostMapping("/afmeld/{token}")
	String unsubscribe(@PathVariable String token, Model model) {
		model.addAttribute("done", outreach.unsubscribe(token));
		model.addAttribute("address", outreach.unsubscribeAddress(token).orElse(null));
		return "outreach/unsubscribe";
	}

}
