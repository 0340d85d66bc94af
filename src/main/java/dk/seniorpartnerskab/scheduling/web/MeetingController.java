package dk.seniorpartnerskab.scheduling.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.edition.EditionManagement;
import dk.seniorpartnerskab.edition.EditionRepository;
import dk.seniorpartnerskab.municipality.MunicipalityRepository;
import dk.seniorpartnerskab.network.Network;
import dk.seniorpartnerskab.network.NetworkRepository;
import dk.seniorpartnerskab.scheduling.Invitation;
import dk.seniorpartnerskab.scheduling.InvitationManagement;
import dk.seniorpartnerskab.scheduling.InvitationRepository;
import dk.seniorpartnerskab.scheduling.Meeting;
import dk.seniorpartnerskab.scheduling.MeetingDateRules;
import dk.seniorpartnerskab.scheduling.MeetingFigures;
import dk.seniorpartnerskab.scheduling.MeetingKind;
import dk.seniorpartnerskab.scheduling.MeetingManagement;
import dk.seniorpartnerskab.scheduling.MeetingRepository;
import dk.seniorpartnerskab.scheduling.MeetingTimes;
import dk.seniorpartnerskab.scheduling.Needs;
import dk.seniorpartnerskab.web.NotFoundException;
import dk.seniorpartnerskab.web.ReadOnlyPage;
import java.util.HashMap;

/**
 * Staff pages for an edition's meetings: the calendar per network, create, edit, cancel,
 * each meeting's page.
 */
@Controller
@RequestMapping("/admin/aktiviteter")
class MeetingController {

	private final MeetingRepository meetings;

	private final MeetingManagement management;

	private final EditionRepository editions;

	private final EditionManagement editionManagement;

	private final MessageSource messages;

	private final InvitationRepository invitations;

	private final InvitationManagement invitationManagement;

	private final MunicipalityRepository municipalities;

	private final Clock clock;

	private final NetworkRepository networks;

	private final Needs needs;

	private final MeetingTimes meetingTimes;

	MeetingController(MeetingTimes meetingTimes, Needs needs, MeetingRepository meetings, MeetingManagement management,
			EditionRepository editions, EditionManagement editionManagement, MessageSource messages,
			InvitationRepository invitations, InvitationManagement invitationManagement,
			MunicipalityRepository municipalities, Clock clock, NetworkRepository networks) {
		this.needs = needs;
		this.networks = networks;
		this.meetings = meetings;
		this.management = management;
		this.editions = editions;
		this.editionManagement = editionManagement;
		this.messages = messages;
		this.invitations = invitations;
		this.invitationManagement = invitationManagement;
		this.municipalities = municipalities;
		this.clock = clock;
		this.meetingTimes = meetingTimes;
	}

	/**
	 * An edition's meetings grouped per network, the whole edition's first, each group by
	 * date.
	 */
	record MeetingGroup(Long networkId, String name, List<Meeting> meetings) {
	}

	@GetMapping
	@ReadOnlyPage
	String list(@RequestParam(name = "forloeb", required = false) Long editionId, Locale locale, Model model) {
		var edition = editionManagement.chosen(editionId).orElse(null);
		model.addAttribute("editions", editionManagement.all());
		model.addAttribute("edition", edition);
		if (edition == null) {
			model.addAttribute("groups", List.of());
			return "scheduling/list";
		}
		var names = networkNames(edition.getId());
		var groups = new LinkedHashMap<Long, MeetingGroup>();
		groups.put(null,
				new MeetingGroup(null, messages.getMessage("meeting.wholeEdition", null, locale), new ArrayList<>()));
		names.forEach((id, name) -> groups.put(id, new MeetingGroup(id, name, new ArrayList<>())));
		for (var meeting : meetings.findByEdition(edition.getId())) {
			groups
				.computeIfAbsent(meeting.getNetworkId(),
						id -> new MeetingGroup(id, networkName(id, locale), new ArrayList<>()))
				.meetings()
				.add(meeting);
		}
		model.addAttribute("groups", groups.values());
		// A model value, not the bean (@meetingTimes), so SpEL can compile the
		// call in each row (README: Speed, fix 30).
		model.addAttribute("meetingTimes", meetingTimes);
		return "scheduling/list";
	}

