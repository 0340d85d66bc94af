package dk.seniorpartnerskab.scheduling.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.seniorpartnerskab.network.NetworkRepository;
import dk.seniorpartnerskab.scheduling.CalendarFeeds;
import dk.seniorpartnerskab.web.NotFoundException;

/**
 * The network's private subscription feed, and the staff action that makes (or replaces)
 * its link.
 */
@Controller
class CalendarFeedController {

	private final CalendarFeeds feeds;

	private final NetworkRepository networks;

	CalendarFeedController(CalendarFeeds feeds, NetworkRepository networks) {
		this.feeds = feeds;
		this.networks = networks;
	}

	@GetMapping("/kalender/{token}.ics")
	ResponseEntity<byte[]> feed(@PathVariable String token) {
		String ics = feeds.feed(token).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.body(ics.getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/admin/aktiviteter/abonnement")
	String newLink(@RequestParam("netvaerk") long networkId, RedirectAttributes redirect) {
		var network = networks.findById(networkId).orElseThrow(NotFoundException::new);
		redirect.addFlashAttribute("feedLink", feeds.newLink(networkId));
		redirect.addFlashAttribute("feedNetwork", network.getName());
		return "redirect:/admin/aktiviteter?forloeb=" + network.getEditionId();
	}

}
