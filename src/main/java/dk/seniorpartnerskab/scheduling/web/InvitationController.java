package dk.seniorpartnerskab.scheduling.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.seniorpartnerskab.mail.MailSettings;
import dk.seniorpartnerskab.scheduling.Answer;
import dk.seniorpartnerskab.scheduling.Invitation;
import dk.seniorpartnerskab.scheduling.InvitationManagement;
import dk.seniorpartnerskab.scheduling.InvitationManagement.AlreadyInvitedException;
import dk.seniorpartnerskab.scheduling.Meeting;
import dk.seniorpartnerskab.scheduling.MeetingCalendar;
import dk.seniorpartnerskab.scheduling.MeetingRepository;
import dk.seniorpartnerskab.scheduling.Needs;
import dk.seniorpartnerskab.web.NotFoundException;
import dk.seniorpartnerskab.web.RateLimited;
import dk.seniorpartnerskab.web.TextCleaner;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import dk.seniorpartnerskab.web.Secretariats;

/**
 * The invited person's private page: the meeting, "Jeg deltager" / "Jeg deltager ikke"
 * (changeable until the meeting starts), the calendar file, and naming a substitute. The
 * token in the path is the only key.
 */
@Controller
@RequestMapping("/invitation/{token}")
class InvitationController {

	private final InvitationManagement management;

	private final MeetingRepository meetings;

	private final MailSettings mailSettings;

	private final Secretariats secretariats;

	private final Clock clock;

	private final Needs needs;

	InvitationController(InvitationManagement management, MeetingRepository meetings, MailSettings mailSettings,
			Needs needs, Secretariats secretariats, Clock clock) {
		this.needs = needs;
		this.secretariats = secretariats;
		this.management = management;
		this.meetings = meetings;
		this.mailSettings = mailSettings;
		this.clock = clock;
	}

	@GetMapping
	String show(@PathVariable String token, Model model, HttpServletResponse response) {
		prepare(token, model, response);
		model.addAttribute("substitute", SubstituteForm.empty());
		return "scheduling/invitation";
	}

	@RateLimited("invitation-answer")
	@PostMapping("/svar")
	String answer(@PathVariable String token, @RequestParam Answer answer,
			@RequestParam(name = "needs", required = false) String needs, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		var invitation = invitation(token);
		var meeting = meeting(invitation);
		if (answer == Answer.PENDING || !invitation.canAnswer(meeting, clock.instant())) {
			redirect.addFlashAttribute("failure", "invitation.answer.closed");
			return "redirect:/invitation/" + token;
		}
		if (needs != null && needs.trim().length() > Needs.MAX_LENGTH) {
			prepare(token, model, response);
			model.addAttribute("substitute", SubstituteForm.empty());
			model.addAttribute("needsValue", needs);
			model.addAttribute("needsError", true);
			return "scheduling/invitation";
		}
		management.answer(token, answer, needs);
		redirect.addFlashAttribute("success", "invitation.answer.saved." + answer.name());
		return "redirect:/invitation/" + token;
	}

	@RateLimited("substitute")
	@PostMapping("/stedfortraeder")
	String substitute(@PathVariable String token, @Valid @ModelAttribute("substitute") SubstituteForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		var invitation = invitation(token);
		if (!invitation.canAnswer(meeting(invitation), clock.instant())) {
			redirect.addFlashAttribute("failure", "invitation.answer.closed");
			return "redirect:/invitation/" + token;
		}
		String name = TextCleaner.line(form.name());
		if (!result.hasFieldErrors("name") && name == null) {
			result.rejectValue("name", "NotBlank");
		}
		if (!result.hasErrors() && form.email().equalsIgnoreCase(invitation.getEmail())) {
			result.rejectValue("email", "invitation.substitute.self");
		}
		if (!result.hasErrors()) {
			try {
				management.nameSubstitute(token, name, form.email());
				redirect.addFlashAttribute("success", "invitation.substitute.saved");
				return "redirect:/invitation/" + token;
			}
			catch (AlreadyInvitedException e) {
				result.rejectValue("email", "invitation.substitute.alreadyInvited");
			}
		}
		prepare(token, model, response);
		return "scheduling/invitation";
	}

	/**
	 * The person's own page from this link: all their meetings in the edition, with
	 * answers and calendar files.
	 */
	@GetMapping("/mine")
	String personal(@PathVariable String token, Model model, HttpServletResponse response) {
		response.setHeader("Referrer-Policy", "no-referrer");
		var invitation = invitation(token);
		model.addAttribute("invitation", invitation);
		model.addAttribute("lines", management.personalPage(token));
		model.addAttribute("base", "/invitation/" + token);
		return "scheduling/personal";
	}

