package dk.seniorpartnerskab.scheduling.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import dk.seniorpartnerskab.web.DanishOrder;
import dk.seniorpartnerskab.municipality.MunicipalityRepository;
import dk.seniorpartnerskab.scheduling.InvitationManagement;
import dk.seniorpartnerskab.scheduling.Meeting;
import dk.seniorpartnerskab.scheduling.MeetingTimes;
import dk.seniorpartnerskab.scheduling.MeetingRepository;
import dk.seniorpartnerskab.scheduling.Needs;
import dk.seniorpartnerskab.web.Copenhagen;
import dk.seniorpartnerskab.web.NotFoundException;

/**
 * The printable participant list of a physical meeting (name, title, municipality, side,
 * dietary or access needs, a column to sign) and name badges: one Thymeleaf template
 * each, rendered to PDF by openhtmltopdf. Everyone who answered "Jeg deltager" is on
 * them.
 */
@Controller
@RequestMapping("/admin/aktiviteter/{id}")
class PrintController {

	private final MeetingRepository meetings;

	private final InvitationManagement invitations;

	private final MunicipalityRepository municipalities;

	private final Needs needs;

	private final TemplateEngine templates;

	private final MessageSource messages;

	PrintController(MeetingRepository meetings, InvitationManagement invitations, MunicipalityRepository municipalities,
			Needs needs, TemplateEngine templates, MessageSource messages) {
		this.meetings = meetings;
		this.invitations = invitations;
		this.municipalities = municipalities;
		this.needs = needs;
		this.templates = templates;
		this.messages = messages;
	}

	/** One person on the list or a badge. */
	record Row(String name, String title, String municipality, String side, String needs) {
	}

	@GetMapping("/deltagerliste.pdf")
	ResponseEntity<byte[]> participantList(@PathVariable long id) {
		return pdf(id, "scheduling/print/participants", "deltagerliste.pdf");
	}

	@GetMapping("/navneskilte.pdf")
	ResponseEntity<byte[]> badges(@PathVariable long id) {
		return pdf(id, "scheduling/print/badges", "navneskilte.pdf");
	}

	private ResponseEntity<byte[]> pdf(long id, String template, String fileName) {
		var meeting = meetings.findById(id).filter(m -> m.getKind().isPhysical()).orElseThrow(NotFoundException::new);
		var context = new Context(Copenhagen.DANISH,
				Map.of("meeting", meeting, "rows", rows(meeting), "when",
						MeetingTimes.of(meeting.getStartsAt(), meeting.getEndsAt()), "where",
						meeting.getLocation() == null ? "" : meeting.getLocation()));
		String html = templates.process(template, context);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(render(html));
	}

	/**
	 * HTML to PDF; the HTML goes through jsoup so openhtmltopdf gets a well-formed DOM.
	 */
	static byte[] render(String html) {
		var out = new ByteArrayOutputStream();
		try {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private List<Row> rows(Meeting meeting) {
		var names = municipalities.namesByCode();
		var needsById = needs.forMeeting(meeting.getId());
		var rows = new ArrayList<Row>();
		for (var attendee : invitations.attendees(meeting.getId())) {
			var invitation = attendee.invitation();
			String side = attendee.side() == null ? ""
					: messages.getMessage("registration.side." + attendee.side().name(), null, Copenhagen.DANISH);
			rows.add(new Row(invitation.getName(), attendee.title(),
					names.getOrDefault(invitation.getMunicipalityCode(), ""), side,
					needsById.getOrDefault(invitation.getId(), "")));
		}
		return DanishOrder.sorted(rows, Row::municipality, Row::name);
	}

}
