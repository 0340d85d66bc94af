package dk.seniorpartnerskab.toolkit.web;

import java.time.Duration;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.WebRequest;

import dk.seniorpartnerskab.web.Markdown;
import dk.seniorpartnerskab.toolkit.Toolkit;
import dk.seniorpartnerskab.toolkit.ToolkitManagement;
import dk.seniorpartnerskab.toolkit.ToolkitRepository;
import dk.seniorpartnerskab.web.NotFoundException;

/**
 * The public library, no login: published toolkits only (a draft answers 404, exactly
 * like a toolkit that does not exist), and each file's current version at a URL that
 * stays the same when a new version comes.
 */
@Controller
@RequestMapping("/vaerktoejer")
class ToolkitLibraryController {

	/**
	 * Short enough that a new version reaches everyone within minutes; the ETag makes
	 * rechecks cheap.
	 */
	static final CacheControl PUBLIC_FILES = CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic();

	private final ToolkitRepository toolkits;

	private final ToolkitManagement management;

	private final FileDownloads downloads;

	ToolkitLibraryController(ToolkitRepository toolkits, ToolkitManagement management, FileDownloads downloads) {
		this.toolkits = toolkits;
		this.management = management;
		this.downloads = downloads;
	}

	@GetMapping
	String library(Model model) {
		model.addAttribute("toolkits", toolkits.findPublished());
		return "toolkit/library";
	}

	@GetMapping("/{slug}")
	String toolkit(@PathVariable String slug, Model model) {
		var toolkit = published(slug);
		model.addAttribute("toolkit", toolkit);
		model.addAttribute("bodyHtml", Markdown.toSafeHtml(toolkit.getBody()));
		return "toolkit/page";
	}

	/**
	 * The file's current version. A conditional request with the current ETag gets 304
	 * and is not counted; a range request is counted only when it starts at the first
	 * byte, so a download resumed in parts counts once; HEAD is not a download.
	 */
	@GetMapping("/{slug}/filer/{fileId}")
	ResponseEntity<Resource> download(@PathVariable String slug, @PathVariable long fileId,
			@RequestHeader(name = HttpHeaders.RANGE, required = false) String range, HttpMethod method,
			WebRequest request) {
		var version = published(slug).file(fileId).orElseThrow(NotFoundException::new).current();
		if (request.checkNotModified(version.getETag())) {
			return null;
		}
		if (method == HttpMethod.GET && (range == null || range.replace(" ", "").startsWith("bytes=0-"))) {
			management.countDownload(version);
		}
		return downloads.response(version, PUBLIC_FILES);
	}

	private Toolkit published(String slug) {
		return toolkits.findPublished(slug).orElseThrow(NotFoundException::new);
	}

}
