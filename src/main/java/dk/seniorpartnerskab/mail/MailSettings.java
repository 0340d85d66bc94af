package dk.seniorpartnerskab.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mail settings: sender and reply-to addresses, and the base URL that absolute links in
 * mail start with.
 */
@ConfigurationProperties(prefix = "app.mail")
public record MailSettings(String from, String replyTo, String baseUrl) {

	public MailSettings {
		from = from == null ? "Seniorpartnerskabet <noreply@seniorpartnerskab.local>" : from;
		replyTo = replyTo == null ? "" : replyTo;
		baseUrl = baseUrl == null ? "http://localhost:8080" : stripTrailingSlash(baseUrl);
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/** An absolute link to {@code path} (which starts with a slash). */
	public String link(String path) {
		return baseUrl + path;
	}

}
