package dk.seniorpartnerskab.scheduling.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.edition.EditionRepository;
import dk.seniorpartnerskab.network.NetworkRepository;
import dk.seniorpartnerskab.scheduling.CoursePlanning;
import dk.seniorpartnerskab.scheduling.InvitationManagement;
import dk.seniorpartnerskab.scheduling.MeetingManagement;
import dk.seniorpartnerskab.web.Copenhagen;
import dk.seniorpartnerskab.web.NotFoundException;

/**
 * The course plan of an edition: every network's meetings dated on one page, saved
 * together; "copy this network's pattern" fills the form as a preview; warnings when two
 * networks meet on the same day at the same place; sending every planned meeting's
 * invitations at once.
 */
@Controller
@RequestMapping("/admin/aktiviteter/plan")
class CoursePlanController {

	private final CoursePlanning planning;

	private final MeetingManagement meetingManagement;

	private final InvitationManagement invitationManagement;

	private final EditionRepository editions;

	private final NetworkRepository networks;

	private final MessageSource messages;

	private final Clock clock;

	CoursePlanController(CoursePlanning planning, MeetingManagement meetingManagement,
			InvitationManagement invitationManagement, EditionRepository editions, NetworkRepository networks,
			MessageSource messages, Clock clock) {
		this.planning = planning;
		this.meetingManagement = meetingManagement;
		this.invitationManagement = invitationManagement;
		this.editions = editions;
		this.networks = networks;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String show(@RequestParam("forloeb") long editionId, Locale locale, Model model) {
		var edition = edition(editionId);
		var form = CoursePlanForm.of(networkNames(editionId), planning.meetingsByNetwork(editionId));
		return render(edition, form, null, Set.of(), null, locale, model);
	}

	@PostMapping
	String save(@RequestParam("forloeb") long editionId, @ModelAttribute("form") CoursePlanForm form,
			BindingResult result, @RequestParam(name = "copyFrom", required = false) Long copyFrom, Locale locale,
			Model model, RedirectAttributes redirect) {
		var edition = edition(editionId);
		var names = networkNames(editionId);
		form.fillFrom(names, planning.meetingsByNetwork(editionId));
		if (copyFrom != null) {
			// A preview: the copied pattern is shown in the form; nothing is saved.
			var changed = form.copyPattern(copyFrom);
			return render(edition, form, result, changed, names.get(copyFrom), locale, model);
		}
		form.validate(result, edition, clock.instant());
		if (result.hasErrors()) {
			return render(edition, form, result, Set.of(), null, locale, model);
		}
		try {
			var saved = planning.save(editionId, form.cells());
			redirect.addFlashAttribute("success", saved.changed() == 0 ? "plan.saved.nothing" : "plan.saved");
			redirect.addFlashAttribute("updateMails", saved.updateMails());
			return "redirect:/admin/aktiviteter/plan?forloeb=" + editionId;
		}
		catch (CoursePlanning.CellConflict e) {
			var cell = form.cell(e.meetingId());
			// The next save overwrites the other change on purpose: the staff member
			// has now been told.
			cell.setVersion(e.currentVersion());
			result.rejectValue(form.datePath(e.meetingId()), "plan.conflict", new Object[] { cell.getTitle() }, null);
		}
		catch (ObjectOptimisticLockingFailureException e) {
			result.reject("meeting.conflict");
		}
		return render(edition, form, result, Set.of(), null, locale, model);
	}

	/** "Opret kladder": the edition's number of meetings for every network. */
	@PostMapping("/kladder")
	String drafts(@RequestParam("forloeb") long editionId, RedirectAttributes redirect) {
		var edition = edition(editionId);
		int created = 0;
		for (var network : networks.findByEditionIdOrderByNameAsc(editionId)) {
			created += meetingManagement.planCourse(edition, network.getId(), network.getName()).size();
		}
		redirect.addFlashAttribute(created == 0 ? "info" : "success",
				created == 0 ? "meeting.planCourse.none" : "meeting.planCourse.done");
		return "redirect:/admin/aktiviteter/plan?forloeb=" + editionId;
	}

	/**
	 * Sends the invitations of every planned network meeting ahead to those not yet
	 * invited.
	 */
	@PostMapping("/send")
	String sendAll(@RequestParam("forloeb") long editionId, RedirectAttributes redirect) {
		edition(editionId);
		var now = clock.instant();
		int sent = 0;
		for (var meetings : planning.meetingsByNetwork(editionId).values()) {
			for (var meeting : meetings) {
				if (meeting.isPlanned() && !meeting.hasStarted(now)
						&& invitationManagement.notYetInvited(meeting.getId()) > 0) {
					sent += invitationManagement.send(meeting.getId());
				}
			}
		}
		redirect.addFlashAttribute(sent == 0 ? "info" : "success", sent == 0 ? "plan.sent.none" : "plan.sent");
		redirect.addFlashAttribute("sentCount", sent);
		return "redirect:/admin/aktiviteter/plan?forloeb=" + editionId;
	}

	private String render(Edition edition, CoursePlanForm form, BindingResult result, Set<Long> changed,
			String previewOf, Locale locale, Model model) {
		model.addAttribute("edition", edition);
		model.addAttribute("showPeriodConfirm",
				form.isOutsidePeriodConfirmed() || (result != null && CoursePlanForm.hasOutsidePeriodError(result)));
		model.addAttribute("form", form);
		model.addAttribute("changed", changed);
		model.addAttribute("previewOf", previewOf);
		model.addAttribute("samePlace", samePlaceWarnings(form, locale));
		model.addAttribute("hasMeetings", form.getNetworks().stream().anyMatch(n -> !n.getCells().isEmpty()));
		model.addAttribute("hasNetworks", !form.getNetworks().isEmpty());
		return "scheduling/plan";
	}

	/**
	 * "Netværk Nord og Netværk Syd mødes begge torsdag 29. september 2022 på KL-huset."
	 */
	private List<String> samePlaceWarnings(CoursePlanForm form, Locale locale) {
		var byDayAndPlace = new TreeMap<String, Map<String, String>>();
		for (var plan : form.getNetworks()) {
			for (var cell : plan.getCells()) {
				if (!cell.isKnown() || !cell.isPhysical() || cell.getDate() == null || cell.getVenue() == null
						|| cell.getVenue().isBlank()) {
					continue;
				}
				String key = cell.getDate() + "|" + cell.getVenue().trim().toLowerCase(Locale.ROOT);
				byDayAndPlace.computeIfAbsent(key, k -> new LinkedHashMap<>())
					.putIfAbsent(plan.getName(), cell.getVenue().trim());
			}
		}
		var warnings = new ArrayList<String>();
		byDayAndPlace.forEach((key, networksThere) -> {
			if (networksThere.size() > 1) {
				LocalDate day = LocalDate.parse(key.substring(0, key.indexOf('|')));
				warnings.add(messages.getMessage("plan.samePlace",
						new Object[] {
								String.join(messages.getMessage("plan.samePlace.and", null, locale),
										networksThere.keySet()),
								Copenhagen.formatDate(day), networksThere.values().iterator().next() },
						locale));
			}
		});
		return warnings;
	}

	private Map<Long, String> networkNames(long editionId) {
		var names = new LinkedHashMap<Long, String>();
		networks.findByEditionIdOrderByNameAsc(editionId).forEach(n -> names.put(n.getId(), n.getName()));
		return names;
	}

	private Edition edition(long id) {
		return editions.findById(id).orElseThrow(NotFoundException::new);
	}

}