	@GetMapping("/ny")
	String createForm(@RequestParam("forloeb") long editionId,
			@RequestParam(name = "netvaerk", required = false) Long networkId, Locale locale, Model model) {
		var edition = edition(editionId);
		var form = new MeetingForm();
		form.setNetworkId(networkId);
		prepareForm(model, edition, null, locale);
		model.addAttribute("form", form);
		return "scheduling/form";
	}

	@PostMapping("/ny")
	String create(@RequestParam("forloeb") long editionId, @Valid @ModelAttribute("form") MeetingForm form,
			BindingResult result, Locale locale, Model model, RedirectAttributes redirect) {
		var edition = edition(editionId);
		form.validate(result, edition, null, clock.instant());
		if (form.getNetworkId() != null && !networkNames(editionId).containsKey(form.getNetworkId())) {
			result.rejectValue("networkId", "meeting.network.unknown");
		}
		if (result.hasErrors()) {
			prepareForm(model, edition, null, locale);
			return "scheduling/form";
		}
		var meeting = management.create(editionId, form.getNetworkId(), form.getKind(), form.toDetails(),
				form.isPlanned());
		redirect.addFlashAttribute("success", "meeting.saved");
		return "redirect:/admin/aktiviteter/" + meeting.getId();
	}

	@GetMapping("/{id}")
	@ReadOnlyPage
	String show(@PathVariable long id, Locale locale, Model model) {
		var meeting = meeting(id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("edition", edition(meeting.getEditionId()));
		model.addAttribute("networkName", networkName(meeting.getNetworkId(), locale));
		var all = invitations.findByMeeting(id);
		model.addAttribute("invitations", all.stream().filter(Invitation::isActive).toList());
		model.addAttribute("municipalityNames", municipalities.namesByCode());
		model.addAttribute("figures", MeetingFigures.of(all));
		model.addAttribute("perMunicipality", MeetingFigures.perMunicipality(all));
		boolean upcoming = meeting.isPlanned() && !meeting.hasStarted(clock.instant());
		model.addAttribute("canSend", upcoming);
		model.addAttribute("notYetInvited", upcoming ? invitationManagement.notYetInvited(id) : 0);
		model.addAttribute("attendanceOpen", meeting.isPlanned() && meeting.hasStarted(clock.instant()));
		model.addAttribute("needs", meeting.getKind().isPhysical() ? needs.forMeeting(id) : null);
		return "scheduling/detail";
	}

	@GetMapping("/{id}/rediger")
	String editForm(@PathVariable long id, Locale locale, Model model, RedirectAttributes redirect) {
		var meeting = meeting(id);
		if (meeting.isCancelled()) {
			redirect.addFlashAttribute("failure", "meeting.cancelled.noChange");
			return "redirect:/admin/aktiviteter/" + id;
		}
		prepareForm(model, edition(meeting.getEditionId()), meeting, locale);
		model.addAttribute("form", MeetingForm.of(meeting));
		return "scheduling/form";
	}

	@PostMapping("/{id}/rediger")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result,
			Locale locale, Model model, RedirectAttributes redirect) {
		var meeting = meeting(id);
		if (meeting.isCancelled()) {
			redirect.addFlashAttribute("failure", "meeting.cancelled.noChange");
			return "redirect:/admin/aktiviteter/" + id;
		}
		// Kind and network are fixed once created: invitations depend on them.
		form.setKind(meeting.getKind());
		form.setNetworkId(meeting.getNetworkId());
		if (meeting.isPlanned()) {
			form.setPlanned(true);
		}
		form.validate(result, edition(meeting.getEditionId()), meeting.getStartsAt(), clock.instant());
		if (!result.hasErrors()) {
			try {
				management.update(id, form.getVersion(), form.toDetails(), form.isPlanned());
				redirect.addFlashAttribute("success", "meeting.saved");
				return "redirect:/admin/aktiviteter/" + id;
			}
			catch (ObjectOptimisticLockingFailureException e) {
				result.reject("meeting.conflict");
			}
		}
		prepareForm(model, edition(meeting.getEditionId()), meeting, locale);
		return "scheduling/form";
	}

