package dk.seniorpartnerskab.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility statement (tilgængelighedserklæring) that Danish public bodies
 * publish: status against WCAG 2.1 AA, what was tested and how, known issues, feedback
 * and the complaint route to Digitaliseringsstyrelsen.
 */
@Controller
class AccessibilityController {

	@GetMapping("/tilgaengelighed")
	String statement() {
		return "accessibility";
	}

}
