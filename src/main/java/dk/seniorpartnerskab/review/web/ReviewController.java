package dk.seniorpartnerskab.review.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.seniorpartnerskab.audit.AuditLog;
import dk.seniorpartnerskab.audit.AuditTarget;
import dk.seniorpartnerskab.edition.EditionManagement;
import dk.seniorpartnerskab.edition.EditionRepository;
import dk.seniorpartnerskab.municipality.MunicipalityRepository;
import dk.seniorpartnerskab.network.NetworkAssignments;
import dk.seniorpartnerskab.network.NetworkRepository;
import dk.seniorpartnerskab.registration.EffortStatus;
import dk.seniorpartnerskab.registration.Registration;
import dk.seniorpartnerskab.registration.RegistrationManagement;
import dk.seniorpartnerskab.registration.RegistrationStatus;
import dk.seniorpartnerskab.registration.Side;
import dk.seniorpartnerskab.review.RegistrationSearch;
import dk.seniorpartnerskab.review.ReviewManagement;
import dk.seniorpartnerskab.web.NotFoundException;
import java.util.HashMap;

/**
 * Staff pages for registrations: the list with filters and exports, the detail page and
 * the decisions.
 */
@Controller
@RequestMapping("/admin/tilmeldinger")
class ReviewController {

	static final int PAGE_SIZE = 50;

	private static final Pattern SAFE_QUERY = Pattern.compile("[A-Za-z0-9=&%._+\\-]*");

	private final RegistrationSearch search;

	private final ReviewManagement review;

	private final RegistrationManagement registrations;

	private final NetworkAssignments assignments;

	private final NetworkRepository networks;

	private final EditionRepository editions;

	private final EditionManagement editionManagement;

	private final MunicipalityRepository municipalities;

	private final RegistrationExport export;

	private final AuditLog auditLog;

	private final MessageSource messages;

	ReviewController(RegistrationSearch search, ReviewManagement review, RegistrationManagement registrations,
			NetworkAssignments assignments, NetworkRepository networks, EditionRepository editions,
			EditionManagement editionManagement, MunicipalityRepository municipalities, RegistrationExport export,
			AuditLog auditLog, MessageSource messages) {
		this.search = search;
		this.review = review;
		this.registrations = registrations;
		this.assignments = assignments;
		this.networks = networks;
		this.editions = editions;
		this.editionManagement = editionManagement;
		this.municipalities = municipalities;
		this.export = export;
		this.auditLog = auditLog;
		this.messages = messages;
	}

