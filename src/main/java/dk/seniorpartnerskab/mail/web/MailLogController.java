package dk.seniorpartnerskab.mail.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.criteria.Predicate;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import dk.seniorpartnerskab.mail.MailDispatcher;
import dk.seniorpartnerskab.mail.MailOutbox;
import dk.seniorpartnerskab.mail.MailSecrets;
import dk.seniorpartnerskab.mail.MailSettings;
import dk.seniorpartnerskab.mail.MailLogRow;
import dk.seniorpartnerskab.mail.MailStatus;
import dk.seniorpartnerskab.mail.OutgoingMail;
import dk.seniorpartnerskab.mail.OutgoingMailRepository;
import dk.seniorpartnerskab.web.NotFoundException;
import dk.seniorpartnerskab.web.Pages;
import dk.seniorpartnerskab.web.ReadOnlyPage;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The mail log for staff: every mail the outbox holds, filtered and paged on the server,
 * a detail page with the mail as it was sent (link secrets masked, {@link MailSecrets}),
 * and "Send igen" for failed mail (POST, so STAFF only).
 */
@Controller
@RequestMapping("/admin/mail")
class MailLogController {

	static final int PAGE_SIZE = 50;

	/**
	 * The mail's HTML is shown in {@code <iframe sandbox>} and, in case it is opened
	 * directly, is itself sandboxed: no scripts, no requests (remote images and fonts
	 * stay out), inline styles only, framed by our own pages alone. It replaces the
	 * application's policy for this one response (Spring Security writes its header only
	 * when the response has none).
	 */
	static final String PREVIEW_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
			+ "frame-ancestors 'self'";

	private final OutgoingMailRepository mails;

	private final MailOutbox outbox;

	private final MailDispatcher dispatcher;

	private final MailSettings settings;

	private final MessageSource messages;

	MailLogController(OutgoingMailRepository mails, MailOutbox outbox, MailDispatcher dispatcher, MailSettings settings,
			MessageSource messages) {
		this.mails = mails;
		this.outbox = outbox;
		this.dispatcher = dispatcher;
		this.settings = settings;
		this.messages = messages;
	}

	@ModelAttribute("smtpConfigured")
	boolean smtpConfigured() {
		return dispatcher.isSmtpConfigured();
	}

	@GetMapping
	@ReadOnlyPage
	String list(@ModelAttribute("filter") MailLogFilter filter, BindingResult result, Model model, Locale locale) {
		if (result.hasFieldErrors("status")) {
			filter.setStatus(null);
		}
		Page<MailLogRow> page = Pages.within(filter.getPage() - 1, PAGE_SIZE,
				Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")),
				request -> mails.findBy(matching(filter), rows -> rows.as(MailLogRow.class).page(request)));
		filter.setPage(page.getNumber() + 1);
		model.addAttribute("page", page);
		model.addAttribute("statusOptions", statusOptions(locale));
		model.addAttribute("kindOptions", kindLabels(mails.findKinds(), locale));
		model.addAttribute("previousUrl", page.hasPrevious() ? pageUrl(filter, filter.getPage() - 1) : null);
		model.addAttribute("nextUrl", page.hasNext() ? pageUrl(filter, filter.getPage() + 1) : null);
		return "maillog/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model, Locale locale) {
		var mail = mails.findWithAttachmentsById(id).orElseThrow(NotFoundException::new);
		model.addAttribute("mail", mail);
		model.addAttribute("textBody", MailSecrets.mask(mail.getTextBody()));
		model.addAttribute("kindOptions", kindLabels(List.of(mail.getKind()), locale));
		model.addAttribute("from", settings.from());
		model.addAttribute("replyTo", settings.replyTo());
		model.addAttribute("canSendAgain", outbox.canSendAgain(mail));
		boolean secret = mail.getStatus() == MailStatus.FAILED && mail.carriesSecret();
		model.addAttribute("newLink", secret);
		if (secret && mail.getResendRequestedAt() == null && !outbox.isReissued(mail.getKind())) {
			model.addAttribute("newLinkElsewhere", messages.getMessage("mail.detail.newLinkElsewhere." + mail.getKind(),
					null, messages.getMessage("mail.detail.newLinkElsewhere", null, locale), locale));
		}
		return "maillog/detail";
	}

