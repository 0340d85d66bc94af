package dk.seniorpartnerskab.scheduling.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import dk.seniorpartnerskab.municipality.MunicipalityRepository;
import dk.seniorpartnerskab.network.Network;
import dk.seniorpartnerskab.network.NetworkRepository;
import dk.seniorpartnerskab.scheduling.AttendanceMatrix;
import dk.seniorpartnerskab.scheduling.InvitationRepository;
import dk.seniorpartnerskab.scheduling.Meeting;
import dk.seniorpartnerskab.scheduling.MeetingRepository;
import dk.seniorpartnerskab.web.Copenhagen;
import dk.seniorpartnerskab.web.NotFoundException;

/**
 * Attendance across a network's year: the matrix page and its XLSX export.
 */
@Controller
@RequestMapping("/admin/aktiviteter/netvaerk/{networkId}")
class AttendanceController {

	private final NetworkRepository networks;

	private final MeetingRepository meetings;

	private final InvitationRepository invitations;

	private final MunicipalityRepository municipalities;

	private final MessageSource messages;

	private final Clock clock;

	AttendanceController(NetworkRepository networks, MeetingRepository meetings, InvitationRepository invitations,
			MunicipalityRepository municipalities, MessageSource messages, Clock clock) {
		this.networks = networks;
		this.meetings = meetings;
		this.invitations = invitations;
		this.municipalities = municipalities;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/fremmoede")
	String show(@PathVariable long networkId, Model model) {
		var network = network(networkId);
		model.addAttribute("network", network);
		model.addAttribute("matrix", matrix(networkId));
		model.addAttribute("municipalityNames", municipalityNames());
		return "scheduling/attendance";
	}

	@GetMapping("/fremmoede.xlsx")
	ResponseEntity<byte[]> export(@PathVariable long networkId, Locale locale) {
		var network = network(networkId);
		var matrix = matrix(networkId);
		var names = municipalityNames();
		var header = new ArrayList<String>(List.of(text("attendance.matrix.municipality", locale),
				text("invitation.name", locale), text("invitation.email", locale)));
		for (Meeting m : matrix.meetings()) {
			header.add(m.getTitle()
					+ (m.getStartsAt() == null ? "" : " (" + Copenhagen.formatDate(m.getStartsAt()) + ")"));
		}
		header.add(text("attendance.matrix.attendedTotal", locale));
		var rows = new ArrayList<List<String>>();
		for (var row : matrix.rows()) {
			for (var person : row.people()) {
				var cells = new ArrayList<String>(
						List.of(names.getOrDefault(row.municipalityCode(), ""), person.name(), person.email()));
				for (var cell : person.cells()) {
					cells.add(cellText(cell, locale));
				}
				cells.add(String.valueOf(person.attended()));
				rows.add(cells);
			}
		}
		var totals = new ArrayList<String>(List.of(text("attendance.matrix.total", locale), "", ""));
		for (var counts : matrix.columnTotals()) {
			totals
				.add(text("attendance.matrix.counts", locale, counts.answered(), counts.invited(), counts.attended()));
		}
		totals.add(String.valueOf(matrix.total().attended()));
		rows.add(totals);
		byte[] body = InvitationExport.xlsx(text("attendance.matrix.sheet", locale), header, rows);
		String fileName = "fremmoede-" + network.getName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
				+ ".xlsx";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

	private String cellText(AttendanceMatrix.PersonCell cell, Locale locale) {
		if (!cell.isInvited()) {
			return "";
		}
		String answer = text("invitation.answer.short." + cell.answer().name(), locale);
		if (cell.attended() == null) {
			return answer;
		}
		return answer + ", "
				+ text(cell.attended() ? "attendance.matrix.came" : "attendance.matrix.didNotCome", locale);
	}

	private AttendanceMatrix matrix(long networkId) {
		var networkMeetings = meetings.findByNetworkIdOrderByStartsAtAsc(networkId);
		var all = invitations.findByMeetingIdIn(networkMeetings.stream().map(Meeting::getId).toList());
		return AttendanceMatrix.of(networkMeetings, all, clock.instant());
	}

	private Map<Integer, String> municipalityNames() {
		return municipalities.namesByCode();
	}

	private Network network(long id) {
		return networks.findById(id).orElseThrow(NotFoundException::new);
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