	@GetMapping
	String list(@ModelAttribute("filter") RegistrationFilter filter, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {
		defaultEdition(filter);
		var criteria = filter.toCriteria();
		var rows = search.page(criteria, Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("rows", rows);
		model.addAttribute("counts", search.countsByStatus(criteria));
		model.addAttribute("query", filter.toQuery(true));
		model.addAttribute("filterQuery", filter.toQuery(false));
		model.addAttribute("editionOptions", editionOptions(locale));
		model.addAttribute("statusOptions", options("registration.status.", RegistrationStatus.values(), locale));
		model.addAttribute("effortOptions", options("registration.effortStatus.short.", EffortStatus.values(), locale));
		var regions = new LinkedHashMap<String, String>();
		municipalities.findAllRegions().forEach(r -> regions.put(String.valueOf(r.getCode()), r.getName()));
		model.addAttribute("regionOptions", regions);
		var networkOptions = new LinkedHashMap<String, String>();
		networkOptions.put("0", messages.getMessage("review.filter.withoutNetwork", null, locale));
		var editionNetworks = criteria.editionId() == null ? networks.findAll()
				: networks.findByEditionIdOrderByNameAsc(criteria.editionId());
		editionNetworks.forEach(n -> networkOptions.put(String.valueOf(n.getId()), n.getName()));
		model.addAttribute("networkOptions", networkOptions);
		model.addAttribute("assignableNetworks", criteria.editionId() == null ? List.of() : editionNetworks);
		return "review/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		var registration = registrations.find(id).orElseThrow(NotFoundException::new);
		model.addAttribute("registration", registration);
		model.addAttribute("edition", editions.findById(registration.getEditionId()).orElseThrow());
		model.addAttribute("municipality", municipalities.findByCode(registration.getMunicipalityCode()).orElseThrow());
		model.addAttribute("network", registration.getNetworkId() == null ? null
				: networks.findById(registration.getNetworkId()).orElse(null));
		model.addAttribute("checklist", Checklist.of(registration));
		model.addAttribute("notes",
				registration.getHistory().stream().filter(h -> "note".equals(h.getAction())).toList());
		model.addAttribute("history",
				registration.getHistory().stream().filter(h -> !"note".equals(h.getAction())).toList());
		if (registration.getStatus() == RegistrationStatus.WAITING_LIST) {
			var waiting = review.waitingList(registration.getEditionId());
			model.addAttribute("waitingPosition", waiting.stream().map(Registration::getId).toList().indexOf(id) + 1);
		}
		return "review/detail";
	}

	@GetMapping("/{id}/bilag/{attachmentId}")
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

	@PostMapping("/{id}/godkend")
	String approve(@PathVariable long id, @RequestParam(required = false) Long version, Principal principal,
			RedirectAttributes redirect) {
		return decide(id, redirect, "review.approved", () -> review.approve(id, version, principal.getName()));
	}

	@PostMapping("/{id}/venteliste")
	String waitingList(@PathVariable long id, @RequestParam(required = false) Long version, Principal principal,
			RedirectAttributes redirect) {
		return decide(id, redirect, "review.waitingListed",
				() -> review.placeOnWaitingList(id, version, principal.getName()));
	}

	@PostMapping("/{id}/afvis")
	String reject(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reason, Principal principal, RedirectAttributes redirect) {
		if (reason == null || reason.isBlank()) {
			redirect.addFlashAttribute("failure", "review.reject.reasonRequired");
			return "redirect:/admin/tilmeldinger/" + id;
		}
		return decide(id, redirect, "review.rejected", () -> review.reject(id, version, reason, principal.getName()));
	}

	@PostMapping("/{id}/note")
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

	/**
	 * Bulk actions on the rows ticked in the list: approve them, or put them into a
	 * network.
	 */
	@PostMapping("/valgte")
	String bulk(@RequestParam(name = "ids", required = false) List<Long> ids, @RequestParam String action,
			@RequestParam(required = false) Long networkId, @RequestParam(required = false) String query,
			Principal principal, RedirectAttributes redirect) {
		String back = "redirect:/admin/tilmeldinger"
				+ (query != null && SAFE_QUERY.matcher(query).matches() ? "?" + query : "");
		if (ids == null || ids.isEmpty()) {
			redirect.addFlashAttribute("failure", "review.bulk.noneSelected");
			return back;
		}
		if ("approve".equals(action)) {
			int approved = review.approveAll(ids, principal.getName());
			redirect.addFlashAttribute(approved == ids.size() ? "success" : "info",
					approved == ids.size() ? "review.bulk.approved" : "review.bulk.approvedSome");
		}
		else if ("assign".equals(action) && networkId != null) {
			int assigned = 0;
			for (Long id : ids) {
				try {
					assignments.assign(id, networkId, null, principal.getName());
					assigned++;
				}
				catch (RuntimeException e) {
					// not approved, other edition or network full: reported below as "not
					// all"
				}
			}
			redirect.addFlashAttribute(assigned == ids.size() ? "success" : "info",
					assigned == ids.size() ? "review.bulk.assigned" : "review.bulk.assignedSome");
		}
		else {
			redirect.addFlashAttribute("failure", "review.bulk.chooseNetwork");
		}
		return back;
	}

	@GetMapping("/venteliste")
	String waitingListPage(@RequestParam(required = false) Long edition, Model model) {
		Long editionId = edition != null ? edition : editionManagement.current().map(e -> e.getId()).orElse(null);
		if (editionId != null) {
			var theEdition = editions.findById(editionId).orElseThrow(NotFoundException::new);
			model.addAttribute("edition", theEdition);
			var names = new HashMap<Integer, String>();
			municipalities.findAllWithRegion().forEach(m -> names.put(m.getCode(), m.getName()));
			model.addAttribute("names", names);
			model.addAttribute("waiting", review.waitingList(editionId));
		}
		return "review/waiting-list";
	}

	@GetMapping("/eksport/tilmeldinger.csv")
	ResponseEntity<byte[]> registrationsCsv(@ModelAttribute RegistrationFilter filter, Principal principal) {
		defaultEdition(filter);
		var rows = search.all(filter.toCriteria());
		audit(principal, "registration.export", "csv", rows.size(), filter);
		return file(export.csv(export.registrationTable(rows)), "tilmeldinger.csv", "text/csv;charset=UTF-8");
	}

	@GetMapping("/eksport/tilmeldinger.xlsx")
	ResponseEntity<byte[]> registrationsXlsx(@ModelAttribute RegistrationFilter filter, Principal principal) {
		defaultEdition(filter);
		var rows = search.all(filter.toCriteria());
		audit(principal, "registration.export", "xlsx", rows.size(), filter);
		return file(export.xlsx(export.registrationTable(rows), "Tilmeldinger"), "tilmeldinger.xlsx", XLSX);
	}

	@GetMapping("/eksport/deltagere.csv")
	ResponseEntity<byte[]> participantsCsv(@ModelAttribute RegistrationFilter filter, Principal principal) {
		defaultEdition(filter);
		var rows = search.participants(filter.toCriteria());
		audit(principal, "participant.export", "csv", rows.size(), filter);
		return file(export.csv(export.participantTable(rows)), "deltagere.csv", "text/csv;charset=UTF-8");
	}

	@GetMapping("/eksport/deltagere.xlsx")
	ResponseEntity<byte[]> participantsXlsx(@ModelAttribute RegistrationFilter filter, Principal principal) {
		defaultEdition(filter);
		var rows = search.participants(filter.toCriteria());
		audit(principal, "participant.export", "xlsx", rows.size(), filter);
		return file(export.xlsx(export.participantTable(rows), "Deltagere"), "deltagere.xlsx", XLSX);
	}

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private void audit(Principal principal, String action, String format, int rows, RegistrationFilter filter) {
		auditLog.record(principal.getName(), action, AuditTarget.of("registration"), null, null,
				format + ", " + rows + " rækker, " + filter.describe());
	}

	private static ResponseEntity<byte[]> file(byte[] bytes, String name, String contentType) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(bytes);
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

	private void defaultEdition(RegistrationFilter filter) {
		if (filter.getEdition() == null) {
			filter.setEdition(editionManagement.current()
				.map(e -> e.getId())
				.orElseGet(() -> editions.findAllByOrderByRegistrationOpensDesc()
					.stream()
					.findFirst()
					.map(e -> e.getId())
					.orElse(0L)));
		}
	}

	private Map<String, String> editionOptions(Locale locale) {
		var options = new LinkedHashMap<String, String>();
		options.put("0", messages.getMessage("review.filter.allEditions", null, locale));
		editions.findAllByOrderByRegistrationOpensDesc()
			.forEach(e -> options.put(String.valueOf(e.getId()), e.getName()));
		return options;
	}

	private <E extends Enum<E>> Map<String, String> options(String prefix, E[] values, Locale locale) {
		var options = new LinkedHashMap<String, String>();
		for (E value : values) {
			options.put(value.name(), messages.getMessage(prefix + value.name(), null, locale));
		}
		return options;
	}

	/** The review checklist, prefilled from what the municipality submitted. */
	record Checklist(boolean effortDescribed, boolean collaborationDocumented, boolean bothParties) {

		static Checklist of(Registration r) {
			boolean effort = r.getEffortDescription() != null && r.getEffortDescription().strip().length() >= 50;
			boolean collaboration = !r.getCollaborationForums().isEmpty() && r.getCollaborationDescription() != null
					&& !r.getCollaborationDescription().isBlank();
			var sides = r.getParticipants().stream().map(p -> p.getSide()).distinct().toList();
			return new Checklist(effort, collaboration,
					sides.contains(Side.MANAGEMENT) && sides.contains(Side.EMPLOYEES));
		}

		public boolean isComplete() {
			return effortDescribed && collaborationDocumented && bothParties;
		}

	}

}
