package dk.seniorpartnerskab.coverage.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.seniorpartnerskab.coverage.Coverage;
import dk.seniorpartnerskab.coverage.CoverageReport;
import dk.seniorpartnerskab.coverage.CoverageStatus;
import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.edition.EditionManagement;
import dk.seniorpartnerskab.edition.EditionRepository;
import dk.seniorpartnerskab.web.Chart;
import dk.seniorpartnerskab.web.Charts;
import dk.seniorpartnerskab.web.NotFoundException;

/**
 * The coverage page: all 98 municipalities by region coloured by status, with legend and
 * table, the funnel and charts (each with its numbers as a table), and the same figures
 * as XLSX.
 */
@Controller
@RequestMapping("/admin/daekning")
class CoverageController {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy",
			Locale.forLanguageTag("da-DK"));

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMM", Locale.forLanguageTag("da-DK"));

	private final CoverageReport report;

	private final EditionManagement editionManagement;

	private final EditionRepository editions;

	private final MessageSource messages;

	private final CoverageExport export;

	private final Charts drawing;

	CoverageController(CoverageReport report, EditionManagement editionManagement, EditionRepository editions,
			MessageSource messages, CoverageExport export, Charts drawing) {
		this.drawing = drawing;
		this.report = report;
		this.editionManagement = editionManagement;
		this.editions = editions;
		this.messages = messages;
		this.export = export;
	}

	/** A region's tiles. */
	record RegionTiles(String name, List<Coverage.MunicipalityLine> municipalities, long registered) {
	}

	@GetMapping
	String page(@RequestParam(name = "forloeb", required = false) Long editionId, Locale locale, Model model) {
		var all = editions.findAllByOrderByRegistrationOpensDesc();
		var options = new LinkedHashMap<String, String>();
		all.forEach(e -> options.put(String.valueOf(e.getId()), e.getName()));
		model.addAttribute("editionOptions", options);
		var edition = edition(editionId, all);
		if (edition == null) {
			return "coverage/page";
		}
		var coverage = report.of(edition);
		var regions = new LinkedHashMap<String, RegionTiles>();
		for (var line : coverage.municipalities()) {
			regions.computeIfAbsent(line.regionName(), name -> new RegionTiles(name, new ArrayList<>(), 0))
				.municipalities()
				.add(line);
		}
		model.addAttribute("edition", edition);
		model.addAttribute("coverage", coverage);
		model.addAttribute("regions", regions.values()
			.stream()
			.map(r -> new RegionTiles(r.name(), r.municipalities(),
					r.municipalities().stream().filter(m -> m.status() != CoverageStatus.NOT_REGISTERED).count()))
			.toList());
		model.addAttribute("statuses", CoverageStatus.values());
		model.addAttribute("registeredCount",
				coverage.municipalities().size() - coverage.count(CoverageStatus.NOT_REGISTERED));
		model.addAttribute("charts", charts(coverage, locale).stream().map(drawing::draw).toList());
		return "coverage/page";
	}

	@GetMapping("/daekning.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(name = "forloeb", required = false) Long editionId, Locale locale) {
		var edition = edition(editionId, editions.findAllByOrderByRegistrationOpensDesc());
		if (edition == null) {
			throw new NotFoundException();
		}
		var coverage = report.of(edition);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("daekning-" + edition.getSlug() + ".xlsx")
						.build()
						.toString())
			.body(export.xlsx(coverage, charts(coverage, locale)));
	}

	private Edition edition(Long id, List<Edition> all) {
		if (id != null) {
			return editions.findById(id).orElseThrow(NotFoundException::new);
		}
		return editionManagement.current().orElse(all.isEmpty() ? null : all.get(0));
	}

	/** The charts of the page, in order; the XLSX has one sheet per chart. */
	List<Chart> charts(Coverage coverage, Locale locale) {
		var charts = new ArrayList<Chart>();
		var steps = List.of(Coverage.FunnelStep.values());
		charts.add(new Chart("funnel", Chart.Kind.HORIZONTAL_BAR, text("coverage.chart.funnel", locale),
				text("coverage.chart.funnel.step", locale), text("coverage.chart.municipalities", locale),
				steps.stream().map(s -> text("coverage.funnel." + s.name(), locale)).toList(),
				List.of(Chart.Series.of(text("coverage.chart.municipalities", locale),
						steps.stream().map(s -> coverage.funnel().get(s)).toList()))));

		var daily = coverage.daily();
		var series = new ArrayList<Chart.Series>();
		series.add(Chart.Series.of(coverage.editionName(), daily.current()));
		if (daily.previous() != null) {
			series.add(Chart.Series.of(daily.previousName(), daily.previous()));
		}
		charts.add(new Chart("per-day", Chart.Kind.LINE, text("coverage.chart.daily", locale),
				text("coverage.chart.daily.days", locale), text("coverage.chart.daily.count", locale),
				daily.daysBefore().stream().map(String::valueOf).toList(), series));

		charts.add(new Chart("per-region", Chart.Kind.BAR, text("coverage.chart.regions", locale),
				text("coverage.chart.region", locale), text("coverage.chart.percent", locale),
				coverage.regions().stream().map(r -> r.name().replaceFirst("^Region ", "")).toList(),
				List.of(Chart.Series.of(text("coverage.chart.percent", locale),
						coverage.regions().stream().map(Coverage.RegionLine::percent).toList()))));

		if (!coverage.meetings().isEmpty()) {
			charts.add(new Chart("attendance", Chart.Kind.HORIZONTAL_BAR, text("coverage.chart.attendance", locale),
					text("coverage.chart.meeting", locale), text("coverage.chart.attended", locale),
					coverage.meetings().stream().map(m -> m.title() + " (" + DAY.format(m.date()) + ")").toList(),
					List.of(Chart.Series.of(text("coverage.chart.people", locale),
							coverage.meetings().stream().map(Coverage.MeetingLine::people).toList()),
							Chart.Series.of(text("coverage.chart.municipalities", locale),
									coverage.meetings().stream().map(Coverage.MeetingLine::municipalities).toList()))));
		}
		if (!coverage.downloads().isEmpty()) {
			charts.add(new Chart("downloads", Chart.Kind.BAR, text("coverage.chart.downloads", locale),
					text("coverage.chart.month", locale), text("coverage.chart.downloadCount", locale),
					coverage.downloads().stream().map(d -> MONTH.format(d.month())).toList(),
					List.of(Chart.Series.of(text("coverage.chart.downloadCount", locale),
							coverage.downloads().stream().map(Coverage.MonthLine::downloads).toList()))));
		}
		return charts;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
