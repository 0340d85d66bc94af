package dk.seniorpartnerskab.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.scheduling.InvitationManagement;
import dk.seniorpartnerskab.scheduling.Meeting;
import dk.seniorpartnerskab.scheduling.SchedulingFixtures;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.SecondInstance;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class EvaluationTest {

	static final Pattern LINK = Pattern.compile("/evaluering/([A-Za-z0-9_-]{43})");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	SchedulingFixtures fixtures;

	@Autowired
	InvitationManagement invitations;

	@Autowired
	EvaluationManagement evaluations;

	@Autowired
	JdbcTemplate jdbc;

	Edition edition;

	long network;

	Meeting day;

	@BeforeEach
	void setUp() {
		data.clean();
		edition = data.openEdition();
		network = fixtures.network(edition.getId(), "Netværk Nord");
		fixtures.registration(edition.getId(), 751, network, true, "Anne Hansen", "Bo Jensen");
		fixtures.registration(edition.getId(), 101, network, true, "Carla Nielsen");
		day = held(fixtures.plannedDay(edition.getId(), network, 10), "2 days");
		// Anne and Carla came; Bo said yes but did not come.
		attended(day, "Anne Hansen", true);
		attended(day, "Bo Jensen", false);
		attended(day, "Carla Nielsen", true);
	}

	/** Sends the invitations, then moves the meeting into the past. */
	private Meeting held(Meeting meeting, String ago) {
		invitations.send(meeting.getId());
		jdbc.update("""
				update meeting set starts_at = now() - cast(? as interval),
				ends_at = now() - cast(? as interval) + interval '6 hours' where id = ?""", ago, ago, meeting.getId());
		return meeting;
	}

	private void attended(Meeting meeting, String name, boolean came) {
		jdbc.update("update invitation set answer = 'ATTENDING', attended = ? where meeting_id = ? and name = ?", came,
				meeting.getId(), name);
	}

	static String token(SchedulingFixtures.SentMail mail) {
		var matcher = LINK.matcher(mail.text());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	@Test
	void theDayAfterADevelopmentDayOnlyThoseWhoCameGetTheEvaluationOnceEvenWithTwoInstances() throws Exception {
		// A digital meeting they came to asks nothing; a development day held today waits
		// until tomorrow.
		var digital = fixtures.webinar(edition.getId(), 10);
		held(digital, "2 days");
		jdbc.update("update invitation set attended = true where meeting_id = ?", digital.getId());
		var today = held(fixtures.plannedDay(edition.getId(), network, 11), "1 minute");
		jdbc.update("update invitation set attended = true where meeting_id = ?", today.getId());

		try (var second = SecondInstance.start()) {
			var other = second.getBean(EvaluationManagement.class);
			assertThat(SecondInstance.atTheSameMoment(evaluations::sendDue, other::sendDue)).isEqualTo(2);
		}

		var mails = fixtures.mails("EVALUATION");
		assertThat(mails).extracting(SchedulingFixtures.SentMail::to)
			.containsExactlyInAnyOrder("anne.hansen@k751.dk", "carla.nielsen@k101.dk");
		assertThat(mails.get(0).subject()).isEqualTo("Hvordan var Udviklingsdag 1?");
		assertThat(evaluations.sendDue()).isZero();
	}

	@Test
	void answersAreStoredWithoutIdentityAndOnlyOnce() throws Exception {
		evaluations.sendDue();
		var anne = fixtures.mails("EVALUATION")
			.stream()
			.filter(m -> m.to().startsWith("anne"))
			.findFirst()
			.orElseThrow();
		String token = token(anne);
		var page = Jsoup.parse(mvc.perform(get("/evaluering/" + token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("Evaluering af Udviklingsdag 1");
		var questions = evaluations.questions(edition.getId());
		assertThat(page.select("fieldset legend")).hasSize(3);

		// Missing ratings are refused next to their question; nothing is stored.
		var refused = Jsoup.parse(mvc.perform(post("/evaluering/" + token).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(refused.select("#ratings" + questions.get(0).getId() + "-error").text())
			.isEqualTo("Vælg et tal fra 1 til 5.");
		assertThat(jdbc.queryForObject("select count(*) from evaluation_response", Integer.class)).isZero();

		var answer = post("/evaluering/" + token).with(csrf());
		answer.param("ratings[" + questions.get(0).getId() + "]", "4");
		answer.param("ratings[" + questions.get(1).getId() + "]", "5");
		answer.param("ratings[" + questions.get(2).getId() + "]", "3");
		answer.param("texts[" + questions.get(3).getId() + "]", "Seniorsamtalen som fast punkt i MED.");
		mvc.perform(answer).andExpect(status().is3xxRedirection());
		mvc.perform(answer).andExpect(status().isOk());

		assertThat(jdbc.queryForObject("select count(*) from evaluation_response", Integer.class)).isOne();
		assertThat(jdbc.queryForObject("select count(*) from evaluation_answer", Integer.class)).isEqualTo(4);
		// No name, e-mail address or invitation is stored with an answer.
		var columns = new HashSet<>(jdbc.queryForList("""
				select column_name from information_schema.columns
				where table_name in ('evaluation_response', 'evaluation_answer')""", String.class));
		assertThat(columns).doesNotContain("invitation_id", "name", "email", "participant_id", "registration_id",
				"request_id");
		var stored = jdbc
			.queryForList("select * from evaluation_response r join evaluation_answer a on a.response_id = r.id")
			.toString();
		assertThat(stored).doesNotContain("Anne", "anne.hansen", "k751.dk").contains("751");

		var again = Jsoup.parse(mvc.perform(get("/evaluering/" + token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(again.select("#answered").text()).contains("kan kun besvares én gang");
		assertThat(again.select("form[method=post] textarea")).isEmpty();
	}

	@Test
	void oneReminderGoesAfterTheDaysToThoseWhoHaveNotAnswered() throws Exception {
		evaluations.sendDue();
		var carla = fixtures.mails("EVALUATION")
			.stream()
			.filter(m -> m.to().startsWith("carla"))
			.findFirst()
			.orElseThrow();
		var questions = evaluations.questions(edition.getId());
		var answer = post("/evaluering/" + token(carla)).with(csrf());
		questions.stream()
			.filter(EvaluationQuestion::isRating)
			.forEach(q -> answer.param("ratings[" + q.getId() + "]", "5"));
		mvc.perform(answer).andExpect(status().is3xxRedirection());
		assertThat(evaluations.remindDue()).isZero();

		jdbc.update("update evaluation_request set sent_at = sent_at - interval '6 days'");
		assertThat(SecondInstance.atTheSameMoment(evaluations::remindDue, evaluations::remindDue)).isOne();
		assertThat(evaluations.remindDue()).isZero();
		var mails = fixtures.mails("EVALUATION");
		assertThat(mails).hasSize(3);
		var reminder = mails.get(2);
		assertThat(reminder.to()).isEqualTo("anne.hansen@k751.dk");
		assertThat(reminder.subject()).startsWith("Påmindelse");
		// The reminder's link works.
		mvc.perform(get("/evaluering/" + token(reminder))).andExpect(status().isOk());
	}

	@Test
	void resultsShowAveragesDistributionResponseRateAndQuotesExportWithMunicipality() throws Exception {
		evaluations.sendDue();
		var questions = evaluations.questions(edition.getId());
		int[] ratings = { 4, 2 };
		var mails = fixtures.mails("EVALUATION");
		for (int i = 0; i < 2; i++) {
			var answer = post("/evaluering/" + token(mails.get(i))).with(csrf());
			for (var q : questions) {
				if (q.isRating()) {
					answer.param("ratings[" + q.getId() + "]", String.valueOf(ratings[i]));
				}
			}
			answer.param("texts[" + questions.get(3).getId() + "]", "Svar nummer " + i);
			mvc.perform(answer).andExpect(status().is3xxRedirection());
		}
		var staff = user("s@kl.dk").roles("STAFF");
		var html = Jsoup.parse(mvc.perform(get("/admin/evaluering/aktivitet/" + day.getId()).with(staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(html.select("#response-rate").text()).isEqualTo("2 af 2 har svaret (100 %).");
		assertThat(html.select(".app-average").first().text()).isEqualTo("Gennemsnit 3,0 ud af 5 (2 svar).");
		// The distribution as a table: one gave 2, one gave 4.
		var distribution = html.select("#rating-" + questions.get(0).getId() + " tbody tr");
		assertThat(distribution.eachText()).containsExactly("1 – slet ikke 0 0 %", "2 – kun lidt 1 50 %",
				"3 – nogenlunde 0 0 %", "4 – godt 1 50 %", "5 – i høj grad 0 0 %");
		// Drawn as bars (an SVG image) above that table, which is its text alternative.
		var drawn = html.select("img#distribution-" + questions.get(0).getId());
		assertThat(drawn.attr("src")).startsWith("data:image/svg+xml");
		assertThat(drawn.attr("alt")).isEmpty();

		long answerId = jdbc.queryForObject("select id from evaluation_answer where text = 'Svar nummer 0'",
				Long.class);
		mvc.perform(post("/admin/evaluering/citat/" + answerId).with(csrf())
			.with(staff)
			.param("citat", "true")
			.param("tilbage", "/admin/evaluering/aktivitet/" + day.getId())).andExpect(status().is3xxRedirection());
		var csv = mvc.perform(get("/admin/evaluering/citater.csv?forloeb=" + edition.getId()).with(staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		var lines = List.of(csv.split("\r\n"));
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).contains("Svar nummer 0", "Udviklingsdag 1").containsAnyOf("Aarhus", "København");

		var network = Jsoup.parse(mvc.perform(get("/admin/evaluering/netvaerk/" + this.network).with(staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(network.select("#response-rate").text()).isEqualTo("2 af 2 har svaret (100 %).");
		assertThat(network.select(".app-tag").text()).contains("Citat");
	}

}
