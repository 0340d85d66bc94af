package dk.seniorpartnerskab.directory.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.seniorpartnerskab.directory.Contact;
import dk.seniorpartnerskab.directory.ContactDirectory;
import dk.seniorpartnerskab.directory.ContactRole;
import dk.seniorpartnerskab.directory.MunicipalityHistory;
import dk.seniorpartnerskab.municipality.Municipality;
import dk.seniorpartnerskab.municipality.MunicipalityRepository;
import dk.seniorpartnerskab.web.NotFoundException;

/** The 98 municipalities with their contacts, and each municipality's page. */
@Controller
@RequestMapping("/admin/kommuner")
class DirectoryController {

	private final MunicipalityRepository municipalities;

	private final ContactDirectory directory;

	private final MunicipalityHistory history;

	private final MessageSource messages;

	DirectoryController(MunicipalityRepository municipalities, ContactDirectory directory, MunicipalityHistory history,
			MessageSource messages) {
		this.municipalities = municipalities;
		this.directory = directory;
		this.history = history;
		this.messages = messages;
	}

	/** One region's municipalities, each with its contacts. */
	record RegionGroup(String name, List<Row> rows) {
	}

	record Row(Municipality municipality, List<Contact> contacts) {
	}

	@GetMapping
	String list(Model model) {
		var byMunicipality = directory.all().stream().collect(Collectors.groupingBy(Contact::getMunicipalityCode));
		var groups = new LinkedHashMap<Integer, RegionGroup>();
		municipalities.findAllRegions()
			.forEach(r -> groups.put(r.getCode(), new RegionGroup(r.getName(), new ArrayList<>())));
		for (var m : municipalities.findAllInDanishOrder()) {
			groups.get(m.getRegion().getCode())
				.rows()
				.add(new Row(m, byMunicipality.getOrDefault(m.getCode(), List.of())));
		}
		model.addAttribute("groups", groups.values());
		model.addAttribute("contactCount", byMunicipality.values().stream().mapToInt(List::size).sum());
		model.addAttribute("withoutContacts", municipalities.count() - byMunicipality.size());
		return "directory/list";
	}

	@GetMapping("/{code}")
	String detail(@PathVariable int code, Model model) {
		var municipality = municipality(code);
		model.addAttribute("municipality", municipality);
		model.addAttribute("contacts", directory.contactsOf(code));
		model.addAttribute("optedOut", directory.optedOut());
		model.addAttribute("editions", history.editions(code));
		model.addAttribute("notices", history.toolkitNotices(code));
		return "directory/detail";
	}

	@GetMapping("/{code}/kontakter/ny")
	String newContact(@PathVariable int code, Locale locale, Model model) {
		model.addAttribute("form", ContactForm.empty());
		return form(municipality(code), null, locale, model);
	}

	@PostMapping("/{code}/kontakter/ny")
	String add(@PathVariable int code, @Valid @ModelAttribute("form") ContactForm form, BindingResult result,
			Principal principal, Locale locale, Model model, RedirectAttributes redirect) {
		var municipality = municipality(code);
		if (!result.hasFieldErrors("email")
				&& directory.contactsOf(code).stream().anyMatch(c -> c.hasEmail(form.email()))) {
			result.rejectValue("email", "directory.contact.email.taken");
		}
		if (result.hasErrors()) {
			return form(municipality, null, locale, model);
		}
		directory.add(code, form.details(), principal.getName());
		redirect.addFlashAttribute("success", "directory.contact.added");
		return "redirect:/admin/kommuner/" + code;
	}

	@GetMapping("/{code}/kontakter/{id}")
	String edit(@PathVariable int code, @PathVariable long id, Locale locale, Model model) {
		var contact = contact(code, id);
		model.addAttribute("form", ContactForm.of(contact));
		return form(municipality(code), contact, locale, model);
	}

	@PostMapping("/{code}/kontakter/{id}")
	String change(@PathVariable int code, @PathVariable long id, @Valid @ModelAttribute("form") ContactForm form,
			BindingResult result, Principal principal, Locale locale, Model model, RedirectAttributes redirect) {
		var contact = contact(code, id);
		if (!result.hasFieldErrors("email") && directory.contactsOf(code)
			.stream()
			.anyMatch(c -> !c.getId().equals(id) && c.hasEmail(form.email()))) {
			result.rejectValue("email", "directory.contact.email.taken");
		}
		if (result.hasErrors()) {
			return form(municipality(code), contact, locale, model);
		}
		directory.change(id, form.version() == null ? contact.getVersion() : form.version(), form.details(),
				principal.getName());
		redirect.addFlashAttribute("success", "directory.contact.changed");
		return "redirect:/admin/kommuner/" + code;
	}

	@PostMapping("/{code}/kontakter/{id}/slet")
	String remove(@PathVariable int code, @PathVariable long id, Principal principal, RedirectAttributes redirect) {
		contact(code, id);
		directory.remove(id, principal.getName());
		redirect.addFlashAttribute("success", "directory.contact.removed");
		return "redirect:/admin/kommuner/" + code;
	}

	@PostMapping("/{code}/kontakter/{id}/modtag-igen")
	String optIn(@PathVariable int code, @PathVariable long id, Principal principal, RedirectAttributes redirect) {
		directory.optIn(contact(code, id).getEmail(), principal.getName());
		redirect.addFlashAttribute("success", "directory.contact.optedIn");
		return "redirect:/admin/kommuner/" + code;
	}

	private String form(Municipality municipality, Contact contact, Locale locale, Model model) {
		model.addAttribute("municipality", municipality);
		model.addAttribute("contact", contact);
		model.addAttribute("roleOptions", roleOptions(messages, locale));
		return "directory/contact-form";
	}

	static Map<String, String> roleOptions(MessageSource messages, Locale locale) {
		var options = new LinkedHashMap<String, String>();
		for (var role : ContactRole.values()) {
			options.put(role.name(), messages.getMessage("contact.role." + role.name(), null, locale));
		}
		return options;
	}

	private Municipality municipality(int code) {
		return municipalities.findByCode(code).orElseThrow(NotFoundException::new);
	}

	private Contact contact(int code, long id) {
		return directory.find(id).filter(c -> c.getMunicipalityCode() == code).orElseThrow(NotFoundException::new);
	}

}
