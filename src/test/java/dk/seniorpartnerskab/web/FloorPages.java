package dk.seniorpartnerskab.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Pages that do nothing, for {@link PageSpeedBenchmark} only: what the same filters,
 * Spring MVC, Thymeleaf and the layout cost before a page reads or shows anything. A page
 * cannot be cheaper than the floor of its kind. A test configuration, left out of every
 * other test's context; the benchmark adds it to its app.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(FloorPages.Pages.class)
class FloorPages {

	@Controller
	static class Pages {

		/** The filters and Spring MVC, no template. */
		@GetMapping("/benchmark/tekst")
		@ResponseBody
		String text() {
			return "Seniorpartnerskabet";
		}

		/** One short template without the layout. */
		@GetMapping("/benchmark/skabelon")
		String template() {
			return "benchmark/bare";
		}

		/** The public layout around an empty main. */
		@GetMapping("/benchmark/layout")
		String publicLayout(Model model) {
			model.addAttribute("area", "public");
			return "benchmark/layout";
		}

		/** The staff layout (menu, signed-in user) around an empty main. */
		@GetMapping("/admin/benchmark/layout")
		String staffLayout(Model model) {
			model.addAttribute("area", "admin");
			return "benchmark/layout";
		}

	}

}
