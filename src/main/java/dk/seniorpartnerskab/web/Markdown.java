package dk.seniorpartnerskab.web;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Staff write toolkit texts in Markdown; the public page shows them as HTML. Two fences:
 * CommonMark escapes any raw HTML in the text instead of passing it on, and the OWASP
 * sanitizer then lets through only text formatting, lists, headings, tables and
 * http(s)/mailto links. Headings become {@code h2} at most, since the page's only
 * {@code h1} is the toolkit's title.
 */
public final class Markdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements((name, attributes) -> "h2", "h1")
			.allowElements("pre", "hr")
			.toFactory());

	private Markdown() {
	}

	/** Safe HTML for the page; empty for an empty text. */
	public static String toSafeHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
	}

}
