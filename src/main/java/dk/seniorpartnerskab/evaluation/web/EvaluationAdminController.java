package dk.seniorpartnerskab.evaluation.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.seniorpartnerskab.edition.EditionRepository;
import dk.seniorpartnerskab.evaluation.EvaluationManagement;
import dk.seniorpartnerskab.evaluation.EvaluationResults;
import dk.seniorpartnerskab.municipality.MunicipalityRepository;
import dk.seniorpartnerskab.network.NetworkRepository;
import dk.seniorpartnerskab.scheduling.MeetingKind;
import dk.seniorpartnerskab.scheduling.MeetingRepository;
import dk.seniorpartnerskab.web.Chart;
import dk.seniorpartnerskab.web.Charts;
import dk.seniorpartnerskab.web.Copenhagen;
import dk.seniorpartnerskab.web.CsvWriter;
import dk.seniorpartnerskab.web.NotFoundException;

/**
 * Staff pages for evaluations: results per meeting and per network (averages,
 * distributions, free texts, response rate), marking quotes, the quotes export and the
 * edition's questions.
 */
@Controller
@RequestMapping("/admin/evaluering")
class EvaluationAdminController {

	private final EvaluationManagement evaluations;

	private final MeetingRepository meetings;

	private final NetworkRepository networks;

	private final EditionRepository editions;

	private final MunicipalityRepository municipalities;

	private final MessageSource messages;

	private final Charts charts;

	EvaluationAdminController(EvaluationManagement evaluations, MeetingRepository meetings, NetworkRepository networks,
			EditionRepository editions, MunicipalityRepository municipalities, MessageSource messages, Charts charts) {
		this.evaluations = evaluations;
		this.meetings = meetings;
		this.networks = networks;
		this.editions = editions;
		this.municipalities = municipalities;
		this.messages = messages;
		this.charts = charts;
	}

	@GetMapping("/aktivitet/{meetingId}")
	String meeting(@PathVariable long meetingId, Locale locale, Model model) {
		var meeting = meetings.findById(meetingId).orElseThrow(NotFoundException::new);
		model.addAttribute("heading", meeting.getTitle());
		model.addAttribute("meeting", meeting);
		model.addAttribute("edition", editions.findById(meeting.getEditionId()).orElseThrow());
		var results = evaluations.results(meeting.getEditionId(), List.of(meetingId));
		showResults(results, locale, model);
		model.addAttribute("meetingTitles", Map.of(meetingId, meeting.getTitle()));
		model.addAttribute("back", "/admin/aktiviteter/" + meetingId);
		model.addAttribute("self", "/admin/evaluering/aktivitet/" + meetingId);
		model.addAttribute("municipalityNames", municipalityNames());
		return "evaluation/results";
	}

	@GetMapping("/netvaerk/{networkId}")
	String network(@PathVariable long networkId, Locale locale, Model model) {
		var network = networks.findById(networkId).orElseThrow(NotFoundException::new);
		var days = meetings.findByNetworkIdOrderByStartsAtAsc(networkId)
			.stream()
			.filter(m -> m.getKind() == MeetingKind.DEVELOPMENT_DAY && !m.isCancelled())
			.toList();
		var titles = new LinkedHashMap<Long, String>();
		days.forEach(m -> titles.put(m.getId(), m.getTitle()));
		model.addAttribute("heading", network.getName());
		model.addAttribute("edition", editions.findById(network.getEditionId()).orElseThrow());
		var results = evaluations.results(network.getEditionId(), List.copyOf(titles.keySet()));
		showResults(results, locale, model);
		model.addAttribute("meetingTitles", titles);
		model.addAttribute("days", days);
		model.addAttribute("back", "/admin/aktiviteter?forloeb=" + network.getEditionId());
		model.addAttribute("self", "/admin/evaluering/netvaerk/" + networkId);
		model.addAttribute("municipalityNames", municipalityNames());
		return "evaluation/results";
	}

