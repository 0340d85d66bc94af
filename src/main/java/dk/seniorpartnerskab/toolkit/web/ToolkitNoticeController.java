package dk.seniorpartnerskab.toolkit.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

import dk.seniorpartnerskab.edition.EditionManagement;
import dk.seniorpartnerskab.toolkit.Toolkit;
import dk.seniorpartnerskab.toolkit.ToolkitNotices;
import dk.seniorpartnerskab.toolkit.ToolkitRepository;
import dk.seniorpartnerskab.web.Copenhagen;
import dk.seniorpartnerskab.web.NotFoundException;

/**
 * Staff choose to tell the registered municipalities about a published toolkit or a
 * file's new version: which occasion, which editions, contacts only or participants too.
 * Sending twice tells no one twice.
 */
@Controller
@RequestMapping("/admin/vaerktoejer/{id}/besked")
class ToolkitNoticeController {

	private static final String PUBLICATION = "publication";

	private final ToolkitRepository toolkits;

	private final EditionManagement editionManagement;

	private final ToolkitNotices notices;

	private final MessageSource messages;

	ToolkitNoticeController(ToolkitRepository toolkits, EditionManagement editionManagement, ToolkitNotices notices,
			MessageSource messages) {
		this.toolkits = toolkits;
		this.editionManagement = editionManagement;
		this.notices = notices;
		this.messages = messages;
	}

	/**
	 * A choice on the form: the occasion's key, its label and how many have been told
	 * about it.
	 */
	record Occasion(String value, String label, int sentCount) {
	}

	@GetMapping
	String form(@PathVariable long id, Model model, Locale locale, RedirectAttributes redirect) {
		var toolkit = toolkit(id);
		if (!toolkit.isPublished()) {
			redirect.addFlashAttribute("failure", "toolkit.notice.notPublished");
			return "redirect:/admin/vaerktoejer/" + id;
		}
		var form = new NoticeForm();
		form.setOccasion(PUBLICATION);
		model.addAttribute("form", form);
		return prepare(toolkit, model, locale);
	}

	/**
	 * Asks first like a message to a meeting's invited: the first post shows how many
	 * would get the mail and about what, only the post from that page ({@code confirmed})
	 * sends, and "Ret valgene" ({@code edit}) goes back to the form as it was filled in.
	 */
	@PostMapping
	String send(@PathVariable long id, @Valid @ModelAttribute("form") NoticeForm form, BindingResult result,
			@RequestParam(defaultValue = "false") boolean confirmed, @RequestParam(defaultValue = "false") boolean edit,
			Model model, Locale locale, Principal principal, RedirectAttributes redirect) {
		var toolkit = toolkit(id);
		if (!toolkit.isPublished()) {
			redirect.addFlashAttribute("failure", "toolkit.notice.notPublished");
			return "redirect:/admin/vaerktoejer/" + id;
		}
		var occasions = occasions(toolkit, locale);
		if (form.getOccasion() != null && occasions.stream().noneMatch(o -> o.value().equals(form.getOccasion()))) {
			result.rejectValue("occasion", "NotBlank");
		}
		if (form.getEditionIds().stream().anyMatch(editionId -> editionManagement.find(editionId).isEmpty())) {
			result.rejectValue("editionIds", "NotEmpty");
		}
		if (result.hasErrors() || edit) {
			return prepare(toolkit, model, locale);
		}
		if (!confirmed) {
			model.addAttribute("toolkit", toolkit);
			model.addAttribute("occasion",
					occasions.stream()
						.filter(o -> o.value().equals(form.getOccasion()))
						.findFirst()
						.orElseThrow()
						.label());
			model.addAttribute("editionNames",
					form.getEditionIds()
						.stream()
						.map(editionId -> editionManagement.find(editionId).orElseThrow().getName())
						.toList());
			model.addAttribute("reach",
					notices.count(id, form.getOccasion(), form.getEditionIds(), form.isIncludeParticipants()));
			return "toolkit/confirm-notice";
		}
		var sent = notices.send(id, form.getOccasion(), form.getEditionIds(), form.isIncludeParticipants(),
				principal.getName());
		redirect.addFlashAttribute("noticeResult", sent);
		return "redirect:/admin/vaerktoejer/" + id;
	}

	private String prepare(Toolkit toolkit, Model model, Locale locale) {
		model.addAttribute("toolkit", toolkit);
		model.addAttribute("occasions", occasions(toolkit, locale));
		model.addAttribute("editions", editionManagement.all());
		return "toolkit/notice";
	}

	private List<Occasion> occasions(Toolkit toolkit, Locale locale) {
		var counts = notices.counts(toolkit.getId());
		var occasions = new ArrayList<Occasion>();
		occasions
			.add(new Occasion(PUBLICATION, messages.getMessage("toolkit.notice.occasion.publication", null, locale),
					counts.getOrDefault(PUBLICATION, 0)));
		for (var file : toolkit.getFiles()) {
			var current = file.current();
			String key = ToolkitNotices.versionOccasion(current);
			occasions.add(new Occasion(key,
					messages.getMessage("toolkit.notice.occasion.version",
							new Object[] { file.getTitle(), current.getNumber(),
									Copenhagen.formatDate(current.getUploadedAt()) },
							locale),
					counts.getOrDefault(key, 0)));
		}
		return occasions;
	}

	private Toolkit toolkit(long id) {
		return toolkits.findById(id).orElseThrow(NotFoundException::new);
	}

}
