package dk.seniorpartnerskab.outreach.web;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.seniorpartnerskab.directory.ContactDetails;
import dk.seniorpartnerskab.directory.ContactDirectory;
import dk.seniorpartnerskab.directory.ContactRole;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OutreachPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ContactDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		data.clean();
		data.openEdition();
		directory.add(259, new ContactDetails(ContactRole.HR_CHIEF, "Birthe Ærø", "", "birthe@koege.dk", "", ""),
				"test");
		directory.add(580,
				new ContactDetails(ContactRole.HR_CONTACT, "Søren Østergård", "", "soeren@aabenraa.dk", "", ""),
				"test");
	}

	private Document html(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request.with(user("staff@kl.dk").roles("STAFF")).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private MockHttpServletRequestBuilder form(String action, String count) {
		var request = post("/admin/udsendelser/ny").param("startingPoint", "INVITATION")
			.param("audience", "NOT_REGISTERED")
			.param("subject", "Invitation til [kommune]")
			.param("body", "Kære [navn]\n\n**Velkommen** <script>alert(1)</script>")
			.param("handling", action);
		return count == null ? request : request.param("confirmedCount", count);
	}

	@Test
	void thePreviewShowsOneRecipientsMailAndTheCountThenSendingNeedsThatCount() throws Exception {
		var preview = html(form("vis", null));
		assertThat(preview.text()).contains("Beskeden går til 2 kontaktpersoner i 2 kommuner.", "Invitation til Køge",
				"Kære Birthe Ærø");
		assertThat(preview.select(".app-mail-preview strong").text()).contains("Velkommen");
		assertThat(preview.select(".app-mail-preview script")).isEmpty();
		assertThat(preview.select("button[value=send]").text()).isEqualTo("Send til 2 modtagere");

		var stale = html(form("send", "3"));
		assertThat(stale.text()).contains("Antallet af modtagere har ændret sig");
		assertThat(jdbc.queryForObject("select count(*) from outgoing_mail", Integer.class)).isZero();

		mvc.perform(form("send", "2").with(user("staff@kl.dk").roles("STAFF")).with(csrf()))
			.andExpect(redirectedUrl("/admin/udsendelser"));
		assertThat(jdbc.queryForList("select recipient from outgoing_mail order by recipient", String.class))
			.containsExactly("birthe@koege.dk", "soeren@aabenraa.dk");

		var list = html(get("/admin/udsendelser"));
		assertThat(list.select("tbody tr")).hasSize(1);
		assertThat(list.text()).contains("Invitation til [kommune]", "Kommuner, der ikke er tilmeldt forløbet");
	}

	@Test
	void aTestGoesToTheStaffMemberOnly() throws Exception {
		var page = html(form("test", null));
		assertThat(page.text()).contains("En test er sendt til din egen adresse.");
		assertThat(jdbc.queryForList("select recipient from outgoing_mail", String.class))
			.containsExactly("staff@kl.dk");
	}

	@Test
	void aRegionIsNeededForTheRegionSetAndStartingPointsArePrefilled() throws Exception {
		var page = html(post("/admin/udsendelser/ny").param("startingPoint", "FREE")
			.param("audience", "REGION")
			.param("subject", "Hej")
			.param("body", "Tekst"));
		assertThat(page.select("#regionCode-error").text()).isEqualTo("Vælg regionen.");
		var reminder = html(get("/admin/udsendelser/ny").param("udgangspunkt", "DEADLINE_REMINDER"));
		assertThat(reminder.select("#subject").val()).startsWith("Husk: tilmeldingsfristen for");
		assertThat(reminder.select("#daysBefore").val()).isEqualTo("7");
	}

	@Test
	void theUnsubscribePageChangesNothingUntilTheButtonIsPressed() throws Exception {
		mvc.perform(form("send", "2").with(user("staff@kl.dk").roles("STAFF")).with(csrf()));
		String text = jdbc.queryForObject("select text_body from outgoing_mail where recipient = 'birthe@koege.dk'",
				String.class);
		var matcher = Pattern.compile("/afmeld/([A-Za-z0-9_-]{43})").matcher(text);
		assertThat(matcher.find()).isTrue();
		String path = "/afmeld/" + matcher.group(1);

		var page = Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
		assertThat(page.text()).contains("Vil du afmelde birthe@koege.dk");
		assertThat(directory.isOptedOut("birthe@koege.dk")).isFalse();

		var done = Jsoup.parse(mvc.perform(post(path).with(csrf())).andReturn().getResponse().getContentAsString());
		assertThat(done.text()).contains("birthe@koege.dk er afmeldt");
		assertThat(directory.isOptedOut("birthe@koege.dk")).isTrue();
		assertThat(html(get("/admin/kommuner/259")).text()).contains("Afmeldt udsendelser");

		var unknown = Jsoup
			.parse(mvc.perform(get("/afmeld/" + "a".repeat(43))).andReturn().getResponse().getContentAsString());
		assertThat(unknown.text()).contains("Linket er ikke gyldigt");
	}

}