	/**
	 * "Planlæg forløb": the edition's number of development days and digital meetings as
	 * drafts.
	 */
	@PostMapping("/planlaeg")
	String planCourse(@RequestParam("forloeb") long editionId, @RequestParam("netvaerk") long networkId,
			RedirectAttributes redirect) {
		var edition = edition(editionId);
		var network = networks.findById(networkId)
			.filter(n -> n.getEditionId() == editionId)
			.orElseThrow(NotFoundException::new);
		var created = management.planCourse(edition, networkId, network.getName());
		redirect.addFlashAttribute(created.isEmpty() ? "info" : "success",
				created.isEmpty() ? "meeting.planCourse.none" : "meeting.planCourse.done");
		return "redirect:/admin/aktiviteter?forloeb=" + editionId;
	}

	/**
	 * "Aflys" asks first, without JavaScript: how many are told, and why (the reason goes
	 * into their mail). Nothing changes until the form on this page is posted.
	 */
	@GetMapping("/{id}/aflys")
	@PreAuthorize("hasRole('STAFF')")
	String confirmCancel(@PathVariable long id, Model model) {
		var meeting = meeting(id);
		if (meeting.isCancelled()) {
			return "redirect:/admin/aktiviteter/" + id;
		}
		model.addAttribute("form", CancelForm.empty());
		return prepareCancel(meeting, model);
	}

	@PostMapping("/{id}/aflys")
	String cancel(@PathVariable long id, @Valid @ModelAttribute("form") CancelForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var meeting = meeting(id);
		if (meeting.isCancelled()) {
			return "redirect:/admin/aktiviteter/" + id;
		}
		if (result.hasErrors()) {
			return prepareCancel(meeting, model);
		}
		management.cancel(id, form.reason());
		redirect.addFlashAttribute("success", "meeting.cancelled.done");
		return "redirect:/admin/aktiviteter/" + id;
	}

	private String prepareCancel(Meeting meeting, Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("count", invitations.findActiveByMeeting(meeting.getId()).size());
		return "scheduling/confirm-cancel";
	}

	private void prepareForm(Model model, Edition edition, Meeting meeting, Locale locale) {
		model.addAttribute("edition", edition);
		model.addAttribute("outsidePeriodCode", MeetingDateRules.OUTSIDE_PERIOD);
		model.addAttribute("meeting", meeting);
		var kinds = new LinkedHashMap<String, String>();
		for (MeetingKind kind : MeetingKind.values()) {
			kinds.put(kind.name(), messages.getMessage("meeting.kind." + kind.name(), null, locale));
		}
		model.addAttribute("kindOptions", kinds);
		var networks = new LinkedHashMap<String, String>();
		networks.put("", messages.getMessage("meeting.wholeEdition", null, locale));
		networkNames(edition.getId()).forEach((id, name) -> networks.put(String.valueOf(id), name));
		model.addAttribute("networkOptions", networks);
	}

	/** The edition's networks by id, in display order. */
	private Map<Long, String> networkNames(long editionId) {
		var names = new LinkedHashMap<Long, String>();
		networks.findByEditionIdOrderByNameAsc(editionId).forEach(n -> names.put(n.getId(), n.getName()));
		return names;
	}

	private String networkName(Long networkId, Locale locale) {
		if (networkId == null) {
			return messages.getMessage("meeting.wholeEdition", null, locale);
		}
		return networks.findById(networkId)
			.map(Network::getName)
			.orElseGet(() -> messages.getMessage("meeting.network.numbered", new Object[] { networkId }, locale));
	}

	private Edition edition(long id) {
		return editions.findById(id).orElseThrow(NotFoundException::new);
	}

	private Meeting meeting(long id) {
		return meetings.findById(id).filter(Objects::nonNull).orElseThrow(NotFoundException::new);
	}

}
