package dk.seniorpartnerskab.network.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.edition.EditionManagement;
import dk.seniorpartnerskab.edition.EditionRepository;
import dk.seniorpartnerskab.network.Network;
import dk.seniorpartnerskab.network.NetworkAssignments;
import dk.seniorpartnerskab.network.NetworkProposal;
import dk.seniorpartnerskab.network.NetworkBoard;
import dk.seniorpartnerskab.network.NetworkFullException;
import dk.seniorpartnerskab.network.NetworkManagement;
import dk.seniorpartnerskab.network.NetworkRepository;
import dk.seniorpartnerskab.staff.StaffUser;
import dk.seniorpartnerskab.staff.StaffUserRepository;
import dk.seniorpartnerskab.web.NotFoundException;
import dk.seniorpartnerskab.web.ReadOnlyPage;
import java.util.NoSuchElementException;

/**
 * Staff pages for networks: the board per edition, and creating, editing and removing
 * networks.
 */
@Controller
@RequestMapping("/admin/netvaerk")
class NetworkController {

	private final NetworkRepository networks;

	private final NetworkManagement management;

	private final EditionRepository editions;

	private final EditionManagement editionManagement;

	private final StaffUserRepository staffUsers;

	private final NetworkAssignments assignments;

	NetworkController(NetworkRepository networks, NetworkManagement management, EditionRepository editions,
			EditionManagement editionManagement, StaffUserRepository staffUsers, NetworkAssignments assignments) {
		this.networks = networks;
		this.management = management;
		this.editions = editions;
		this.editionManagement = editionManagement;
		this.staffUsers = staffUsers;
		this.assignments = assignments;
	}

	@GetMapping
	@ReadOnlyPage
	String board(@RequestParam(name = "forloeb", required = false) Long editionId, Model model) {
		var edition = editionManagement.chosen(editionId).orElse(null);
		model.addAttribute("editions", editionManagement.all());
		model.addAttribute("edition", edition);
		if (edition != null) {
			var board = assignments.board(edition.getId());
			model.addAttribute("board", board);
			model.addAttribute("networks", board.networks().stream().map(NetworkBoard.Column::network).toList());
			model.addAttribute("coordinators", staffNames());
		}
		return "network/board";
	}

	/**
	 * Assigns or moves one municipality by hand (a form per row on the board); it is then
	 * pinned.
	 */
	@PostMapping("/tildel")
	String assign(@RequestParam long registrationId, @RequestParam(required = false) Long networkId,
			@RequestParam(required = false) Long version, @RequestParam("forloeb") long editionId, Principal principal,
			RedirectAttributes redirect) {
		try {
			assignments.assign(registrationId, networkId, version, principal.getName());
			redirect.addFlashAttribute("success", networkId == null ? "network.unassigned" : "network.assigned");
		}
		catch (ObjectOptimisticLockingFailureException e) {
			redirect.addFlashAttribute("failure", "network.assign.conflict");
		}
		catch (NetworkFullException e) {
			redirect.addFlashAttribute("failure", "network.assign.full");
		}
		catch (IllegalStateException | IllegalArgumentException | NoSuchElementException e) {
			redirect.addFlashAttribute("failure", "network.assign.notPossible");
		}
		return "redirect:/admin/netvaerk?forloeb=" + editionId;
	}

	@PostMapping("/fastlaas")
	String pin(@RequestParam long registrationId, @RequestParam boolean pinned, @RequestParam("forloeb") long editionId,
			RedirectAttributes redirect) {
		assignments.setPinned(registrationId, pinned);
		redirect.addFlashAttribute("success", pinned ? "network.pinned" : "network.unpinned");
		return "redirect:/admin/netvaerk?forloeb=" + editionId;
	}

	/**
	 * "Foreslå fordeling": a preview of the proposal with the moves marked; nothing
	 * changes until accepted.
	 */
	@GetMapping("/forslag")
	String proposal(@RequestParam("forloeb") long editionId,
			@RequestParam(name = "maade", defaultValue = "spredning") String mode, Model model) {
		var edition = edition(editionId);
		var board = assignments.board(editionId);
		boolean geography = "geografi".equals(mode);
		var result = assignments.propose(editionId,
				geography ? NetworkProposal.Mode.GEOGRAPHY : NetworkProposal.Mode.SPREAD_REGIONS);
		model.addAttribute("edition", edition);
		model.addAttribute("mode", geography ? "geografi" : "spredning");
		model.addAttribute("preview", ProposalPreview.of(board, result));
		return "network/proposal";
	}

