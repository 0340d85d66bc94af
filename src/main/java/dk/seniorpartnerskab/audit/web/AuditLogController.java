package dk.seniorpartnerskab.audit.web;

import java.util.LinkedHashMap;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.seniorpartnerskab.audit.AuditEntry;
import dk.seniorpartnerskab.audit.AuditEntryRepository;
import dk.seniorpartnerskab.web.Pages;

/**
 * The audit log for ADMIN (the security configuration limits {@code /admin/log} to
 * ADMIN).
 */
@Controller
@RequestMapping("/admin/log")
class AuditLogController {

	static final int PAGE_SIZE = 50;

	private final AuditEntryRepository entries;

	private final MessageSource messages;

	AuditLogController(AuditEntryRepository entries, MessageSource messages) {
		this.entries = entries;
		this.messages = messages;
	}

	@GetMapping
	String list(@ModelAttribute("filter") AuditFilter filter, BindingResult result,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		var specification = result.hasErrors() ? (Specification<AuditEntry>) (root, query, cb) -> cb.conjunction()
				: filter.toSpecification();
		var entriesPage = Pages.within(page, PAGE_SIZE, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")),
				request -> entries.findAll(specification, request));
		model.addAttribute("entries", entriesPage);
		model.addAttribute("query", filter.toQuery());
		var actions = new LinkedHashMap<String, String>();
		for (String action : entries.findAllActions()) {
			actions.put(action, actionLabel(action, locale));
		}
		model.addAttribute("actions", actions);
		return "audit/log";
	}

	private String actionLabel(String action, Locale locale) {
		return messages.getMessage("audit.action." + action, null, action, locale);
	}

}
