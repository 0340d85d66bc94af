package dk.seniorpartnerskab.support;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import static org.assertj.core.api.Assertions.assertThat;

/** What a visitor must get while the database is away: the app's whole 503 page. */
public final class OutagePage {

	private OutagePage() {
	}

	/**
	 * Status 503 with {@code Retry-After}, HTML from doctype to closing tag, in Danish,
	 * with the layout's footer: no cut-off page, no JSON, no stack trace.
	 */
	public static void assertWhole(HttpResponse<String> response) {
		assertThat(response.statusCode())
			.as("%s answered %s %s", response.uri(), response.headers().map(),
					response.body().substring(0, Math.min(500, response.body().length())))
			.isEqualTo(503);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(response.headers().firstValue("Retry-After")).isPresent();
		String body = response.body();
		assertThat(body.strip()).startsWith("<!DOCTYPE html>").endsWith("</html>");
		assertThat(body).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("\"status\"");
		Document page = Jsoup.parse(body);
		assertThat(page.select("html").attr("lang")).isEqualTo("da");
		assertThat(page.select("h1").text()).isEqualTo("Siden er ikke tilgængelig lige nu");
		assertThat(page.select("main").text()).contains("Prøv igen om lidt");
		assertThat(page.select("footer")).isNotEmpty();
	}

}
