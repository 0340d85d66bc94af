package dk.seniorpartnerskab.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.seniorpartnerskab.SeniorpartnerskabApplication;
import dk.seniorpartnerskab.network.NetworkAssignments;
import dk.seniorpartnerskab.network.NetworkManagement;
import dk.seniorpartnerskab.registration.CollaborationForum;
import dk.seniorpartnerskab.registration.EffortStatus;
import dk.seniorpartnerskab.registration.ParticipantDetails;
import dk.seniorpartnerskab.registration.RegistrationDetails;
import dk.seniorpartnerskab.registration.RegistrationManagement;
import dk.seniorpartnerskab.registration.Side;
import dk.seniorpartnerskab.review.ReviewManagement;
import dk.seniorpartnerskab.scheduling.InvitationManagement;
import dk.seniorpartnerskab.scheduling.MeetingDetails;
import dk.seniorpartnerskab.scheduling.MeetingManagement;
import dk.seniorpartnerskab.staff.Role;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every staff and public page of a full edition (98 registrations, about 400
 * participants, 3 networks, 18 meetings with their invitations) against the app's own
 * smallest static file, in one run: the median time one user waits, and the rate 32 users
 * at once get. The machine is shared, so compare ratios within a run, not absolute
 * figures between runs. Run with
 * {@code ./mvnw -Pbenchmark verify -Dtest=PageSpeedBenchmark -Dfrontend.skip=true};
 * {@code -Dbenchmark.rounds=5} for more rounds, {@code -Dbenchmark.jfr=target/pages.jfr}
 * to record a JFR profile of the loaded rounds.
 */
class PageSpeedBenchmark {

