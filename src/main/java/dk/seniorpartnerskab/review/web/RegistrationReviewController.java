package dk.seniorpartnerskab.review.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.seniorpartnerskab.audit.AuditText;
import dk.seniorpartnerskab.edition.EditionManagement;
import dk.seniorpartnerskab.municipality.MunicipalityRepository;
import dk.seniorpartnerskab.network.Network;
import dk.seniorpartnerskab.network.NetworkRepository;
import dk.seniorpartnerskab.registration.HistoryEntry;
import dk.seniorpartnerskab.registration.Registration;
import dk.seniorpartnerskab.registration.RegistrationManagement;
import dk.seniorpartnerskab.registration.RegistrationStatus;
import dk.seniorpartnerskab.review.ChecklistItem;
import dk.seniorpartnerskab.review.ReviewManagement;
import dk.seniorpartnerskab.web.NotFoundException;
import dk.seniorpartnerskab.web.ReadOnlyPage;

/**
 * One registration for staff ({@code /admin/tilmeldinger/{id}}): the submission with its
 * checklist, notes and history, its attachments, and the decisions.
 */
@Controller
@RequestMapping("/admin/tilmeldinger/{id}")
class RegistrationReviewController {

	private final ReviewManagement review;

	private final RegistrationManagement registrations;

	private final NetworkRepository networks;

	private final EditionManagement editions;

	private final MunicipalityRepository municipalities;

	private final AuditText text;

	RegistrationReviewController(ReviewManagement review, RegistrationManagement registrations,
			NetworkRepository networks, EditionManagement editions, MunicipalityRepository municipalities,
			AuditText text) {
		this.text = text;
		this.review = review;
		this.registrations = registrations;
		this.networks = networks;
		this.editions = editions;
		this.municipalities = municipalities;
	}

	@GetMapping
	@ReadOnlyPage
	String detail(@PathVariable long id, Model model) {
		var registration = registrations.find(id).orElseThrow(NotFoundException::new);
		model.addAttribute("registration", registration);
		model.addAttribute("edition", editions.find(registration.getEditionId()).orElseThrow());
		model.addAttribute("municipality", municipalities.findByCode(registration.getMunicipalityCode()).orElseThrow());
		model.addAttribute("network", registration.getNetworkId() == null ? null
				: networks.findById(registration.getNetworkId()).orElse(null));
		model.addAttribute("checklist", review.checklist(registration));
		model.addAttribute("notes",
				registration.getHistory().stream().filter(h -> "note".equals(h.getAction())).toList());
		model.addAttribute("history", history(registration));
		if (registration.getStatus() == RegistrationStatus.WAITING_LIST) {
			var waiting = review.waitingList(registration.getEditionId());
			model.addAttribute("waitingPosition", waiting.stream().map(Registration::getId).toList().indexOf(id) + 1);
		}
		return "review/detail";
	}

	private static final Pattern NETWORK_ID = Pattern.compile("\\d+");

	private List<HistoryLine> history(Registration registration) {
		Map<String, String> names = networks.findByEditionIdOrderByNameAsc(registration.getEditionId())
			.stream()
			.collect(Collectors.toMap(n -> String.valueOf(n.getId()), Network::getName));
		return registration.getHistory()
			.stream()
			.filter(h -> !"note".equals(h.getAction()))
			.map(h -> new HistoryLine(h.getAt(), h.getActor(), h.getAction(), detail(h, names)))
			.toList();
	}

	private String detail(HistoryEntry entry, Map<String, String> networkNames) {
		if ("network".equals(entry.getAction()) && entry.getDetail() != null) {
			// "3 -> 5": the network ids before and after
			return NETWORK_ID.matcher(entry.getDetail())
				.replaceAll(
						id -> Matcher.quoteReplacement(networkNames.getOrDefault(id.group(), "netværk " + id.group())))
				.replace("->", "→");
		}
		return text.value(entry.getDetail());
	}

	@GetMapping("/bilag/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		var attachment = registrations.attachment(id, attachmentId).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(attachment.getFileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(attachment.getBytes());
	}

	@PostMapping("/godkend")
	String approve(@PathVariable long id, @RequestParam(required = false) Long version, Principal principal,
			RedirectAttributes redirect) {
		return decide(id, redirect, "review.approved", () -> review.approve(id, version, principal.getName()));
	}

