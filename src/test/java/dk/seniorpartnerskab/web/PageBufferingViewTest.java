package dk.seniorpartnerskab.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.View;

import dk.seniorpartnerskab.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Pages built in reused buffers ({@link PageBufferingView}), through the app's own view
 * resolver and template engine: a page many times the first buffer's size comes whole; a
 * page that fails half-way sends nothing, so the error page can take its place; and a
 * buffer used for a long page and then a short one holds nothing of the long one.
 */
@IntegrationTest
class PageBufferingViewTest {

	@Autowired
	ThymeleafViewResolver views;

	@Autowired
	WebApplicationContext context;

	/** A row of the test page; its text fails from row {@code failsFrom} on. */
	public record Row(int number, int failsFrom) {

		public String getText() {
			if (this.number >= this.failsFrom) {
				throw new IllegalStateException("row " + this.number);
			}
			return "Række " + this.number + " – æøå";
		}

	}

	@Test
	void theAppsPagesUseTheBufferingView() throws Exception {
		assertThat(this.views.resolveViewName("test/rows", Locale.forLanguageTag("da")))
			.isInstanceOf(PageBufferingView.class);
	}

	@Test
	void aLongPageComesWhole() throws Exception {
		var response = render(rows(5_000, Integer.MAX_VALUE));

		String page = response.getContentAsString();
		assertThat(page.length()).isGreaterThan(PageBufferingView.LARGEST_KEPT / 2);
		assertThat(page).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
		assertThat(page.split("<li>", -1)).hasSize(5_001);
		assertThat(page).contains("<li>Række 0 – æøå</li>", "<li>Række 4999 – æøå</li>");
		assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
	}

	@Test
	void aPageThatFailsHalfWaySendsNothing() throws Exception {
		var response = new MockHttpServletResponse();

		assertThatThrownBy(() -> render(rows(5_000, 3_000), response)).hasRootCauseMessage("row 3000");

		assertThat(response.isCommitted()).isFalse();
		assertThat(response.getContentAsString()).isEmpty();
	}

	@Test
	void aShortPageAfterALongOneHoldsOnlyItself() throws Exception {
		render(rows(5_000, Integer.MAX_VALUE));
		render(rows(5_000, 4_000), new MockHttpServletResponse(), true);

		String page = render(rows(2, Integer.MAX_VALUE)).getContentAsString();

		assertThat(page.split("<li>", -1)).hasSize(3);
		assertThat(page).endsWith("</html>\n").doesNotContain("Række 2 ");
	}

	private static Map<String, ?> rows(int count, int failsFrom) {
		List<Row> rows = IntStream.range(0, count).mapToObj(n -> new Row(n, failsFrom)).toList();
		return Map.of("rows", rows);
	}

	private MockHttpServletResponse render(Map<String, ?> model) throws Exception {
		var response = new MockHttpServletResponse();
		render(model, response);
		return response;
	}

	private void render(Map<String, ?> model, MockHttpServletResponse response) throws Exception {
		render(model, response, false);
	}

	private void render(Map<String, ?> model, MockHttpServletResponse response, boolean failureExpected)
			throws Exception {
		View view = this.views.resolveViewName("test/rows", Locale.forLanguageTag("da"));
		var request = new MockHttpServletRequest(this.context.getServletContext(), "GET", "/test");
		request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, this.context);
		try {
			view.render(model, request, response);
		}
		catch (Exception ex) {
			if (!failureExpected) {
				throw ex;
			}
		}
	}

}