	private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);

	private static final int SINGLE_USER_REQUESTS = Integer.getInteger("benchmark.single", 60);

	private static final int CONNECTIONS = 32;

	private static final long LOAD_MILLIS = Long.getLong("benchmark.millis", 2000);

	private static final Pattern PRIVATE_LINK = Pattern.compile("/tilmelding/([A-Za-z0-9_-]{20,})");

	private static final Pattern INVITATION_LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]{20,})");

	private static final Pattern SCRIPT = Pattern.compile("src=\"(/js/app[^\"]*\\.js)\"");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	record Target(String name, String path, boolean staff) {
	}

	@Test
	void everyPageOfAFullEditionAgainstTheSmallestStaticFile() throws Exception {
		var database = TestDatabase.get();
		try (var app = new SpringApplicationBuilder(SeniorpartnerskabApplication.class, FloorPages.class)
			.profiles("test")
			.run("--server.port=0", "--spring.datasource.url=" + database.jdbcUrl(),
					"--spring.datasource.username=" + database.username(),
					"--spring.datasource.password=" + database.password(), "--spring.mail.host=",
					"--logging.level.root=WARN")) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			var targets = fill(app, port);
			String cookie = login(port);
			var load = new RawHttpLoad(port);
			Map<Target, Integer> sizes = new LinkedHashMap<>();
			for (Target target : targets) {
				sizes.put(target, pageBytes(port, target, cookie));
			}

			// Warm-up: every page, alone and under load, until the JIT has settled.
			for (Target target : targets) {
				load.medianLatencyMillis(target.path(), target.staff() ? cookie : null, 50);
				load.requestsPerSecond(target.path(), target.staff() ? cookie : null, CONNECTIONS, 1000);
			}
			var recording = startRecording();
			Map<Target, double[]> latency = new LinkedHashMap<>();
			Map<Target, double[]> rate = new LinkedHashMap<>();
			Map<Target, double[]> ratio = new LinkedHashMap<>();
			Map<Target, double[]> cpu = new LinkedHashMap<>();
			Map<Target, double[]> cpuRatio = new LinkedHashMap<>();
			Map<Target, double[]> allocated = new LinkedHashMap<>();
			targets.forEach(t -> {
				allocated.put(t, new double[ROUNDS]);
				cpuRatio.put(t, new double[ROUNDS]);
				latency.put(t, new double[ROUNDS]);
				rate.put(t, new double[ROUNDS]);
				ratio.put(t, new double[ROUNDS]);
				cpu.put(t, new double[ROUNDS]);
			});
			// Rounds go over all pages in turn, so the machine's noise falls on all
			// alike; the
			// static file is measured in every round and each page compared with it in
			// the
			// same round.
			for (int round = 0; round < ROUNDS; round++) {
				for (Target target : targets) {
					String c = target.staff() ? cookie : null;
					latency.get(target)[round] = load.medianLatencyMillis(target.path(), c, SINGLE_USER_REQUESTS);
					var loaded = load.load(target.path(), c, CONNECTIONS, LOAD_MILLIS);
					rate.get(target)[round] = loaded.perSecond();
					cpu.get(target)[round] = loaded.serverCpuMicrosPerRequest();
					allocated.get(target)[round] = loaded.serverKilobytesPerRequest();
					System.out.printf("[benchmark] round %d %s: %.2f ms, %.0f req/s, %.0f µs server CPU a request%n",
							round + 1, target.name(), latency.get(target)[round], rate.get(target)[round],
							cpu.get(target)[round]);
				}
				double staticRate = rate.get(targets.get(0))[round];
				double staticCpu = cpu.get(targets.get(0))[round];
				for (Target target : targets) {
					ratio.get(target)[round] = rate.get(target)[round] / staticRate;
					cpuRatio.get(target)[round] = cpu.get(target)[round] / staticCpu;
				}
			}
			stopRecording(recording);

			var table = new StringBuilder();
			table.append(String.format("%n[benchmark] full edition, medians of %d rounds; 1 user: %d requests in a row;"
					+ " 32 users: %d ms each; ratio = page rate / static file rate in the same round;"
					+ " server CPU = CPU time of Tomcat's request threads per request under load, and as a multiple of the static file's in the same round; allocated = bytes those threads allocated per request (the same in every run)%n",
					ROUNDS, SINGLE_USER_REQUESTS, LOAD_MILLIS));
			table.append("| Page | 1 user, median ms | 32 users, req/s | share of static file's rate"
					+ " | server CPU a request, µs | server CPU, × static file's | allocated a request, KB | page, KB |\n");
			table.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
			for (Target target : targets) {
				table.append(String.format("| %s | %.2f | %.0f | %.1f %% | %.0f | %.1f | %.0f | %.1f |%n",
						target.name(), median(latency.get(target)), median(rate.get(target)),
						100 * median(ratio.get(target)), median(cpu.get(target)), median(cpuRatio.get(target)),
						median(allocated.get(target)), sizes.get(target) / 1024.0));
			}
			System.out.println(table);
			var report = Path.of("target/benchmark/page-speed.md");
			Files.createDirectories(report.getParent());
			Files.writeString(report, table);
			assertThat(median(rate.get(targets.get(0)))).isPositive();
		}
	}

	/** A full edition as it looks a few weeks into its course; the pages to measure. */
	private static List<Target> fill(ConfigurableApplicationContext app, int port) throws Exception {
		var testData = app.getBean(TestData.class);
		var jdbc = app.getBean(JdbcTemplate.class);
		jdbc.update("update toolkit set status = 'PUBLISHED', published_on = current_date where status = 'DRAFT'");
		var edition = testData.openEdition();
		long editionId = edition.getId();
		testData.staff(Role.ADMIN, "benchmark@kl.dk");

		var registrationManagement = app.getBean(RegistrationManagement.class);
		var codes = jdbc.queryForList("select code from municipality order by code", Integer.class);
		assertThat(codes).hasSize(98);
		var ids = new ArrayList<Long>();
		for (int i = 0; i < codes.size(); i++) {
			int code = codes.get(i);
			var participants = new ArrayList<ParticipantDetails>();
			for (int p = 0; p < 4; p++) {
				participants.add(new ParticipantDetails(null, "Deltager " + p + " fra " + code,
						"deltager" + p + "@k" + code + ".dk", p % 2 == 0 ? "HR-konsulent" : "Tillidsrepræsentant",
						p % 2 == 0 ? Side.MANAGEMENT : Side.EMPLOYEES));
			}
			var details = new RegistrationDetails("Kontakt " + code, "HR-chef", "kontakt@k" + code + ".dk", "33123456",
					i % 3 == 0 ? EffortStatus.DECIDED : EffortStatus.STARTED,
					"Vi tilbyder seniorsamtaler fra 58 år og har en seniorpolitik, som alle ledere kender.",
					Set.of(CollaborationForum.HOVED_MED, CollaborationForum.TRIO),
					"HovedMED drøftede indsatsen i marts og følger den hvert kvartal.");
			ids.add(registrationManagement
				.submit(editionId, code, details, participants, List.of(), UUID.randomUUID().toString())
				.registrationId());
		}
		// 90 approved and placed in three networks, 8 still to be reviewed.
		app.getBean(ReviewManagement.class).approveAll(ids.subList(0, 90), "benchmark@kl.dk");
		var networkManagement = app.getBean(NetworkManagement.class);
		var networks = new ArrayList<Long>();
		for (String name : List.of("Netværk Nord", "Netværk Midt", "Netværk Syd")) {
			networks.add(networkManagement.create(editionId, name, "", 35, null, "benchmark@kl.dk").getId());
		}
		var assignments = app.getBean(NetworkAssignments.class);
		assignments.accept(editionId, assignments.propose(editionId).moves(), "benchmark@kl.dk");

		// Three development days and three digital meetings per network, planned and
		// sent.
		var meetingManagement = app.getBean(MeetingManagement.class);
		var invitationManagement = app.getBean(InvitationManagement.class);
		var start = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(30)).plus(Duration.ofHours(8));
		int n = 0;
		for (int i = 0; i < networks.size(); i++) {
			long networkId = networks.get(i);
			for (var meeting : meetingManagement.planCourse(edition, networkId, "Netværk " + (i + 1))) {
				var startsAt = start.plus(Duration.ofDays(7L * n++));
				boolean physical = meeting.getTitle().startsWith("Udviklingsdag");
				var details = new MeetingDetails(meeting.getTitle(), "Hvordan ser forløbet ud?", null, startsAt,
						startsAt.plus(Duration.ofHours(physical ? 6 : 2)), physical ? "KL-huset" : null,
						physical ? "Weidekampsgade 10, 2300 København S" : null,
						physical ? null : "https://moede.example.dk/" + n);
				var planned = meetingManagement.update(meeting.getId(), meeting.getVersion(), details, true);
				invitationManagement.send(planned.getId());
			}
		}
		long meetings = jdbc.queryForObject("select count(*) from meeting where edition_id = ?", Long.class, editionId);
		long invitations = jdbc.queryForObject(
				"select count(*) from invitation i join meeting m on m.id = i.meeting_id where m.edition_id = ?",
				Long.class, editionId);
		long participants = jdbc.queryForObject(
				"select count(*) from registration_participant p join registration r on r.id = p.registration_id "
						+ "where r.edition_id = ?",
				Long.class, editionId);
		System.out.printf(
				"%n[benchmark] filled: 98 registrations, %d participants, 3 networks, %d meetings, "
						+ "%d invitations, %d mails%n",
				participants, meetings, invitations,
				jdbc.queryForObject("select count(*) from outgoing_mail", Long.class));

		long registrationId = ids.get(0);
		long meetingId = jdbc.queryForObject("select min(id) from meeting where edition_id = ?", Long.class, editionId);
		String privateToken = token(jdbc, "select text_body from outgoing_mail where text_body like '%/tilmelding/%'",
				PRIVATE_LINK);
		String invitationToken = token(jdbc,
				"select text_body from outgoing_mail where text_body like '%/invitation/%'", INVITATION_LINK);
		String toolkit = jdbc.queryForObject("select slug from toolkit order by id limit 1", String.class);

		String landing = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		var script = SCRIPT.matcher(landing);
		assertThat(script.find()).as("the landing page links the app's script").isTrue();

		var targets = new ArrayList<Target>();
		targets.add(new Target("static file (" + script.group(1).replaceAll(".*/", "") + ")", script.group(1), false));
		// Floors (FloorPages): the same filters and MVC without a template, a short
		// template, each layout around nothing, and the cost of an expression.
		targets.add(new Target("floor: no template", "/benchmark/tekst", false));
		targets.add(new Target("floor: a short template", "/benchmark/skabelon", false));
		targets.add(new Target("floor: public layout, empty", "/benchmark/layout", false));
		targets.add(new Target("floor: staff layout, empty", "/admin/benchmark/layout", true));
		// The same after one read of the database: the cheapest staff page showing data.
		targets.add(new Target("floor: staff layout, one read", "/admin/benchmark/laesning", true));
		// And the public layout around 500 expressions (50 rows of 10 cells).
		targets.add(new Target("floor: public layout, 500 texts", "/benchmark/tabel", false));
		// The least a staff list of 50 rows can be: one read and those 500 texts.
		targets.add(new Target("floor: staff layout, one read, 500 texts", "/admin/benchmark/tabel", true));
		targets.add(new Target("staff: registrations list", "/admin/tilmeldinger", true));
		targets.add(new Target("staff: registration detail", "/admin/tilmeldinger/" + registrationId, true));
		targets.add(new Target("staff: network board", "/admin/netvaerk", true));
		targets.add(new Target("staff: activities", "/admin/aktiviteter", true));
		targets.add(new Target("staff: a meeting", "/admin/aktiviteter/" + meetingId, true));
		targets.add(new Target("staff: mail log", "/admin/mail", true));
		targets.add(new Target("staff: audit log", "/admin/log", true));
		targets.add(new Target("public: landing page", "/", false));
		targets.add(new Target("public: registration form", "/tilmelding", false));
		targets.add(new Target("public: private registration page", "/tilmelding/" + privateToken, false));
		targets.add(new Target("public: resend-link form", "/tilmelding/link", false));
		targets.add(new Target("public: invitation answer", "/invitation/" + invitationToken, false));
		targets.add(new Target("public: toolkit library", "/vaerktoejer", false));
		targets.add(new Target("public: a toolkit", "/vaerktoejer/" + toolkit, false));
		targets.add(new Target("public: privacy", "/privatliv", false));
		// -Dbenchmark.only=<regex on the names>: only those pages (the static file and
		// the floors always).
		var only = Pattern.compile(System.getProperty("benchmark.only", ".*"));
		return targets.stream()
			.filter(t -> t == targets.get(0) || t.name().startsWith("floor:") || only.matcher(t.name()).find())
			.collect(Collectors.toList());
	}

	private static String token(JdbcTemplate jdbc, String sql, Pattern link) {
		for (String text : jdbc.queryForList(sql + " order by id limit 5", String.class)) {
			var matcher = link.matcher(text);
			if (matcher.find()) {
				return matcher.group(1);
			}
		}
		throw new IllegalStateException("no link in the mails: " + sql);
	}

	/** Signs in as the benchmark's admin; the session cookie(s) as a Cookie header. */
	/** The size of a page's body as served, in bytes. */
	private static int pageBytes(int port, Target target, String cookie) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + target.path()));
		if (target.staff()) {
			request.header("Cookie", cookie);
		}
		var response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(target.name()).isEqualTo(200);
		return response.body().length;
	}

	private static String login(int port) throws Exception {
		var cookies = new CookieManager();
		var client = HttpClient.newBuilder().cookieHandler(cookies).build();
		String base = "http://localhost:" + port;
		String page = client
			.send(HttpRequest.newBuilder(URI.create(base + "/admin/login")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		var csrf = CSRF.matcher(page);
		assertThat(csrf.find()).isTrue();
		String form = "email=" + URLEncoder.encode("benchmark@kl.dk", StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(TestData.passwordFor("benchmark@kl.dk"), StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		var response = client.send(HttpRequest.newBuilder(URI.create(base + "/admin/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("fejl");
		String cookie = cookies.getCookieStore()
			.getCookies()
			.stream()
			.map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		var admin = client.send(HttpRequest.newBuilder(URI.create(base + "/admin/tilmeldinger")).build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(admin.statusCode()).as("signed in").isEqualTo(200);
		return cookie;
	}

	private static Recording startRecording() throws Exception {
		String file = System.getProperty("benchmark.jfr");
		if (file == null || file.isBlank()) {
			return null;
		}
		var recording = new Recording(Configuration.getConfiguration("profile"));
		// A sample a millisecond, not JFR's 10 or 20: a page takes a few milliseconds.
		recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
		recording.setDestination(Path.of(file));
		recording.start();
		return recording;
	}

	private static void stopRecording(Recording recording) {
		if (recording != null) {
			recording.stop();
			recording.close();
		}
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
				: (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
	}

}
