package dk.seniorpartnerskab.outreach.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
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

import dk.seniorpartnerskab.directory.ContactRole;
import dk.seniorpartnerskab.mail.MailStatus;
import dk.seniorpartnerskab.municipality.MunicipalityRepository;
import dk.seniorpartnerskab.outreach.Audience;
import dk.seniorpartnerskab.outreach.OutreachManagement;
import dk.seniorpartnerskab.outreach.OutreachMessage;
import dk.seniorpartnerskab.outreach.Recipient;
import dk.seniorpartnerskab.outreach.StartingPoint;
import dk.seniorpartnerskab.outreach.StartingPoints;

/**
 * Staff write to chosen contacts: write, preview one recipient's mail and the count, send
 * a test to themselves, then send (or plan the deadline reminder); and see what was sent.
 */
@Controller
@RequestMapping("/admin/udsendelser")
class OutreachController {

	private final OutreachManagement outreach;

	private final StartingPoints startingPoints;

	private final MunicipalityRepository municipalities;

	private final MessageSource messages;

	OutreachController(OutreachManagement outreach, StartingPoints startingPoints,
			MunicipalityRepository municipalities, MessageSource messages) {
		this.outreach = outreach;
		this.startingPoints = startingPoints;
		this.municipalities = municipalities;
		this.messages = messages;
	}

	/** A sent or planned message with its mails by status. */
	record Line(OutreachMessage message, Map<MailStatus, Long> counts) {
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("lines",
				outreach.all().stream().map(m -> new Line(m, outreach.statusCounts(m.getId()))).toList());
		model.addAttribute("startingPoints", StartingPoint.values());
		model.addAttribute("edition", outreach.currentEdition().orElse(null));
		return "outreach/list";
	}

	@GetMapping("/ny")
	String form(@RequestParam(name = "udgangspunkt", defaultValue = "FREE") StartingPoint point, Locale locale,
			Model model) {
		model.addAttribute("form", OutreachForm.of(startingPoints.draft(point)));
		return prepare(locale, model);
	}

	@PostMapping("/ny")
	String submit(@Valid @ModelAttribute("form") OutreachForm form, BindingResult result,
			@RequestParam(name = "handling", defaultValue = "vis") String action, Principal principal, Locale locale,
			Model model, RedirectAttributes redirect) {
		if (form.audience() == Audience.REGION && form.regionCode() == null) {
			result.rejectValue("regionCode", "outreach.regionCode.required");
		}
		if (form.audience() == Audience.ROLE && form.role() == null) {
			result.rejectValue("role", "outreach.role.required");
		}
		if ("planlaeg".equals(action) && form.daysBefore() == null) {
			result.rejectValue("daysBefore", "outreach.daysBefore.required");
		}
		if (result.hasErrors()) {
			return prepare(locale, model);
		}
		var draft = form.draft();
		var recipients = outreach.recipients(draft);
		switch (action) {
			case "test" -> {
				outreach.sendTest(draft, principal.getName());
				model.addAttribute("info", "outreach.test.sent");
			}
			case "send" -> {
				if (form.confirmedCount() == null || form.confirmedCount() != recipients.size()) {
					model.addAttribute("info", "outreach.count.changed");
					break;
				}
				if (recipients.isEmpty()) {
					model.addAttribute("info", "outreach.none");
					break;
				}
				var message = outreach.send(draft, principal.getName());
				redirect.addFlashAttribute("success", "outreach.sent");
				redirect.addFlashAttribute("sentCount", message.getRecipientCount());
				return "redirect:/admin/udsendelser";
			}
			case "planlaeg" -> {
				var planned = outreach.planDeadlineReminder(draft, form.daysBefore(), principal.getName());
				if (planned.isEmpty()) {
					result.rejectValue("daysBefore", "outreach.daysBefore.past");
					return prepare(locale, model);
				}
				redirect.addFlashAttribute("success", "outreach.planned");
				return "redirect:/admin/udsendelser";
			}
			default -> {
			}
		}
		model.addAttribute("recipients", recipients);
		model.addAttribute("municipalityCount",
				recipients.stream().map(Recipient::municipalityCode).distinct().count());
		model.addAttribute("preview", outreach.render(draft, recipients.isEmpty() ? null : recipients.get(0)));
		model.addAttribute("previewRecipient", recipients.isEmpty() ? null : recipients.get(0));
		return prepare(locale, model);
	}

	@PostMapping("/{id}/annuller")
	String cancel(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		outreach.cancel(id, principal.getName());
		redirect.addFlashAttribute("success", "outreach.cancelled");
		return "redirect:/admin/udsendelser";
	}

	private String prepare(Locale locale, Model model) {
		var audiences = new LinkedHashMap<String, String>();
		for (var audience : Audience.values()) {
			audiences.put(audience.name(), messages.getMessage("outreach.audience." + audience.name(), null, locale));
		}
		var regions = new LinkedHashMap<String, String>();
		municipalities.findAllRegions().forEach(r -> regions.put(String.valueOf(r.getCode()), r.getName()));
		var roles = new LinkedHashMap<String, String>();
		for (var role : ContactRole.values()) {
			roles.put(role.name(), messages.getMessage("contact.role." + role.name(), null, locale));
		}
		model.addAttribute("audienceOptions", audiences);
		model.addAttribute("regionOptions", regions);
		model.addAttribute("roleOptions", roles);
		model.addAttribute("edition", outreach.currentEdition().orElse(null));
		return "outreach/form";
	}

}
