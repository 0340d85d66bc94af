package dk.seniorpartnerskab.scheduling;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CalendarFeedTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	SchedulingFixtures fixtures;

	Edition edition;

	long north;

	long south;

	@BeforeEach
	void setUp() {
		data.clean();
		edition = data.openEdition();
		north = fixtures.network(edition.getId(), "Netværk Nord");
		south = fixtures.network(edition.getId(), "Netværk Syd");
	}

	private String newLink(long network) throws Exception {
		var flash = mvc
			.perform(post("/admin/aktiviteter/abonnement").param("netvaerk", String.valueOf(network))
				.with(csrf())
				.with(user("s@kl.dk").roles("STAFF")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap();
		String link = (String) flash.get("feedLink");
		assertThat(link).matches("http://localhost:8080/kalender/[A-Za-z0-9_-]{43}\\.ics");
		return link.substring("http://localhost:8080".length());
	}

	@Test
	void aNetworksSecretFeedListsItsMeetingsAndTheEditionsWebinarsAndANewLinkReplacesTheOld() throws Exception {
		var northDay = fixtures.plannedDay(edition.getId(), north, 30);
		fixtures.plannedDay(edition.getId(), south, 31);
		var webinar = fixtures.webinar(edition.getId(), 40);

		String path = newLink(north);
		var response = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(response.getContentType()).startsWith("text/calendar");
		var calendar = new CalendarBuilder()
			.build(new StringReader(response.getContentAsString(StandardCharsets.UTF_8)));
		assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).extracting(e -> e.getProperty(Property.UID).orElseThrow().getValue())
			.containsExactlyInAnyOrder(northDay.getUid(), webinar.getUid());

		String replacement = newLink(north);
		mvc.perform(get(path)).andExpect(status().isNotFound());
		mvc.perform(get(replacement)).andExpect(status().isOk());
		mvc.perform(get("/kalender/" + "A".repeat(43) + ".ics")).andExpect(status().isNotFound());
	}

}
