package dk.seniorpartnerskab.web;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import dk.seniorpartnerskab.edition.EditionManagement;

/**
 * Pages that do nothing, for {@link PageSpeedBenchmark} only: what the same filters,
 * Spring MVC, Thymeleaf and the layout cost before a page reads or shows anything. A page
 * cannot be cheaper than the floor of its kind. A test configuration, left out of every
 * other test's context; the benchmark adds it to its app.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(FloorPages.Pages.class)
class FloorPages {

	/** A row of {@link Pages#table}. */
	public record Row(String a, String b, String c, String d, String e, String f, String g, String h, String i,
			String j) {
	}

	@Controller
	static class Pages {

		private final EditionManagement editions;

		Pages(EditionManagement editions) {
			this.editions = editions;
		}

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

		/**
		 * The public layout around a table of 50 rows of 10 cells, each one
		 * {@code th:text} of a record's field: beside the empty layout, what one
		 * expression in a row costs.
		 */
		@GetMapping("/benchmark/tabel")
		String table(Model model) {
			model.addAttribute("area", "public");
			model.addAttribute("rows", rows());
			return "benchmark/table";
		}

		/**
		 * The least a staff list of 50 rows can be: the staff layout, one read of the
		 * database and the table of {@link #table}, with no link, form or condition in a
		 * row.
		 */
		@GetMapping("/admin/benchmark/tabel")
		String staffTable(Model model) {
			model.addAttribute("area", "admin");
			this.editions.current().orElseThrow();
			model.addAttribute("rows", rows());
			return "benchmark/table";
		}

		private static List<Row> rows() {
			return IntStream.range(0, 50)
				.mapToObj(i -> new Row("Aabenraa " + i, "Region Syddanmark", "Modtaget", "Netværk 1", "SP27-00" + i,
						"Hanne Hansen", "hanne@aabenraa.dk", "I gang", "12. maj 2027", "Ja"))
				.toList();
		}

		/**
		 * The staff layout around an empty main, after one read of the database (the
		 * current edition, in a transaction of its own): the cheapest staff page that
		 * shows anything stored.
		 */
		@GetMapping("/admin/benchmark/laesning")
		String staffLayoutAfterOneRead(Model model) {
			model.addAttribute("area", "admin");
			model.addAttribute("edition", this.editions.current().orElseThrow().getName());
			return "benchmark/read";
		}

		/** The staff layout (menu, signed-in user) around an empty main. */
		@GetMapping("/admin/benchmark/layout")
		String staffLayout(Model model) {
			model.addAttribute("area", "admin");
			return "benchmark/layout";
		}

	}

}
