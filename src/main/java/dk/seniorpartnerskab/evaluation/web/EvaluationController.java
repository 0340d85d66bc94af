package dk.seniorpartnerskab.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.seniorpartnerskab.evaluation.EvaluationManagement;
import dk.seniorpartnerskab.scheduling.MeetingRepository;
import dk.seniorpartnerskab.web.NotFoundException;
import dk.seniorpartnerskab.web.RateLimited;

/**
 * The evaluation from its mail: no login, the token in the path is the only key, and it
 * can be answered once.
 */
@Controller
@RequestMapping("/evaluering/{token}")
class EvaluationController {

	private final EvaluationManagement evaluations;

	private final MeetingRepository meetings;

	EvaluationController(EvaluationManagement evaluations, MeetingRepository meetings) {
		this.evaluations = evaluations;
		this.meetings = meetings;
	}

	@GetMapping
	String show(@PathVariable String token, Model model, HttpServletResponse response) {
		prepare(token, model, response);
		model.addAttribute("form", new EvaluationForm());
		return "evaluation/answer";
	}

	@RateLimited("evaluation")
	@PostMapping
	String answer(@PathVariable String token, @ModelAttribute("form") EvaluationForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		var request = prepare(token, model, response);
		if (request.answered()) {
			return "evaluation/answer";
		}
		form.validate(evaluations.questions(editionOf(request.meetingId())), result);
		if (result.hasErrors()) {
			return "evaluation/answer";
		}
		evaluations.answer(token, form.getRatings(), form.getTexts());
		redirect.addFlashAttribute("success", "evaluation.thanks");
		return "redirect:/evaluering/" + token;
	}

	private EvaluationManagement.Request prepare(String token, Model model, HttpServletResponse response) {
		response.setHeader("Referrer-Policy", "no-referrer");
		var request = evaluations.findByToken(token).orElseThrow(NotFoundException::new);
		var meeting = meetings.findById(request.meetingId()).orElseThrow(NotFoundException::new);
		model.addAttribute("meeting", meeting);
		model.addAttribute("answered", request.answered());
		model.addAttribute("questions", evaluations.questions(meeting.getEditionId()));
		model.addAttribute("action", "/evaluering/" + token);
		return request;
	}

	private long editionOf(long meetingId) {
		return meetings.findById(meetingId).orElseThrow(NotFoundException::new).getEditionId();
	}

}
