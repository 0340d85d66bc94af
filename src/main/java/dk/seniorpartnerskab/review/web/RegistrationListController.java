package dk.seniorpartnerskab.review.web;

import java.security.Principal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.seniorpartnerskab.edition.EditionManagement;
import dk.seniorpartnerskab.municipality.Municipality;
import dk.seniorpartnerskab.municipality.MunicipalityRepository;
import dk.seniorpartnerskab.network.NetworkAssignments;
import dk.seniorpartnerskab.network.NetworkRepository;
import dk.seniorpartnerskab.registration.EffortStatus;
import dk.seniorpartnerskab.registration.Registration;
import dk.seniorpartnerskab.registration.RegistrationRepository;
import dk.seniorpartnerskab.registration.RegistrationStatus;
import dk.seniorpartnerskab.review.RegistrationSearch;
import dk.seniorpartnerskab.review.ReviewManagement;
import dk.seniorpartnerskab.web.EnumOptions;
import dk.seniorpartnerskab.web.NotFoundException;
import dk.seniorpartnerskab.web.ReadOnlyPage;

/**
 * The staff list of registrations ({@code /admin/tilmeldinger}): filters, sorting,
 * paging, and the bulk actions on the ticked rows.
 */
@Controller
@RequestMapping("/admin/tilmeldinger")
class RegistrationListController {

	static final int PAGE_SIZE = 50;

	private static final Pattern SAFE_QUERY = Pattern.compile("[A-Za-z0-9=&%._+\\-]*");

	private final RegistrationSearch search;

	private final ReviewManagement review;

	private final NetworkAssignments assignments;

	private final NetworkRepository networks;

	private final EditionManagement editions;

	private final MunicipalityRepository municipalities;

	private final MessageSource messages;

	private final RegistrationRepository registrations;

	RegistrationListController(RegistrationSearch search, ReviewManagement review, NetworkAssignments assignments,
			NetworkRepository networks, EditionManagement editions, MunicipalityRepository municipalities,
			MessageSource messages, RegistrationRepository registrations) {
		this.registrations = registrations;
		this.search = search;
		this.review = review;
		this.assignments = assignments;
		this.networks = networks;
		this.editions = editions;
		this.municipalities = municipalities;
		this.messages = messages;
	}

	@GetMapping
	@ReadOnlyPage
	String list(@ModelAttribute("filter") RegistrationFilter filter, @RequestParam(defaultValue = "0") int page,
			@RequestParam(name = "valgt", required = false) List<Long> selected, Model model, Locale locale) {
		// Ticked again when "Fortryd" comes back from a bulk action's question.
		model.addAttribute("selected", selected == null ? List.of() : selected);
		var criteria = filter.withDefaultEdition(editions.currentOrLatest()).toCriteria();
		var rows = search.page(criteria, Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("rows", rows);
		model.addAttribute("counts", search.countsByStatus(criteria));
		model.addAttribute("query", filter.toQuery(true));
		model.addAttribute("filterQuery", filter.toQuery(false));
		// "Vælg alle på siden" without JavaScript: the same page with every row ticked.
		var all = new StringBuilder("/admin/tilmeldinger?").append(filter.toQuery(true)).append("page=").append(page);
		rows.forEach(row -> all.append("&valgt=").append(row.id()));
		model.addAttribute("selectAllLink", all.toString());
		var editionOptions = new LinkedHashMap<String, String>();
		editionOptions.put("0", messages.getMessage("review.filter.allEditions", null, locale));
		editions.all().forEach(e -> editionOptions.put(String.valueOf(e.getId()), e.getName()));
		model.addAttribute("editionOptions", editionOptions);
		model.addAttribute("statusOptions",
				EnumOptions.of(messages, "registration.status.", RegistrationStatus.values(), locale));
		model.addAttribute("effortOptions",
				EnumOptions.of(messages, "registration.effortStatus.short.", EffortStatus.values(), locale));
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

	/**
	 * Bulk actions on the rows ticked in the list: approve them, or put them into a
	 * network. Both mail every contact concerned, so the first post shows how many, which
	 * municipalities and who is told, and only the post from that page
	 * ({@code confirmed}) acts, like rejecting one registration.
	 */
	@PostMapping("/valgte")
	String bulk(@RequestParam(name = "ids", required = false) List<Long> ids, @RequestParam String action,
			@RequestParam(required = false) Long networkId, @RequestParam(required = false) String query,
			@RequestParam(defaultValue = "false") boolean confirmed, Principal principal, Model model,
			RedirectAttributes redirect) {
		String safeQuery = query != null && SAFE_QUERY.matcher(query).matches() ? query : "";
		String back = "redirect:/admin/tilmeldinger" + (safeQuery.isEmpty() ? "" : "?" + safeQuery);
		boolean approve = "approve".equals(action);
		boolean assign = "assign".equals(action) && networkId != null;
		if (ids == null || ids.isEmpty()) {
			redirect.addFlashAttribute("failure", "review.bulk.noneSelected");
		}
		else if (!approve && !assign) {
			redirect.addFlashAttribute("failure", "review.bulk.chooseNetwork");
		}
		else if (!confirmed) {
			return confirmation(ids, approve, networkId, safeQuery, model);
		}
		else if (approve) {
			int approved = review.approveAll(ids, principal.getName());
			redirect.addFlashAttribute(approved == ids.size() ? "success" : "info",
					approved == ids.size() ? "review.bulk.approved" : "review.bulk.approvedSome");
		}
		else {
			int assigned = assignments.assignAll(ids, networkId, principal.getName());
			redirect.addFlashAttribute(assigned == ids.size() ? "success" : "info",
					assigned == ids.size() ? "review.bulk.assigned" : "review.bulk.assignedSome");
		}
		return back;
	}

	/**
	 * The question before a bulk action: the registrations it will change (approvable
	 * ones, or approved ones of the network's edition not already in it), each with the
	 * contact who gets a mail, and how many of the ticked it leaves as they are.
	 */
	private String confirmation(List<Long> ids, boolean approve, Long networkId, String query, Model model) {
		var network = approve ? null : networks.findById(networkId).orElseThrow(NotFoundException::new);
		var selected = registrations.findAllById(ids);
		var affected = selected.stream()
			.filter(r -> approve ? r.canApprove()
					: r.getStatus() == RegistrationStatus.APPROVED && r.getEditionId().equals(network.getEditionId())
							&& !networkId.equals(r.getNetworkId()))
			.sorted(Comparator.comparing(Registration::getReference))
			.map(r -> new Affected(r.getReference(),
					municipalities.findByCode(r.getMunicipalityCode()).map(Municipality::getName).orElse(""),
					r.getContactName(), r.getContactEmail()))
			.toList();
		model.addAttribute("approve", approve);
		model.addAttribute("network", network);
		model.addAttribute("affected", affected);
		model.addAttribute("skipped", selected.size() - affected.size());
		model.addAttribute("ids", ids);
		model.addAttribute("query", query);
		var back = new StringBuilder("/admin/tilmeldinger?")
			.append(query.isEmpty() || query.endsWith("&") ? query : query + "&");
		ids.forEach(id -> back.append("valgt=").append(id).append('&'));
		model.addAttribute("back", back.substring(0, back.length() - 1));
		return "review/confirm-bulk";
	}

	/** A registration a bulk action changes, and its contact who is told. */
	record Affected(String reference, String municipality, String contactName, String contactEmail) {

	}

}