	@RateLimited("invitation-answer")
	@PostMapping("/mine/{invitationId}/svar")
	String answerOwn(@PathVariable String token, @PathVariable long invitationId, @RequestParam Answer answer,
			RedirectAttributes redirect) {
		var line = management.personalLine(token, invitationId).orElseThrow(NotFoundException::new);
		if (answer == Answer.PENDING || !line.canAnswer()) {
			redirect.addFlashAttribute("failure", "invitation.answer.closed");
		}
		else {
			management.answerOwn(token, invitationId, answer);
			redirect.addFlashAttribute("success", "invitation.answer.saved." + answer.name());
		}
		return "redirect:/invitation/" + token + "/mine";
	}

	@GetMapping("/mine/{invitationId}/kalender.ics")
	ResponseEntity<byte[]> ownCalendar(@PathVariable String token, @PathVariable long invitationId) {
		var line = management.personalLine(token, invitationId).orElseThrow(NotFoundException::new);
		return calendarFile(line.invitation(), line.meeting(), token);
	}

	@GetMapping("/kalender.ics")
	ResponseEntity<byte[]> calendar(@PathVariable String token) {
		var invitation = invitation(token);
		return calendarFile(invitation, meeting(invitation), token);
	}

	private ResponseEntity<byte[]> calendarFile(Invitation invitation, Meeting meeting, String token) {
		if (meeting.getStartsAt() == null) {
			throw new NotFoundException();
		}
		var secretariat = secretariats.current();
		var organizer = new MeetingCalendar.Person(secretariat.name(), secretariat.email());
		var attendee = new MeetingCalendar.Person(invitation.getName(), invitation.getEmail());
		String ics = meeting.isCancelled() ? MeetingCalendar.cancel(meeting, organizer, attendee, clock.instant())
				: MeetingCalendar.request(meeting, organizer, attendee, mailSettings.link("/invitation/" + token),
						clock.instant(), invitation.getAnswer());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("aktivitet.ics").build().toString())
			.header("Referrer-Policy", "no-referrer")
			.body(ics.getBytes(StandardCharsets.UTF_8));
	}

	private void prepare(String token, Model model, HttpServletResponse response) {
		// The token is in the address: never pass it on to other sites (e.g. the online
		// meeting's host).
		response.setHeader("Referrer-Policy", "no-referrer");
		var invitation = invitation(token);
		var meeting = meeting(invitation);
		model.addAttribute("token", token);
		model.addAttribute("invitation", invitation);
		model.addAttribute("meeting", meeting);
		model.addAttribute("canAnswer", invitation.canAnswer(meeting, clock.instant()));
		model.addAttribute("answerAction", "/invitation/" + token + "/svar");
		model.addAttribute("substituteAction", "/invitation/" + token + "/stedfortraeder");
		model.addAttribute("calendarLink", "/invitation/" + token + "/kalender.ics");
		model.addAttribute("personalLink", "/invitation/" + token + "/mine");
		if (meeting.getKind().isPhysical() && !model.containsAttribute("needsValue")) {
			model.addAttribute("needsValue", needs.of(invitation.getId()));
		}
	}

	private Invitation invitation(String token) {
		return management.findByToken(token).orElseThrow(() -> new OutdatedLink(token));
	}

	/**
	 * "Send mig det nyeste link" from an old link's page: the invitation goes again, with
	 * a new link, to the address it was sent to (never shown here).
	 */
	@RateLimited("invitation-newest")
	@PostMapping("/nyeste-link")
	String sendNewest(@PathVariable String token, Model model, HttpServletResponse response) {
		response.setHeader("Referrer-Policy", "no-referrer");
		if (!management.sendNewestLink(token)) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "scheduling/invitation-outdated";
		}
		model.addAttribute("newestSent", true);
		return "scheduling/invitation-outdated";
	}

	/**
	 * A link that opens no invitation is most often one replaced by a newer mail (every
	 * update and reminder carries a new link): a Danish page says so and whom to write
	 * to, still with 404 so the address is not taken for a page. An old link of ours (its
	 * hash is kept) also gets "Send mig det nyeste link".
	 */
	@ExceptionHandler(OutdatedLink.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String outdated(OutdatedLink link, Model model, HttpServletResponse response) {
		response.setHeader("Referrer-Policy", "no-referrer");
		if (management.canSendNewestLink(link.token)) {
			model.addAttribute("newestAction", "/invitation/" + link.token + "/nyeste-link");
		}
		return "scheduling/invitation-outdated";
	}

	/** No invitation has this link (any more). */
	static final class OutdatedLink extends RuntimeException {

		private final transient String token;

		OutdatedLink(String token) {
			super(null, null, false, false);
			this.token = token;
		}

	}

	private Meeting meeting(Invitation invitation) {
		return meetings.findById(invitation.getMeetingId()).orElseThrow(NotFoundException::new);
	}

}
