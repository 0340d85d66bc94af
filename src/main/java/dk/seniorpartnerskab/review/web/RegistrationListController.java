package dk.seniorpartnerskab.review.web;

import java.security.Principal;
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
import dk.seniorpartnerskab.municipality.MunicipalityRepository;
import dk.seniorpartnerskab.network.NetworkAssignments;
import dk.seniorpartnerskab.network.NetworkRepository;
import dk.seniorpartnerskab.registration.EffortStatus;
import dk.seniorpartnerskab.registration.RegistrationStatus;
import dk.seniorpartnerskab.review.RegistrationSearch;
import dk.seniorpartnerskab.review.ReviewManagement;
import dk.seniorpartnerskab.web.EnumOptions;

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

	RegistrationListController(RegistrationSearch search, ReviewManagement review, NetworkAssignments assignments,
			NetworkRepository networks, EditionManagement editions, MunicipalityRepository municipalities,
			MessageSource messages) {
		this.search = search;
		this.review = review;
		this.assignments = assignments;
		this.networks = networks;
		this.editions = editions;
		this.municipalities = municipalities;
		this.messages = messages;
	}

	@GetMapping
	String list(@ModelAttribute("filter") RegistrationFilter filter, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {
		var criteria = filter.withDefaultEdition(editions.currentOrLatest()).toCriteria();
		var rows = search.page(criteria, Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("rows", rows);
		model.addAttribute("counts", search.countsByStatus(criteria));
		model.addAttribute("query", filter.toQuery(true));
		model.addAttribute("filterQuery", filter.toQuery(false));
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
		}
		else if ("approve".equals(action)) {
			int approved = review.approveAll(ids, principal.getName());
			redirect.addFlashAttribute(approved == ids.size() ? "success" : "info",
					approved == ids.size() ? "review.bulk.approved" : "review.bulk.approvedSome");
		}
		else if ("assign".equals(action) && networkId != null) {
			int assigned = assignments.assignAll(ids, networkId, principal.getName());
			redirect.addFlashAttribute(assigned == ids.size() ? "success" : "info",
					assigned == ids.size() ? "review.bulk.assigned" : "review.bulk.assignedSome");
		}
		else {
			redirect.addFlashAttribute("failure", "review.bulk.chooseNetwork");
		}
		return back;
	}

}