	@PostMapping("/venteliste")
	String waitingList(@PathVariable long id, @RequestParam(required = false) Long version, Principal principal,
			RedirectAttributes redirect) {
		return decide(id, redirect, "review.waitingListed",
				() -> review.placeOnWaitingList(id, version, principal.getName()));
	}

	/**
	 * Rejecting cannot be undone and mails the contact: the first post shows who is told
	 * and what, and only the post from that page ({@code confirmed}) decides.
	 */
	@PostMapping("/afvis")
	String reject(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean confirmed,
			Principal principal, Model model, RedirectAttributes redirect) {
		if (reason == null || reason.isBlank()) {
			redirect.addFlashAttribute("failure", "review.reject.reasonRequired");
			return "redirect:/admin/tilmeldinger/" + id;
		}
		if (!confirmed) {
			confirmation(id, model);
			model.addAttribute("version", version);
			model.addAttribute("reason", reason.strip());
			return "review/confirm-reject";
		}
		return decide(id, redirect, "review.rejected", () -> review.reject(id, version, reason, principal.getName()));
	}

	/**
	 * Staff withdraw a registration on the contact's behalf (asked by phone, say); the
	 * page says what follows before anything changes.
	 */
	@GetMapping("/traek-tilbage")
	@PreAuthorize("hasRole('STAFF')")
	String confirmWithdraw(@PathVariable long id, Model model) {
		var registration = confirmation(id, model);
		if (!registration.canWithdraw()) {
			return "redirect:/admin/tilmeldinger/" + id;
		}
		model.addAttribute("version", registration.getVersion());
		return "review/confirm-withdraw";
	}

	@PostMapping("/traek-tilbage")
	String withdraw(@PathVariable long id, @RequestParam(required = false) Long version, Principal principal,
			RedirectAttributes redirect) {
		return decide(id, redirect, "review.withdrawn", () -> review.withdraw(id, version, principal.getName()));
	}

	private Registration confirmation(long id, Model model) {
		var registration = registrations.find(id).orElseThrow(NotFoundException::new);
		model.addAttribute("registration", registration);
		model.addAttribute("municipality", municipalities.findByCode(registration.getMunicipalityCode()).orElseThrow());
		return registration;
	}

	/**
	 * Saves the ticks of the checklist form. Only items whose box differs from what the
	 * page showed ({@code shown}: the items ticked then) change, so a colleague's tick
	 * made meanwhile is not undone by a form loaded before it.
	 */
	@PostMapping("/tjekliste")
	@PreAuthorize("hasRole('STAFF')")
	String checklist(@PathVariable long id, @RequestParam(name = "ticked", required = false) Set<ChecklistItem> ticked,
			@RequestParam(name = "shown", required = false) Set<ChecklistItem> shown, Principal principal,
			RedirectAttributes redirect) {
		try {
			for (var item : ChecklistItem.values()) {
				boolean wanted = ticked != null && ticked.contains(item);
				boolean was = shown != null && shown.contains(item);
				if (wanted != was) {
					review.tick(id, item, wanted, principal.getName());
				}
			}
		}
		catch (NoSuchElementException e) {
			throw new NotFoundException();
		}
		redirect.addFlashAttribute("success", "review.checklist.saved");
		return "redirect:/admin/tilmeldinger/" + id + "#checklist-heading";
	}

	@PostMapping("/note")
	String note(@PathVariable long id, @RequestParam(required = false) String text, Principal principal,
			RedirectAttributes redirect) {
		if (text == null || text.isBlank()) {
			redirect.addFlashAttribute("failure", "review.note.required");
		}
		else {
			review.addNote(id, text.length() > 4000 ? text.substring(0, 4000) : text, principal.getName());
			redirect.addFlashAttribute("success", "review.note.saved");
		}
		return "redirect:/admin/tilmeldinger/" + id;
	}

	private String decide(long id, RedirectAttributes redirect, String success, Runnable decision) {
		try {
			decision.run();
			redirect.addFlashAttribute("success", success);
		}
		catch (ObjectOptimisticLockingFailureException e) {
			redirect.addFlashAttribute("failure", "review.conflict");
		}
		catch (IllegalStateException e) {
			redirect.addFlashAttribute("failure", "review.notAllowed");
		}
		catch (NoSuchElementException e) {
			throw new NotFoundException();
		}
		return "redirect:/admin/tilmeldinger/" + id;
	}

}
