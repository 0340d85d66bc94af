package dk.seniorpartnerskab.scheduling.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.security.Principal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.seniorpartnerskab.network.Network;
import dk.seniorpartnerskab.network.NetworkRepository;
import dk.seniorpartnerskab.municipality.MunicipalityRepository;
import dk.seniorpartnerskab.scheduling.Invitation;
import dk.seniorpartnerskab.scheduling.InvitationManagement;
import dk.seniorpartnerskab.scheduling.InvitationRepository;
import dk.seniorpartnerskab.scheduling.Meeting;
import dk.seniorpartnerskab.web.Copenhagen;
import dk.seniorpartnerskab.scheduling.MeetingRepository;
import dk.seniorpartnerskab.web.NotFoundException;

/**
 * Staff actions on a meeting's invitations: send them, mark who came, export the list.
 */
@Controller
@RequestMapping("/admin/aktiviteter/{id}")
class MeetingInvitationsController {

	private final MeetingRepository meetings;

	private final InvitationManagement invitations;

	private final Clock clock;

	private final InvitationRepository invitationRows;

	private final MunicipalityRepository municipalities;

	private final MessageSource messages;

	private final NetworkRepository networks;

	private final MessageQuestion question;

	MeetingInvitationsController(MeetingRepository meetings, InvitationManagement invitations, Clock clock,
			InvitationRepository invitationRows, MunicipalityRepository municipalities, MessageSource messages,
			NetworkRepository networks, MessageQuestion question) {
		this.networks = networks;
		this.question = question;
		this.meetings = meetings;
		this.invitations = invitations;
		this.clock = clock;
		this.invitationRows = invitationRows;
		this.municipalities = municipalities;
		this.messages = messages;
	}

	@PostMapping("/fremmoede/alle-ja")
	String markAttendingAsAttended(@PathVariable long id, RedirectAttributes redirect) {
		var meeting = meetings.findById(id).orElseThrow(NotFoundException::new);
		if (!meeting.isPlanned() || !meeting.hasStarted(clock.instant())) {
			redirect.addFlashAttribute("failure", "attendance.tooEarly");
			return "redirect:/admin/aktiviteter/" + id;
		}
		invitations.markAttendingAsAttended(id);
		redirect.addFlashAttribute("success", "attendance.allYes.done");
		return "redirect:/admin/aktiviteter/" + id + "#fremmoede";
	}

	/**
	 * "Send invitationer" asks first: how many, to whom. Nothing is sent until the form
	 * on this page is posted.
	 */
	@GetMapping("/inviter")
	String confirmSend(@PathVariable long id, Model model, RedirectAttributes redirect) {
		var meeting = meetings.findById(id).orElseThrow(NotFoundException::new);
		if (!meeting.isPlanned() || meeting.hasStarted(clock.instant())) {
			redirect.addFlashAttribute("failure", "invitation.send.notPlanned");
			return "redirect:/admin/aktiviteter/" + id;
		}
		model.addAttribute("meeting", meeting);
		model.addAttribute("count", invitations.notYetInvited(id));
		model.addAttribute("group", meeting.getNetworkId() == null ? null
				: networks.findById(meeting.getNetworkId()).map(Network::getName).orElse(null));
		return "scheduling/confirm-send";
	}

	@PostMapping("/inviter")
	String send(@PathVariable long id, RedirectAttributes redirect) {
		var meeting = meetings.findById(id).orElseThrow(NotFoundException::new);
		if (!meeting.isPlanned() || meeting.hasStarted(clock.instant())) {
			redirect.addFlashAttribute("failure", "invitation.send.notPlanned");
			return "redirect:/admin/aktiviteter/" + id;
		}
		int sent = invitations.send(id);
		redirect.addFlashAttribute(sent == 0 ? "info" : "success",
				sent == 0 ? "invitation.send.none" : "invitation.send.done");
		redirect.addFlashAttribute("sentCount", sent);
		return "redirect:/admin/aktiviteter/" + id;
	}

	@GetMapping("/invitationer.csv")
	ResponseEntity<byte[]> exportCsv(@PathVariable long id, Locale locale) {
		var meeting = meetings.findById(id).orElseThrow(NotFoundException::new);
		return download(InvitationExport.csv(header(locale), rows(meeting.getId(), locale)), "text/csv; charset=UTF-8",
				fileName(meeting, "csv"));
	}

