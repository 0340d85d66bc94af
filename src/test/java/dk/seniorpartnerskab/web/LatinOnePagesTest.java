package dk.seniorpartnerskab.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.seniorpartnerskab.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The layout and the common pages hold no character beyond Latin-1 (the title's dash is a
 * character reference): Java keeps a text of Latin-1 characters in one byte each, and one
 * other character anywhere in a page makes it keep and copy the whole page in two
 * (README: Speed, fix 21). The title still reads "… – Seniorpartnerskabet" in the browser
 * ({@code NavigationBrowserTest}).
 */
@IntegrationTest
class LatinOnePagesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void publicPagesAreLatinOne() throws Exception {
		assertLatinOne(get("/"));
		assertLatinOne(get("/tilmelding"));
		assertLatinOne(get("/vaerktoejer"));
	}

	@Test
	void staffPagesAreLatinOne() throws Exception {
		assertLatinOne(get("/admin").with(user("s@kl.dk").roles("STAFF")));
		assertLatinOne(get("/admin/tilmeldinger").with(user("s@kl.dk").roles("STAFF")));
	}

	private void assertLatinOne(MockHttpServletRequestBuilder request) throws Exception {
		String page = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("&ndash; Seniorpartnerskabet</title>");
		assertThat(page.chars().filter(c -> c > 0xFF).mapToObj(Character::toString).distinct())
			.as("characters beyond Latin-1")
			.isEmpty();
	}

}
