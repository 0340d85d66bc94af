package dk.seniorpartnerskab.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin start page: figures from every module that has something to report. */
@Controller
class AdminHomeController {

	private final List<DashboardFigures> contributors;

	AdminHomeController(List<DashboardFigures> contributors) {
		this.contributors = contributors;
	}

	@GetMapping("/admin")
	String home(Model model) {
		model.addAttribute("figures",
				contributors.stream()
					.flatMap(c -> c.figures().stream())
					.sorted(Comparator.comparingInt(DashboardFigure::order))
					.toList());
		return "admin/index";
	}

}