	/** The mail's HTML, for the sandboxed frame on the detail page. */
	@GetMapping("/{id}/html")
	ResponseEntity<String> html(@PathVariable long id) {
		var mail = mails.findById(id).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.header("Content-Security-Policy", PREVIEW_POLICY)
			.body(MailSecrets.mask(mail.getHtmlBody()));
	}

	/**
	 * A failed mail without a link secret goes out again as it was; one with a secret is
	 * replaced by a new mail with a fresh link, written by the module it came from.
	 */
	@PostMapping("/{id}/send-igen")
	String sendAgain(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		var mail = mails.findById(id).orElseThrow(NotFoundException::new);
		boolean failed = mail.getStatus() == MailStatus.FAILED;
		switch (outbox.sendAgain(id, principal.getName())) {
			case QUEUED -> redirect.addFlashAttribute("success", "mail.log.sentAgain");
			case NEW_LINK_REQUESTED -> redirect.addFlashAttribute("success", "mail.log.newLinkRequested");
			case REFUSED ->
				redirect.addFlashAttribute("failure", failed ? "mail.log.cannotSendAgain" : "mail.log.notFailed");
		}
		return "redirect:/admin/mail/" + id;
	}

	/** A test mail to the signed-in staff member, to check that mail gets through. */
	@PostMapping("/testmail")
	String sendTestMessage(Principal principal, RedirectAttributes redirect) {
		var mail = outbox.sendTestMessage(principal.getName());
		redirect.addFlashAttribute("success", "mail.log.testSent");
		return "redirect:/admin/mail/" + mail.getId();
	}

	private Map<String, String> statusOptions(Locale locale) {
		var options = new LinkedHashMap<String, String>();
		for (MailStatus status : MailStatus.values()) {
			options.put(status.name(), messages.getMessage("mail.log.status." + status.name(), null, locale));
		}
		return options;
	}

	/**
	 * A kind's Danish name is the message {@code mail.kind.<KIND>} when a feature gives
	 * one, else the code.
	 */
	private Map<String, String> kindLabels(List<String> kinds, Locale locale) {
		var labels = new LinkedHashMap<String, String>();
		kinds.forEach(kind -> labels.put(kind, messages.getMessage("mail.kind." + kind, null, kind, locale)));
		return labels;
	}

	private static Specification<OutgoingMail> matching(MailLogFilter filter) {
		return (root, query, cb) -> {
			var predicates = new ArrayList<Predicate>();
			if (filter.getStatus() != null) {
				predicates.add(cb.equal(root.get("status"), filter.getStatus()));
			}
			if (filter.getKind() != null) {
				predicates.add(cb.equal(root.get("kind"), filter.getKind()));
			}
			if (filter.getReference() != null) {
				predicates.add(cb.equal(root.get("reference"), filter.getReference()));
			}
			if (filter.getRecipient() != null) {
				String pattern = "%" + filter.getRecipient()
					.toLowerCase(Locale.ROOT)
					.replace("\\", "\\\\")
					.replace("%", "\\%")
					.replace("_", "\\_") + "%";
				predicates.add(cb.like(cb.lower(root.get("recipient")), pattern, '\\'));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static String pageUrl(MailLogFilter filter, int page) {
		var url = UriComponentsBuilder.fromPath("/admin/mail");
		if (filter.getStatus() != null) {
			url.queryParam("status", filter.getStatus().name());
		}
		if (filter.getKind() != null) {
			url.queryParam("kind", filter.getKind());
		}
		if (filter.getRecipient() != null) {
			url.queryParam("recipient", filter.getRecipient());
		}
		if (filter.getReference() != null) {
			url.queryParam("reference", filter.getReference());
		}
		url.queryParam("page", page);
		return url.encode().build().toUriString();
	}

}