	@PostMapping("/forslag")
	String acceptProposal(@RequestParam("forloeb") long editionId,
			@RequestParam(name = "moves", required = false) List<String> moves, Principal principal,
			RedirectAttributes redirect) {
		edition(editionId);
		int applied = assignments.accept(editionId, ProposalPreview.parseMoves(moves), principal.getName());
		int skipped = (moves == null ? 0 : moves.size()) - applied;
		redirect.addFlashAttribute(skipped > 0 ? "info" : "success",
				skipped > 0 ? "network.proposal.acceptedWithSkips" : "network.proposal.accepted");
		return "redirect:/admin/netvaerk?forloeb=" + editionId;
	}

	@GetMapping("/nyt")
	String createForm(@RequestParam("forloeb") long editionId, Model model) {
		model.addAttribute("edition", edition(editionId));
		model.addAttribute("form", new NetworkForm());
		model.addAttribute("coordinatorOptions", coordinatorOptions());
		return "network/form";
	}

	@PostMapping("/nyt")
	String create(@RequestParam("forloeb") long editionId, @Valid @ModelAttribute("form") NetworkForm form,
			BindingResult result, Model model, Principal principal, RedirectAttributes redirect) {
		var edition = edition(editionId);
		if (!result.hasFieldErrors("name") && networks.existsByEditionIdAndName(editionId, form.getName())) {
			result.rejectValue("name", "network.name.taken");
		}
		if (!result.hasErrors()) {
			try {
				management.create(editionId, form.getName(), form.getDescription(), form.getCapacity(),
						coordinator(form), principal.getName());
				redirect.addFlashAttribute("success", "network.saved");
				return "redirect:/admin/netvaerk?forloeb=" + editionId;
			}
			catch (DataIntegrityViolationException e) {
				result.rejectValue("name", "network.name.taken");
			}
		}
		model.addAttribute("edition", edition);
		model.addAttribute("coordinatorOptions", coordinatorOptions());
		return "network/form";
	}

	@GetMapping("/{id}/rediger")
	String editForm(@PathVariable long id, Model model) {
		var network = network(id);
		model.addAttribute("network", network);
		model.addAttribute("edition", edition(network.getEditionId()));
		model.addAttribute("form", NetworkForm.of(network));
		model.addAttribute("coordinatorOptions", coordinatorOptions());
		return "network/form";
	}

	@PostMapping("/{id}/rediger")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") NetworkForm form, BindingResult result,
			Model model, Principal principal, RedirectAttributes redirect) {
		var network = network(id);
		if (!result.hasFieldErrors("name") && !network.getName().equalsIgnoreCase(form.getName())
				&& networks.existsByEditionIdAndName(network.getEditionId(), form.getName())) {
			result.rejectValue("name", "network.name.taken");
		}
		if (!result.hasErrors()) {
			try {
				management.update(id, form.getVersion(), form.getName(), form.getDescription(), form.getCapacity(),
						coordinator(form), principal.getName());
				redirect.addFlashAttribute("success", "network.saved");
				return "redirect:/admin/netvaerk?forloeb=" + network.getEditionId();
			}
			catch (ObjectOptimisticLockingFailureException e) {
				result.reject("network.conflict");
			}
			catch (DataIntegrityViolationException e) {
				result.rejectValue("name", "network.name.taken");
			}
		}
		model.addAttribute("network", network);
		model.addAttribute("edition", edition(network.getEditionId()));
		model.addAttribute("coordinatorOptions", coordinatorOptions());
		return "network/form";
	}

	@PostMapping("/{id}/slet")
	String remove(@PathVariable long id, @RequestParam(required = false) Long version, Principal principal,
			RedirectAttributes redirect) {
		var network = network(id);
		try {
			management.remove(id, version, principal.getName());
			redirect.addFlashAttribute("success", "network.removed");
		}
		catch (ObjectOptimisticLockingFailureException e) {
			redirect.addFlashAttribute("failure", "network.conflict");
		}
		catch (IllegalStateException e) {
			redirect.addFlashAttribute("failure", "network.remove.hasMembers");
		}
		catch (DataIntegrityViolationException e) {
			// e.g. meetings planned for the network
			redirect.addFlashAttribute("failure", "network.remove.inUse");
		}
		return "redirect:/admin/netvaerk?forloeb=" + network.getEditionId();
	}

	private Long coordinator(NetworkForm form) {
		Long id = form.getCoordinatorId();
		return id != null && staffUsers.existsById(id) ? id : null;
	}

	private Map<Long, String> staffNames() {
		return staffUsers.findAll().stream().collect(Collectors.toMap(StaffUser::getId, StaffUser::getName));
	}

	private Map<String, String> coordinatorOptions() {
		return staffUsers.findAllByOrderByNameAsc()
			.stream()
			.filter(StaffUser::isActive)
			.collect(Collectors.toMap(u -> String.valueOf(u.getId()), StaffUser::getName, (a, b) -> a,
					LinkedHashMap::new));
	}

	private Edition edition(long id) {
		return editions.findById(id).orElseThrow(NotFoundException::new);
	}

	private Network network(long id) {
		return networks.findById(id).orElseThrow(NotFoundException::new);
	}

}