	@PostMapping("/citat/{answerId}")
	String quote(@PathVariable long answerId, @RequestParam boolean citat, @RequestParam String tilbage,
			RedirectAttributes redirect) {
		evaluations.markQuote(answerId, citat);
		redirect.addFlashAttribute("success", citat ? "evaluation.quote.marked" : "evaluation.quote.unmarked");
		// Only our own result pages are returned to.
		String back = tilbage.startsWith("/admin/evaluering/") ? tilbage : "/admin";
		return "redirect:" + back + "#svar-" + answerId;
	}

	@GetMapping("/citater.csv")
	ResponseEntity<byte[]> quotes(@RequestParam("forloeb") long editionId, Locale locale) {
		editions.findById(editionId).orElseThrow(NotFoundException::new);
		var names = municipalityNames();
		var rows = new ArrayList<List<String>>();
		for (var quote : evaluations.quotes(editionId)) {
			rows.add(List.of(quote.text(), quote.question(), names.getOrDefault(quote.municipalityCode(), ""),
					quote.meetingTitle(),
					quote.meetingStart() == null ? "" : Copenhagen.formatDate(quote.meetingStart())));
		}
		byte[] csv = CsvWriter.toBytes(List.of(text("evaluation.quotes.quote", locale),
				text("evaluation.quotes.question", locale), text("evaluation.quotes.municipality", locale),
				text("evaluation.quotes.meeting", locale), text("evaluation.quotes.date", locale)), rows);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("citater.csv").build().toString())
			.body(csv);
	}

	@GetMapping("/spoergsmaal")
	String questions(@RequestParam("forloeb") long editionId, Model model) {
		model.addAttribute("edition", editions.findById(editionId).orElseThrow(NotFoundException::new));
		model.addAttribute("questions", evaluations.questions(editionId));
		return "evaluation/questions";
	}

	@PostMapping("/spoergsmaal")
	String changeQuestions(@RequestParam("forloeb") long editionId, @RequestParam Map<String, String> params,
			Model model, RedirectAttributes redirect) {
		editions.findById(editionId).orElseThrow(NotFoundException::new);
		var texts = new HashMap<Long, String>();
		var tooLong = new HashSet<Long>();
		params.forEach((key, value) -> {
			if (key.startsWith("q") && key.substring(1).chars().allMatch(Character::isDigit) && key.length() > 1) {
				long id = Long.parseLong(key.substring(1));
				if (value.length() > 500) {
					tooLong.add(id);
				}
				texts.put(id, value);
			}
		});
		if (!tooLong.isEmpty()) {
			model.addAttribute("edition", editions.findById(editionId).orElseThrow());
			model.addAttribute("questions", evaluations.questions(editionId));
			model.addAttribute("tooLong", tooLong);
			model.addAttribute("entered", texts);
			return "evaluation/questions";
		}
		evaluations.changeQuestions(editionId, texts);
		redirect.addFlashAttribute("success", "evaluation.questions.saved");
		return "redirect:/admin/evaluering/spoergsmaal?forloeb=" + editionId;
	}

	private Map<Integer, String> municipalityNames() {
		return municipalities.namesByCode();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	/**
	 * The results and, per rating question, its distribution drawn as bars (the table of
	 * counts and shares beside it is the text alternative).
	 */
	private void showResults(EvaluationResults results, Locale locale, Model model) {
		model.addAttribute("results", results);
		var ratings = IntStream.rangeClosed(1, 5)
			.mapToObj(r -> messages.getMessage("evaluation.rating." + r, null, locale))
			.toList();
		var distributions = new HashMap<Long, Charts.Drawn>();
		for (var result : results.questions()) {
			if (result.question().isRating() && result.ratings() > 0) {
				var chart = new Chart("distribution-" + result.question().getId(), Chart.Kind.BAR,
						result.question().getText(), messages.getMessage("evaluation.results.rating", null, locale),
						messages.getMessage("evaluation.results.count", null, locale), ratings,
						List.of(Chart.Series.of(messages.getMessage("evaluation.results.count", null, locale),
								IntStream.of(result.counts()).boxed().toList())));
				distributions.put(result.question().getId(), charts.draw(chart));
			}
		}
		model.addAttribute("distributions", distributions);
	}

}
