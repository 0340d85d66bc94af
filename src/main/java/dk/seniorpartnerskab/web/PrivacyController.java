package dk.seniorpartnerskab.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The privacy page: what is stored about whom, why, and for how long. */
@Controller
class PrivacyController {

	@GetMapping("/privatliv")
	String privacy() {
		return "privacy";
	}

}