	@GetMapping("/invitationer.xlsx")
	ResponseEntity<byte[]> exportXlsx(@PathVariable long id, Locale locale) {
		var meeting = meetings.findById(id).orElseThrow(NotFoundException::new);
		return download(
				InvitationExport.xlsx(text("invitation.export.sheet", locale), header(locale),
						rows(meeting.getId(), locale)),
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName(meeting, "xlsx"));
	}

	private List<String> header(Locale locale) {
		return List.of(text("invitation.name", locale), text("invitation.email", locale),
				text("invitation.municipality", locale), text("invitation.answer", locale),
				text("invitation.export.answeredAt", locale), text("invitation.attended", locale),
				text("invitation.export.substituteFor", locale));
	}

	private List<List<String>> rows(long meetingId, Locale locale) {
		var all = invitationRows.findByMeeting(meetingId);
		var names = new HashMap<Long, String>();
		all.forEach(i -> names.put(i.getId(), i.getName()));
		var municipalityNames = municipalities.namesByCode();
		return all.stream()
			.filter(Invitation::isActive)
			.map(i -> List.of(i.getName(), i.getEmail(), municipalityNames.getOrDefault(i.getMunicipalityCode(), ""),
					text("invitation.answer.short." + i.getAnswer().name(), locale),
					i.getAnsweredAt() == null ? "" : Copenhagen.formatDateTime(i.getAnsweredAt()),
					i.getAttended() == null ? "" : text(i.getAttended() ? "form.yes" : "form.no", locale),
					i.getSubstituteForId() == null ? "" : names.getOrDefault(i.getSubstituteForId(), "")))
			.toList();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static String fileName(Meeting meeting, String extension) {
		return "invitationer-" + meeting.getId() + "." + extension;
	}

	private static ResponseEntity<byte[]> download(byte[] body, String contentType, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	@GetMapping("/besked")
	String messageForm(@PathVariable long id, Locale locale, Model model) {
		model.addAttribute("form", new GroupMessageForm());
		return prepareMessage(id, locale, model);
	}

	/**
	 * The first post shows how many get the message, who and the text; only the post from
	 * that page ({@code confirmed}) sends, and "Ret beskeden" ({@code edit}) goes back to
	 * the form with the text kept.
	 */
	@PostMapping("/besked")
	String message(@PathVariable long id, @Valid @ModelAttribute("form") GroupMessageForm form, BindingResult result,
			@RequestParam(defaultValue = "false") boolean confirmed, @RequestParam(defaultValue = "false") boolean edit,
			@RequestParam(defaultValue = "false") boolean trial, Principal principal, Locale locale, Model model,
			RedirectAttributes redirect) {
		var meeting = meetings.findById(id).orElseThrow(NotFoundException::new);
		if (result.hasErrors() || edit) {
			return prepareMessage(id, locale, model);
		}
		if (!confirmed) {
			long count = invitationRows.findActiveByMeeting(id).stream().filter(form.getRecipients()::includes).count();
			return question.ask(model, meeting.getTitle(), "/admin/aktiviteter/" + id + "/besked", form.getRecipients(),
					count, invitations.previewMessage(id, form.getRecipients(), form.getSubject(), form.getBody()),
					trial, principal, locale);
		}
		int sent = invitations.message(meeting.getId(), form.getRecipients(), form.getSubject(), form.getBody());
		redirect.addFlashAttribute(sent == 0 ? "info" : "success", sent == 0 ? "message.none" : "message.sent");
		return "redirect:/admin/aktiviteter/" + id;
	}

	private String prepareMessage(long id, Locale locale, Model model) {
		var meeting = meetings.findById(id).orElseThrow(NotFoundException::new);
		var active = invitationRows.findActiveByMeeting(id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("recipientOptions",
				question.recipientOptions(recipients -> active.stream().filter(recipients::includes).count(), locale));
		return "scheduling/message";
	}

	@PostMapping("/fremmoede")
	String attendance(@PathVariable long id, @RequestParam(name = "came", required = false) List<Long> came,
			RedirectAttributes redirect) {
		var meeting = meetings.findById(id).orElseThrow(NotFoundException::new);
		if (!meeting.hasStarted(clock.instant())) {
			redirect.addFlashAttribute("failure", "attendance.tooEarly");
			return "redirect:/admin/aktiviteter/" + id;
		}
		invitations.markAttendance(id, came == null ? new HashSet<>() : new HashSet<>(came));
		redirect.addFlashAttribute("success", "attendance.saved");
		return "redirect:/admin/aktiviteter/" + id + "#fremmoede";
	}

}
