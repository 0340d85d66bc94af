package dk.seniorpartnerskab.web;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTest {

	@Test
	void headingsListsEmphasisAndLinksAreRendered() {
		String html = Markdown.toSafeHtml("""
				## Eksempler

				- Nedsat tid
				- **Løntillæg**

				Se [KL](https://www.kl.dk).""");
		var doc = Jsoup.parseBodyFragment(html);
		assertThat(doc.select("h2").text()).isEqualTo("Eksempler");
		assertThat(doc.select("ul li")).hasSize(2);
		assertThat(doc.select("strong").text()).isEqualTo("Løntillæg");
		assertThat(doc.select("a[href=https://www.kl.dk]").attr("rel")).contains("nofollow");
	}

	@Test
	void aLevelOneHeadingBecomesLevelTwoSoThePageKeepsOneH1() {
		assertThat(Jsoup.parseBodyFragment(Markdown.toSafeHtml("# Overskrift")).select("h1")).isEmpty();
		assertThat(Jsoup.parseBodyFragment(Markdown.toSafeHtml("# Overskrift")).select("h2").text())
			.isEqualTo("Overskrift");
	}

	@Test
	void scriptsAndRawHtmlNeverReachThePage() {
		String html = Markdown.toSafeHtml("""
				Hej <script>alert('x')</script>

				<img src=x onerror="alert(1)">

				<div onclick="alert(2)">klik</div>

				[klik](javascript:alert(3)) og ![billede](javascript:alert(4))

				<a href="javascript:alert(5)">link</a>""");
		var doc = Jsoup.parseBodyFragment(html);
		assertThat(doc.select("script, img, iframe, [onerror], [onclick], div")).isEmpty();
		assertThat(doc.select("a[href^=javascript]")).isEmpty();
		assertThat(html).doesNotContain("<script", "<img", "href=\"javascript");
		assertThat(doc.text()).contains("<script>alert('x')</script>");
	}

	@Test
	void emptyTextGivesNoHtml() {
		assertThat(Markdown.toSafeHtml(null)).isEmpty();
		assertThat(Markdown.toSafeHtml("  ")).isEmpty();
	}

}
