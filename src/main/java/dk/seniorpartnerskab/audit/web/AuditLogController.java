package dk.seniorpartnerskab.audit.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Function;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.seniorpartnerskab.web.DanishOrder;
import dk.seniorpartnerskab.audit.AuditEntry;
import dk.seniorpartnerskab.audit.AuditEntryRepository;
import dk.seniorpartnerskab.audit.AuditText;
import dk.seniorpartnerskab.web.Pages;
import dk.seniorpartnerskab.web.ReadOnlyPage;

/**
 * The audit log for ADMIN (the security configuration limits {@code /admin/log} to
 * ADMIN).
 */
@Controller
@RequestMapping("/admin/log")
class AuditLogController {

	static final int PAGE_SIZE = 50;

	private final AuditEntryRepository entries;

	private final AuditText text;

	AuditLogController(AuditEntryRepository entries, AuditText text) {
		this.entries = entries;
		this.text = text;
	}

	@GetMapping
	@ReadOnlyPage
	String list(@ModelAttribute("filter") AuditFilter filter, BindingResult result,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var specification = result.hasErrors() ? (Specification<AuditEntry>) (root, query, cb) -> cb.conjunction()
				: filter.toSpecification();
		var entriesPage = Pages.within(page, PAGE_SIZE, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")),
				request -> entries.findAll(specification, request));
		model.addAttribute("entries", entriesPage);
		// A model value, not the bean (@auditText): SpEL compiles calls on a
		// variable, never on a bean reference, and each row makes five (README:
		// Speed, fix 30).
		model.addAttribute("auditText", text);
		model.addAttribute("query", filter.toQuery());
		model.addAttribute("actions", byLabel(entries.findAllActions(), text::action));
		model.addAttribute("targetTypes", byLabel(entries.findAllTargetTypes(), type -> text.target(type, null)));
		return "audit/log";
	}

	/**
	 * Codes for a filter's options with their Danish labels, in the order of the labels.
	 */
	private static Map<String, String> byLabel(List<String> codes, Function<String, String> label) {
		var options = new LinkedHashMap<String, String>();
		DanishOrder.sorted(codes, label).forEach(code -> options.put(code, label.apply(code)));
		return options;
	}

}
