package dk.seniorpartnerskab.scheduling.web;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.seniorpartnerskab.scheduling.InvitationManagement;
import dk.seniorpartnerskab.scheduling.Meetings;
import dk.seniorpartnerskab.web.NotFoundException;

/** Staff actions on a meeting's invitations: send them, and mark who came. */
@Controller
@RequestMapping("/admin/aktiviteter/{id}")
class MeetingInvitationsController {

	private final Meetings meetings;

	private final InvitationManagement invitations;

	private final Clock clock;

	MeetingInvitationsController(Meetings meetings, InvitationManagement invitations, Clock clock) {
		this.meetings = meetings;
		this.invitations = invitations;
		this.clock = clock;
	}

	@PostMapping("/inviter")
	String send(@PathVariable long id, RedirectAttributes redirect) {
		var meeting = meetings.findById(id).orElseThrow(NotFoundException::new);
		if (!meeting.isPlanned() || meeting.hasStarted(clock.instant())) {
			redirect.addFlashAttribute("failure", "invitation.send.notPlanned");
			return "redirect:/admin/aktiviteter/" + id;
		}
		int sent = invitations.send(id);
		redirect.addFlashAttribute(sent == 0 ? "info" : "success", sent == 0 ? "invitation.send.none" : "invitation.send.done");
		redirect.addFlashAttribute("sentCount", sent);
		return "redirect:/admin/aktiviteter/" + id;
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
