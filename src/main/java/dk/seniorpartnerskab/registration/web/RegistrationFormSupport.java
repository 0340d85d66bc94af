package dk.seniorpartnerskab.registration.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.multipart.MultipartFile;

import dk.seniorpartnerskab.municipality.MunicipalityRepository;
import dk.seniorpartnerskab.registration.Attachment;
import dk.seniorpartnerskab.registration.CollaborationForum;
import dk.seniorpartnerskab.registration.EffortStatus;
import dk.seniorpartnerskab.registration.MunicipalityAlreadyRegisteredException;
import dk.seniorpartnerskab.registration.RegistrationManagement;
import dk.seniorpartnerskab.registration.RegistrationRepository;
import dk.seniorpartnerskab.registration.PendingAttachments;
import dk.seniorpartnerskab.registration.Submission;
import dk.seniorpartnerskab.registration.Side;
import dk.seniorpartnerskab.web.FileType;
import dk.seniorpartnerskab.web.TextCleaner;
import dk.seniorpartnerskab.web.UploadedFile;
import dk.seniorpartnerskab.web.UploadedFile.RefusedUpload;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import dk.seniorpartnerskab.web.Copenhagen;

/**
 * What the public form, staff's form and the private page share: the submit path,
 * validation, attachments and the options shown.
 */
@Component
class RegistrationFormSupport {

	/** Attachments: PDF, Word or OpenDocument text, up to 10 MB each. */
	static final UploadedFile.Rules ATTACHMENT_RULES = new UploadedFile.Rules(
			EnumSet.of(FileType.PDF, FileType.DOCX, FileType.ODT), RegistrationForm.MAX_ATTACHMENT_BYTES);

	private final MunicipalityRepository municipalities;

	private final SmartValidator validator;

	private final MessageSource messages;

	private final RegistrationManagement management;

	private final RegistrationRepository registrations;

	private final PendingAttachments pending;

	RegistrationFormSupport(MunicipalityRepository municipalities, SmartValidator validator, MessageSource messages,
			RegistrationManagement management, RegistrationRepository registrations, PendingAttachments pending) {
		this.municipalities = municipalities;
		this.validator = validator;
		this.messages = messages;
		this.management = management;
		this.registrations = registrations;
		this.pending = pending;
	}

	/**
	 * The one submit path of the public form ({@code staffActor} null) and of staff
	 * registering on a municipality's behalf: cleans and validates the form, then submits
	 * it. Empty, with the reasons in {@code result} (and {@code municipalityTaken} in the
	 * model), when the form must be shown again.
	 */
	Optional<Submission> submit(RegistrationForm form, BindingResult result, Model model, long editionId,
			String staffActor) {
		form.clean();
		ensureToken(form);
		pending.remove(form.getSubmissionToken(), form.getRemoveKept());
		form.getRemoveKept().clear();
		validate(form, result, pending.list(form.getSubmissionToken()).size());
		if (result.hasErrors()) {
			return Optional.empty();
		}
		var attachments = new ArrayList<>(pending.contents(form.getSubmissionToken()));
		attachments.addAll(attachments(form));
		try {
			var submission = staffActor == null
					? management.submit(editionId, form.getMunicipalityCode(), form.toDetails(),
							form.participantDetails(), attachments, form.getSubmissionToken())
					: management.submitOnBehalf(editionId, form.getMunicipalityCode(), form.toDetails(),
							form.participantDetails(), attachments, form.getSubmissionToken(), staffActor);
			pending.discard(form.getSubmissionToken());
			return Optional.of(submission);
		}
		catch (MunicipalityAlreadyRegisteredException e) {
			result.rejectValue("municipalityCode", "registration.municipality.taken");
			model.addAttribute("municipalityTaken", true);
			return Optional.empty();
		}
	}

	/**
	 * Before the form goes back to the browser (a participant added or removed, errors
	 * shown): the files just chosen are kept on the server against the form's submission
	 * token, so nobody has to choose them again, and the kept files are listed on the
	 * form. A file that cannot be used is refused next to the field as on submit.
	 */
	void keepFiles(RegistrationForm form, BindingResult result, Model model) {
		ensureToken(form);
		String token = form.getSubmissionToken();
		pending.remove(token, form.getRemoveKept());
		form.getRemoveKept().clear();
		int room = RegistrationForm.MAX_ATTACHMENTS - pending.list(token).size();
		var keep = new ArrayList<Attachment>();
		for (MultipartFile file : form.getAttachments()) {
			if (file == null || file.isEmpty() && file.getOriginalFilename() == null) {
				continue;
			}
			try {
				var upload = check(file);
				if (keep.size() < room) {
					keep.add(new Attachment(upload.fileName(), upload.type().contentType(), upload.content()));
				}
				else if (!result.hasFieldErrors("attachments")) {
					result.rejectValue("attachments", "registration.attachments.tooMany");
				}
			}
			catch (RefusedUpload refused) {
				if (!hasError(result, refused.code())) {
					result.rejectValue("attachments", refused.code(), refused.arguments(), null);
				}
			}
		}
		pending.keep(token, keep);
		form.setAttachments(new ArrayList<>());
		model.addAttribute("keptFiles", pending.list(token));
	}

	private static boolean hasError(BindingResult result, String code) {
		return result.getFieldErrors("attachments").stream().anyMatch(e -> code.equals(e.getCode()));
	}

