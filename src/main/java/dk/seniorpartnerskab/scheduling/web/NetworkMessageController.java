package dk.seniorpartnerskab.scheduling.web;

import java.security.Principal;
import java.util.Locale;

import jakarta.validation.Valid;

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

import dk.seniorpartnerskab.network.Network;
import dk.seniorpartnerskab.network.NetworkRepository;
import dk.seniorpartnerskab.scheduling.InvitationManagement;
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

	private final MessageQuestion question;

	NetworkMessageController(NetworkRepository networks, InvitationManagement invitations, MessageQuestion question) {
		this.networks = networks;
		this.invitations = invitations;
		this.question = question;
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
			return question.ask(model, network.getName(), "/admin/aktiviteter/netvaerk/" + network.getId() + "/besked",
					form.getRecipients(), invitations.networkGroup(network.getId(), form.getRecipients()).size(),
					invitations.previewNetworkMessage(network.getId(), network.getName(), form.getRecipients(),
							form.getSubject(), form.getBody()),
					trial, principal, locale);
		}
		int sent = invitations.messageNetwork(network.getId(), network.getName(), form.getRecipients(),
				form.getSubject(), form.getBody());
		redirect.addFlashAttribute(sent == 0 ? "info" : "success", sent == 0 ? "message.none" : "message.sent");
		return "redirect:/admin/aktiviteter";
	}

	private String prepare(Network network, Locale locale, Model model) {
		model.addAttribute("network", network);
		model.addAttribute("recipientOptions", question
			.recipientOptions(recipients -> invitations.networkGroup(network.getId(), recipients).size(), locale));
		return "scheduling/network-message";
	}

	private Network network(long id) {
		return networks.findById(id).orElseThrow(NotFoundException::new);
	}

}
