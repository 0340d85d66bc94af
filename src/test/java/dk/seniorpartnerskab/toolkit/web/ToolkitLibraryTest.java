package dk.seniorpartnerskab.toolkit.web;

import java.util.Arrays;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.toolkit.ToolkitFixtures;
import dk.seniorpartnerskab.toolkit.ToolkitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.hamcrest.Matchers;

@IntegrationTest
class ToolkitLibraryTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ToolkitFixtures toolkits;

	@Autowired
	ToolkitManagement management;

	@BeforeEach
	void clean() {
		data.clean();
	}

	private Document page(String path) throws Exception {
		return Jsoup
			.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	@Test
	void draftsAreInvisibleToThePublicAsIfTheyDidNotExist() throws Exception {
		var draft = toolkits.draft("Håndbog til seniorindsatsen", "haandbog");
		var file = toolkits.addPdf(draft, "Håndbogen som PDF", "haandbog.pdf", ToolkitFixtures.pdf("v1"));

		assertThat(page("/vaerktoejer").text()).doesNotContain("Håndbog til seniorindsatsen");
		mvc.perform(get("/vaerktoejer/haandbog")).andExpect(status().isNotFound());
		mvc.perform(get("/vaerktoejer/haandbog/filer/" + file.getId())).andExpect(status().isNotFound());
		mvc.perform(get("/vaerktoejer/findes-ikke")).andExpect(status().isNotFound());
	}

	@Test
	void publishingMakesAToolkitVisibleWithItsFilesAndText() throws Exception {
		var toolkit = toolkits.draft("Materiale til seniorsamtalen", "seniorsamtalen");
		toolkits.addPdf(toolkit, "Skabelon til samtalen", "skabelon.pdf", ToolkitFixtures.pdf("skabelon"));
		management.publish(toolkit.getId(), "staff@kl.dk");

		var library = page("/vaerktoejer");
		assertThat(library.select("h1")).hasSize(1);
		assertThat(library.select("main a[href=/vaerktoejer/seniorsamtalen]").text())
			.isEqualTo("Materiale til seniorsamtalen");
		var detail = page("/vaerktoejer/seniorsamtalen");
		assertThat(detail.select("h1").text()).isEqualTo("Materiale til seniorsamtalen");
		assertThat(detail.select(".app-markdown strong").text()).isEqualTo("Materiale til seniorsamtalen");
		assertThat(detail.select(".app-downloads a").text()).contains("Hent Skabelon til samtalen", "PDF");
		assertThat(detail.select(".app-downloads").text()).contains("Opdateret");
	}

	@Test
	void aScriptInTheMarkdownNeverReachesThePage() throws Exception {
		var toolkit = toolkits.draft("Kommunikation", "kommunikation");
		management
			.update(toolkit.getId(), toolkit.getVersion(),
					t -> t.update(t.getTitle(), t.getSlug(), t.getSummary(),
							"Tekst <script>alert('xss')</script>\n\n[link](javascript:alert(1))", 10, null),
					"staff@kl.dk");
		management.publish(toolkit.getId(), "staff@kl.dk");

		String html = mvc.perform(get("/vaerktoejer/kommunikation")).andReturn().getResponse().getContentAsString();
		var main = Jsoup.parse(html).select("main").first();
		assertThat(main.select("script")).isEmpty();
		assertThat(main.select("a[href^=javascript]")).isEmpty();
		assertThat(main.html()).doesNotContain("<script", "javascript:");
	}

	@Test
	void aNewVersionReplacesThePublicFileAtTheSameAddressAndStaffKeepTheOld() throws Exception {
		var toolkit = toolkits.published("Håndbog", "haandbog");
		byte[] first = ToolkitFixtures.pdf("første");
		byte[] second = ToolkitFixtures.pdf("anden udgave");
		var file = toolkits.addPdf(toolkit, "Håndbogen", "haandbog.pdf", first);
		String url = "/vaerktoejer/haandbog/filer/" + file.getId();
		mvc.perform(get(url)).andExpect(content().bytes(first));

		toolkits.addVersion(toolkit, file, "haandbog-2.pdf", second, "Rettet side 4");

		mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(content().bytes(second))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, Matchers.containsString("haandbog-2.pdf")));
		var staff = user("s@kl.dk").roles("VIEWER");
		String admin = "/admin/vaerktoejer/" + toolkit.getId() + "/filer/" + file.getId() + "/versioner/";
		mvc.perform(get(admin + "1").with(staff)).andExpect(status().isOk()).andExpect(content().bytes(first));
		mvc.perform(get(admin + "2").with(staff)).andExpect(status().isOk()).andExpect(content().bytes(second));
		mvc.perform(get(admin + "1")).andExpect(status().is3xxRedirection());

		var adminPage = Jsoup.parse(mvc.perform(get("/admin/vaerktoejer/" + toolkit.getId()).with(staff))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(adminPage.select(".app-toolkit-file tbody tr")).hasSize(2);
		assertThat(adminPage.select(".app-toolkit-file tbody tr").first().text()).contains("2", "Aktuel",
				"haandbog-2.pdf", "Rettet side 4");
		assertThat(page("/vaerktoejer/haandbog").select(".app-downloads li")).hasSize(1);
	}

	@Test
	void downloadsAreCountedPerVersionAndToolkitAndShownToStaff() throws Exception {
		var toolkit = toolkits.published("Håndbog", "haandbog");
		var file = toolkits.addPdf(toolkit, "Håndbogen", "haandbog.pdf", ToolkitFixtures.pdf("v1"));
		String url = "/vaerktoejer/haandbog/filer/" + file.getId();
		mvc.perform(get(url)).andExpect(status().isOk());
		mvc.perform(get(url)).andExpect(status().isOk());
		mvc.perform(head(url)).andExpect(status().isOk());
		toolkits.addVersion(toolkit, file, "haandbog.pdf", ToolkitFixtures.pdf("v2"), "Ny udgave");
		mvc.perform(get(url)).andExpect(status().isOk());

		var reloaded = toolkits.reload(toolkit);
		var versions = reloaded.getFiles().get(0).getVersions();
		assertThat(versions.get(0).getDownloadCount()).isEqualTo(1);
		assertThat(versions.get(1).getDownloadCount()).isEqualTo(2);
		assertThat(reloaded.getDownloadCount()).isEqualTo(3);

		var list = Jsoup.parse(mvc.perform(get("/admin/vaerktoejer").with(user("s@kl.dk").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(list.select("tbody tr").first().select("td.app-number").text()).isEqualTo("3");
	}

	@Test
	void anUnchangedFileIsAnswered304ByItsETagAndNotCountedAgain() throws Exception {
		var toolkit = toolkits.published("Håndbog", "haandbog");
		byte[] bytes = ToolkitFixtures.pdf("v1");
		var file = toolkits.addPdf(toolkit, "Håndbogen", "haandbog.pdf", bytes);
		String url = "/vaerktoejer/haandbog/filer/" + file.getId();

		var first = mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=600, public"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					Matchers.startsWith("attachment; filename=\"haandbog.pdf\"")))
			.andReturn();
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isEqualTo("\"" + toolkits.reload(toolkit).getFiles().get(0).current().getSha256() + "\"");

		mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified())
			.andExpect(content().bytes(new byte[0]));
		mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, "\"" + "0".repeat(64) + "\""))
			.andExpect(status().isOk())
			.andExpect(content().bytes(bytes));
		assertThat(toolkits.reload(toolkit).getDownloadCount()).isEqualTo(2);
	}

	@Test
	void aRangeRequestGetsJustThoseBytesWith206() throws Exception {
		var toolkit = toolkits.published("Håndbog", "haandbog");
		byte[] bytes = ToolkitFixtures.pdf("rækkevidde");
		var file = toolkits.addPdf(toolkit, "Håndbogen", "haandbog.pdf", bytes);
		String url = "/vaerktoejer/haandbog/filer/" + file.getId();

		mvc.perform(get(url).header(HttpHeaders.RANGE, "bytes=0-9"))
			.andExpect(status().isPartialContent())
			.andExpect(header().string(HttpHeaders.CONTENT_RANGE, "bytes 0-9/" + bytes.length))
			.andExpect(content().bytes(Arrays.copyOfRange(bytes, 0, 10)));
		mvc.perform(get(url).header(HttpHeaders.RANGE, "bytes=100-"))
			.andExpect(status().isPartialContent())
			.andExpect(content().bytes(Arrays.copyOfRange(bytes, 100, bytes.length)));
		assertThat(toolkits.reload(toolkit).getDownloadCount()).as("a resumed download counts once").isEqualTo(1);
	}

	@Test
	void aFileLargerThanOneChunkStreamsWholeAndInRangesAcrossChunkBorders() throws Exception {
		var toolkit = toolkits.published("Håndbog", "haandbog");
		byte[] bytes = new byte[2_600_000];
		new Random(42).nextBytes(bytes);
		System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 9);
		var file = toolkits.addPdf(toolkit, "Håndbogen", "haandbog.pdf", bytes);
		String url = "/vaerktoejer/haandbog/filer/" + file.getId();

		mvc.perform(get(url)).andExpect(status().isOk()).andExpect(content().bytes(bytes));
		mvc.perform(get(url).header(HttpHeaders.RANGE, "bytes=1048570-2097160"))
			.andExpect(status().isPartialContent())
			.andExpect(content().bytes(Arrays.copyOfRange(bytes, 1048570, 2097161)));
	}

}
