package dk.seniorpartnerskab.review.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.seniorpartnerskab.edition.EditionManagement;
import dk.seniorpartnerskab.municipality.MunicipalityRepository;
import dk.seniorpartnerskab.review.ReviewManagement;

/**
 * An edition's waiting list in order of arrival ({@code /admin/tilmeldinger/venteliste}).
 */
@Controller
class WaitingListController {

	private final ReviewManagement review;

	private final EditionManagement editions;

	private final MunicipalityRepository municipalities;

	WaitingListController(ReviewManagement review, EditionManagement editions, MunicipalityRepository municipalities) {
		this.review = review;
		this.editions = editions;
		this.municipalities = municipalities;
	}

	@GetMapping("/admin/tilmeldinger/venteliste")
	String waitingList(@RequestParam(required = false) Long edition, Model model) {
		editions.chosen(edition).ifPresent(chosen -> {
			model.addAttribute("edition", chosen);
			model.addAttribute("names", municipalities.namesByCode());
			model.addAttribute("waiting", review.waitingList(chosen.getId()));
		});
		return "review/waiting-list";
	}

}
