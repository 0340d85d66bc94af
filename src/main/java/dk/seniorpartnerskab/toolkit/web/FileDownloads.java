package dk.seniorpartnerskab.toolkit.web;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.toolkit.ToolkitFileContents;
import dk.seniorpartnerskab.toolkit.ToolkitFileVersion;

/**
 * A file version as a download: its bytes as a streamed resource (Spring MVC answers
 * {@code Range} requests for a resource with 206), the SHA-256 as a strong ETag, an
 * attachment disposition with a safe name (UTF-8 with an ASCII fallback), and
 * {@code nosniff} so a browser never reinterprets the bytes.
 */
@Component
class FileDownloads {

	private final ToolkitFileContents contents;

	FileDownloads(ToolkitFileContents contents) {
		this.contents = contents;
	}

	ResponseEntity<Resource> response(ToolkitFileVersion version, CacheControl cacheControl) {
		// One ASCII filename for old clients plus filename* (RFC 6266) for æøå.
		var disposition = ContentDisposition.attachment()
			.filename(version.getFileName(), StandardCharsets.UTF_8)
			.build()
			.toString();
		return ResponseEntity.ok()
			.eTag(version.getETag())
			.cacheControl(cacheControl)
			.contentType(MediaType.parseMediaType(version.getContentType()))
			.contentLength(version.getSize())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition)
			.header(HttpHeaders.ACCEPT_RANGES, "bytes")
			.header("X-Content-Type-Options", "nosniff")
			.body(contents.resource(version));
	}

}
