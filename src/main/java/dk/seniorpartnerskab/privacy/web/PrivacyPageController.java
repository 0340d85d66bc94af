package dk.seniorpartnerskab.privacy.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dk.seniorpartnerskab.edition.EditionManagement;
import dk.seniorpartnerskab.privacy.EditionRetention;
import dk.seniorpartnerskab.privacy.PrivacySettings;
import dk.seniorpartnerskab.privacy.Retention;
import dk.seniorpartnerskab.web.Secretariats;

/**
 * The public privacy page: what is kept about whom, why, for how long (with the current
 * edition's date), what stays without names, and whom to contact.
 */
@Controller
class PrivacyPageController {

	private final PrivacySettings settings;

	private final EditionManagement editions;

	private final Retention retention;

	private final Secretariats secretariats;

	PrivacyPageController(PrivacySettings settings, EditionManagement editions, Retention retention,
			Secretariats secretariats) {
		this.settings = settings;
		this.editions = editions;
		this.retention = retention;
		this.secretariats = secretariats;
	}

	@GetMapping("/privatliv")
	String privacy(Model model) {
		model.addAttribute("settings", settings);
		model.addAttribute("secretariat", secretariats.current());
		model.addAttribute("defaultMonths", EditionRetention.DEFAULT_MONTHS);
		editions.current().ifPresent(edition -> model.addAttribute("plan", retention.plan(edition)));
		return "privacy/page";
	}

}
