package dk.seniorpartnerskab.edition.web;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dk.seniorpartnerskab.edition.EditionManagement;

/** The public landing page for the current edition. */
@Controller
class LandingController {

	private final EditionManagement editions;

	private final Clock clock;

	LandingController(EditionManagement editions, Clock clock) {
		this.editions = editions;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(Model model) {
		var edition = editions.current();
		edition.ifPresent(e -> {
			model.addAttribute("edition", e);
			model.addAttribute("window", e.registrationWindow(clock.instant()).name());
		});
		return "home";
	}

}