	private static void ensureToken(RegistrationForm form) {
		if (form.getSubmissionToken() == null || form.getSubmissionToken().length() > 64) {
			form.setSubmissionToken(UUID.randomUUID().toString());
		}
	}

	/** Municipalities already registered in the edition: marked and not choosable. */
	Set<Integer> registeredMunicipalities(long editionId) {
		return registrations.registeredMunicipalityCodes(editionId);
	}

	/** Form fields in the order they appear, for the error summary. */
	private static final List<String> FIELD_ORDER = List.of("municipalityCode", "contactName", "contactTitle",
			"contactEmail", "contactPhone", "effortStatus", "effortDescription", "collaborationForums",
			"collaborationDescription", "attachments", "participants", "name", "email", "title", "side", "consent");

	private static final Pattern PARTICIPANT_FIELD = Pattern.compile("participants\\[(\\d+)]\\.(\\w+)");

	/**
	 * Puts the form's errors in the order of the fields on the page (Bean Validation
	 * reports them in no particular order), and names the participant in errors of a
	 * participant row ("Deltager 2: Skriv deltagerens navn.").
	 */
	void orderErrors(Model model) {
		String key = BindingResult.MODEL_KEY_PREFIX + "form";
		if (!(model.getAttribute(key) instanceof BindingResult result) || !result.hasErrors()) {
			return;
		}
		var ordered = new BeanPropertyBindingResult(result.getTarget(), "form");
		result.getGlobalErrors().forEach(ordered::addError);
		result.getFieldErrors()
			.stream()
			.sorted(Comparator.comparingInt(RegistrationFormSupport::position))
			.map(this::named)
			.forEach(ordered::addError);
		model.addAttribute(key, ordered);
	}

	private static int position(FieldError error) {
		var participant = PARTICIPANT_FIELD.matcher(error.getField());
		if (participant.matches()) {
			return 1000 + Integer.parseInt(participant.group(1)) * 10 + FIELD_ORDER.indexOf(participant.group(2));
		}
		int index = FIELD_ORDER.indexOf(error.getField());
		return index < 0 ? 900 : index < FIELD_ORDER.indexOf("name") ? index : 5000 + index;
	}

	private FieldError named(FieldError error) {
		var participant = PARTICIPANT_FIELD.matcher(error.getField());
		if (!participant.matches()) {
			return error;
		}
		String message = messages.getMessage(error, Copenhagen.DANISH);
		return new FieldError("form", error.getField(), error.getRejectedValue(), error.isBindingFailure(),
				new String[] { "registration.participant.error" },
				new Object[] { Integer.parseInt(participant.group(1)) + 1, message }, message);
	}

	void addOptions(Model model) {
		model.addAttribute("sides", Side.values());
		model.addAttribute("effortStatuses", EffortStatus.values());
		model.addAttribute("forums", CollaborationForum.values());
	}

	/**
	 * Bean Validation plus the rules needing data: a known municipality, 2 to 10
	 * participants from both sides, and at most 3 attachments in all (counting
	 * {@code existingAttachments}) of an accepted type and size.
	 */
	void validate(RegistrationForm form, BindingResult result, int existingAttachments) {
		validator.validate(form, result);
		if (!result.hasFieldErrors("municipalityCode") && form.getMunicipalityCode() != null
				&& municipalities.findByCode(form.getMunicipalityCode()).isEmpty()) {
			result.rejectValue("municipalityCode", "registration.municipality.unknown");
		}
		int rows = form.getParticipants().size();
		if (rows > RegistrationForm.MAX_PARTICIPANTS || form.hasTooManyRows()) {
			result.rejectValue("participants", "registration.participants.max");
		}
		else if (rows < RegistrationForm.MIN_PARTICIPANTS) {
			result.rejectValue("participants", "registration.participants.min");
		}
		else if (form.getParticipants().stream().allMatch(p -> p.getSide() != null) && !form.hasBothSides()) {
			result.rejectValue("participants", "registration.participants.bothSides");
		}
		var files = form.getAttachments()
			.stream()
			.filter(f -> !f.isEmpty() || f.getOriginalFilename() != null)
			.toList();
		if (files.size() + existingAttachments > RegistrationForm.MAX_ATTACHMENTS) {
			result.rejectValue("attachments", "registration.attachments.tooMany");
			return;
		}
		for (MultipartFile file : files) {
			try {
				check(file);
			}
			catch (RefusedUpload refused) {
				result.rejectValue("attachments", refused.code(), refused.arguments(), null);
			}
		}
	}

	static List<Attachment> attachments(RegistrationForm form) {
		var attachments = new ArrayList<Attachment>();
		for (MultipartFile file : form.getAttachments()) {
			if (!file.isEmpty()) {
				var upload = check(file);
				attachments.add(new Attachment(upload.fileName(), upload.type().contentType(), upload.content()));
			}
		}
		return attachments;
	}

	private static UploadedFile check(MultipartFile file) {
		return UploadedFile.check(file.getOriginalFilename(), bytes(file), ATTACHMENT_RULES);
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	Map<Integer, String> municipalityOptions() {
		var options = new LinkedHashMap<Integer, String>();
		for (var m : municipalities.namesInDanishOrder()) {
			options.put(m.code(), m.name());
		}
		return options;
	}

	String municipalityName(int code) {
		return municipalities.nameOf(code);
	}

}
