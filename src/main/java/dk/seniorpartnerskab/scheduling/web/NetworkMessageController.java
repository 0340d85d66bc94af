package dk.seniorpartnerskab.scheduling.web;

import java.security.Principal;
import java.util.LinkedHashMap;
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

import dk.seniorpartnerskab.mail.MailOutbox;
import dk.seniorpartnerskab.network.Network;
import dk.seniorpartnerskab.network.NetworkRepository;
import dk.seniorpartnerskab.scheduling.InvitationManagement;
import dk.seniorpartnerskab.scheduling.RecipientFilter;
import dk.seniorpartnerskab.web.NotFoundException;

/**
 * Staff write to the people of a whole network, filtered by answer or attendance, through
 * the outbox.
 */
@Controller
@RequestMapping("/admin/aktiviteter/netvaerk/{networkId}/besked")
class NetworkMessageController {

	private final NetworkRepository networks;

	private final InvitationManagement invitations;

	private final MessageSource messages;

	private final MailOutbox outbox;

	NetworkMessageController(NetworkRepository networks, InvitationManagement invitations, MessageSource messages,
			MailOutbox outbox) {
		this.outbox = outbox;
		this.networks = networks;
		this.invitations = invitations;
		this.messages = messages;
	}

	@GetMapping
	String form(@PathVariable long networkId, Locale locale, Model model) {
		model.addAttribute("form", new GroupMessageForm());
		return prepare(network(networkId), locale, model);
	}

	/**
	 * Asks first like a meeting's message: only the post from the confirmation page
	 * ({@code confirmed}) sends.
	 */
	@PostMapping
	String send(@PathVariable long networkId, @Valid @ModelAttribute("form") GroupMessageForm form,
			BindingResult result, @RequestParam(defaultValue = "false") boolean confirmed,
			@RequestParam(defaultValue = "false") boolean edit, @RequestParam(defaultValue = "false") boolean trial,
			Principal principal, Locale locale, Model model, RedirectAttributes redirect) {
		var network = network(networkId);
		if (result.hasErrors() || edit) {
			return prepare(network, locale, model);
		}
		if (!confirmed) {
			int count = invitations.networkGroup(network.getId(), form.getRecipients()).size();
			model.addAttribute("count", count);
			model.addAttribute("target", network.getName());
			model.addAttribute("group", messages.getMessage("message.recipients." + form.getRecipients().name(),
					new Object[] { count }, locale));
			model.addAttribute("action", "/admin/aktiviteter/netvaerk/" + network.getId() + "/besked");
			invitations
				.previewNetworkMessage(network.getId(), network.getName(), form.getRecipients(), form.getSubject(),
						form.getBody())
				.ifPresent(preview -> {
					model.addAttribute("preview", preview);
					if (trial) {
						outbox.sendTrial(preview, principal.getName());
						model.addAttribute("trialSentTo", principal.getName());
					}
				});
			return "scheduling/confirm-message";
		}
		int sent = invitations.messageNetwork(network.getId(), network.getName(), form.getRecipients(),
				form.getSubject(), form.getBody());
		redirect.addFlashAttribute(sent == 0 ? "info" : "success", sent == 0 ? "message.none" : "message.sent");
		return "redirect:/admin/aktiviteter";
	}

	private String prepare(Network network, Locale locale, Model model) {
		var options = new LinkedHashMap<String, String>();
		for (RecipientFilter recipients : RecipientFilter.values()) {
			int count = invitations.networkGroup(network.getId(), recipients).size();
			options.put(recipients.name(),
					messages.getMessage("message.recipients." + recipients.name(), new Object[] { count }, locale));
		}
		model.addAttribute("network", network);
		model.addAttribute("recipientOptions", options);
		return "scheduling/network-message";
	}

	private Network network(long id) {
		return networks.findById(id).orElseThrow(NotFoundException::new);
	}

}
