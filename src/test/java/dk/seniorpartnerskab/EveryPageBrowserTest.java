package dk.seniorpartnerskab;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.seniorpartnerskab.directory.ContactDetails;
import dk.seniorpartnerskab.directory.ContactFiles;
import dk.seniorpartnerskab.directory.ContactDirectory;
import dk.seniorpartnerskab.directory.ContactRole;
import dk.seniorpartnerskab.outreach.Audience;
import dk.seniorpartnerskab.outreach.Draft;
import dk.seniorpartnerskab.outreach.OutreachManagement;
import dk.seniorpartnerskab.outreach.StartingPoint;
import dk.seniorpartnerskab.registration.RegistrationFixtures;
import dk.seniorpartnerskab.scheduling.InvitationManagement;
import dk.seniorpartnerskab.scheduling.SchedulingFixtures;
import dk.seniorpartnerskab.staff.Role;
import dk.seniorpartnerskab.support.Browser;
import dk.seniorpartnerskab.support.BrowserTestBase;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.toolkit.ToolkitFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public and staff page, found by following the links a person can follow from the
 * start pages (one page of each kind), looked at on a desktop (1280 px) and a phone (390
 * px): no sideways scrolling, nothing drawn over anything else, the navigation on one
 * line on the desktop, and no WCAG 2.1 A/AA violation found by axe-core. Pages showing
 * form errors, the confirmation steps and the private pages reached from mails are
 * checked too. Screenshots of every page at both widths land in
 * {@code target/screenshots/page-*}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPageBrowserTest extends BrowserTestBase {

	private static final Pattern PRIVATE_LINK = Pattern.compile("(/tilmelding/[A-Za-z0-9_-]{43})");

	private static final Pattern INVITATION_LINK = Pattern.compile("(/invitation/[A-Za-z0-9_-]{43})");

	@Autowired
	TestData data;

	@Autowired
	RegistrationFixtures registrations;

	@Autowired
	SchedulingFixtures scheduling;

	@Autowired
	ToolkitFixtures toolkits;

	@Autowired
	InvitationManagement invitations;

	@Autowired
	ContactDirectory directory;

	@Autowired
	OutreachManagement outreach;

	@Autowired
	JdbcTemplate jdbc;

	private static final Pattern UNSUBSCRIBE_LINK = Pattern.compile("(/afmeld/[A-Za-z0-9_-]{43})");

	private String privatePage;

	private String unsubscribePage;

	private String invitationPage;

	private long editionId;

	private long networkId;

	private long meetingId;

	private long uninvitedMeetingId;

	private long toolkitId;

	private long draftToolkitId;

	@BeforeAll
	void someOfEverything() {
		data.clean();
		var edition = data.openEdition();
		editionId = edition.getId();
		data.staff(Role.ADMIN, "admin@kl.dk");
		registrations.register(edition.getId(), RegistrationFixtures.AARHUS, "hanne@aarhus.dk");
		privatePage = link(PRIVATE_LINK, "hanne@aarhus.dk");
		long north = scheduling.network(edition.getId(), "Netværk Nord");
		networkId = north;
		// Somewhere else to place Odense: the bulk "Placer valgte" question.
		scheduling.network(edition.getId(), "Netværk Syd");
		scheduling.registration(edition.getId(), RegistrationFixtures.ODENSE, north, true, "Anne Hansen", "Bo Berg");
		var day = scheduling.plannedDay(edition.getId(), north, 30);
		invitations.send(day.getId());
		meetingId = day.getId();
		// Not sent yet: the "Send invitationer" question.
		uninvitedMeetingId = scheduling.plannedDay(edition.getId(), north, 60).getId();
		invitationPage = link(INVITATION_LINK, SchedulingFixtures.email("Anne Hansen", RegistrationFixtures.ODENSE));
		var toolkit = toolkits.published("Seniorsamtalen", "seniorsamtalen");
		toolkits.addPdf(toolkit, "Guide til seniorsamtalen", "guide.pdf", ToolkitFixtures.pdf("Guide"));
		toolkitId = toolkit.getId();
		// Not public yet: the "Offentliggør" question.
		draftToolkitId = toolkits.draft("Plan for seniorindsatsen", "plan-for-seniorindsatsen").getId();
		directory.add(RegistrationFixtures.AARHUS,
				new ContactDetails(ContactRole.HR_CHIEF, "Åse Ødegård", "HR-chef", "aase@aarhus.dk", "", ""), "test");
		outreach.send(new Draft(StartingPoint.FREE, Audience.ALL, null, null, "Nyt om Seniorpartnerskabet",
				"Kære [navn]\n\nVi skriver til [kommune]."), "admin@kl.dk");
		unsubscribePage = link(UNSUBSCRIBE_LINK, "aase@aarhus.dk");
	}

	private String link(Pattern pattern, String recipient) {
		var text = jdbc.queryForObject(
				"select text_body from outgoing_mail where lower(recipient) = lower(?) order by id desc limit 1",
				String.class, recipient);
		var matcher = pattern.matcher(text);
		assertThat(matcher.find()).as("link in the mail to " + recipient).isTrue();
		return matcher.group(1);
	}

	@Test
	void everyPublicPageFitsAPhoneAndADesktopWithoutAccessibilityViolations() {
		var browser = Browser.shared(baseUrl());
		var problems = new ArrayList<String>();
		var pages = crawl(browser,
				List.of("/", "/tilmelding", "/tilmelding/link", "/privatliv", "/vaerktoejer", "/admin/login",
						"/findes-ikke", privatePage, privatePage + "/traek-tilbage", invitationPage, unsubscribePage),
				path -> !path.startsWith("/admin"), problems);
		assertThat(pages).contains("/", "/tilmelding", "/vaerktoejer/seniorsamtalen", "/tilgaengelighed", privatePage,
				invitationPage, unsubscribePage);
		assertThat(problems).as("problems on " + pages.size() + " public pages").isEmpty();
	}

	@Test
	void everyStaffPageFitsAPhoneAndADesktopWithoutAccessibilityViolations() {
		var browser = Browser.shared(baseUrl());
		browser.login("admin@kl.dk", TestData.passwordFor("admin@kl.dk"));
		var problems = new ArrayList<String>();
		var pages = crawl(browser, List.of("/admin", "/admin/kommuner/" + RegistrationFixtures.AARHUS),
				path -> path.startsWith("/admin"), problems);
		assertThat(problems).as("problems on " + pages.size() + " staff pages").isEmpty();
		assertThat(pages.stream().map(EveryPageBrowserTest::kind)).contains("/admin", "/admin/tilmeldinger",
				"/admin/tilmeldinger/#", "/admin/forloeb", "/admin/netvaerk", "/admin/aktiviteter",
				"/admin/aktiviteter/plan", "/admin/aktiviteter/netvaerk/#/fremmoede", "/admin/evaluering/netvaerk/#",
				"/admin/vaerktoejer", "/admin/kommuner", "/admin/kommuner/#", "/admin/kommuner/#/kontakter/#",
				"/admin/daekning", "/admin/udsendelser", "/admin/udsendelser/ny", "/admin/mail", "/admin/privatliv",
				"/admin/log", "/admin/brugere", "/admin/adgangskode", "/admin/passkeys");
	}

	@Test
	void pagesShowingFormErrorsFitAndHaveNoAccessibilityViolations() {
		var browser = Browser.shared(baseUrl());
		var problems = new ArrayList<String>();
		browser.go("/tilmelding").click("Send tilmelding");
		assertThat(browser.find("#error-summary").isDisplayed()).isTrue();
		check(browser, "errors-registration", problems);
		browser.go("/tilmelding/link").click("Send link");
		check(browser, "errors-link", problems);
		browser.login("admin@kl.dk", "forkert adgangskode");
		check(browser, "errors-login", problems);

		browser.login("admin@kl.dk", TestData.passwordFor("admin@kl.dk"));
		for (var form : List.of("/admin/forloeb/ny", "/admin/netvaerk/nyt?forloeb=" + editionId,
				"/admin/tilmeldinger/ny")) {
			browser.go(form);
			browser.js("document.querySelectorAll('main form[method=post] input:not([type=hidden]):not([type=checkbox])"
					+ ":not([type=radio]), main form[method=post] textarea').forEach(e => e.value = '')");
			var submit = browser.find("main form[method=post] .button-primary[type=submit]");
			var page = browser.find("html");
			submit.click();
			Browser.awaitNewPage(browser.driver(), page);
			assertThat(browser.driver().findElements(By.id("error-summary"))).as("errors shown on " + form)
				.isNotEmpty();
			check(browser, "errors" + kind(form).replaceAll("[^A-Za-z0-9]+", "-"), problems);
		}
		assertThat(problems).as("problems on pages showing errors").isEmpty();
	}

	/**
	 * The questions staff are asked before an action that mails people or cannot be
	 * undone, and the previews before an import or a mail-out: answers to a POST (or a
	 * link from the page), reached by filling and clicking as staff would; nothing is
	 * confirmed.
	 */
	@Test
	void everyConfirmationStepFitsAndHasNoAccessibilityViolations() throws IOException {
		var browser = Browser.shared(baseUrl());
		var problems = new ArrayList<String>();
		var steps = new ArrayList<String>();
		browser.login("admin@kl.dk", TestData.passwordFor("admin@kl.dk"));
		long aarhus = registrationOf(RegistrationFixtures.AARHUS);
		long odense = registrationOf(RegistrationFixtures.ODENSE);

		browser.go("/admin/tilmeldinger");
		browser.find("#select-" + aarhus).click();
		browser.click("Godkend valgte");
		step(browser, "confirm-bulk-approve", "Godkend 1 tilmelding?", steps, problems);

		browser.go("/admin/tilmeldinger");
		browser.find("#select-" + odense).click();
		new Select(browser.find("#bulk-network")).selectByVisibleText("Netværk Syd");
		browser.click("Placer valgte i netværket");
		step(browser, "confirm-bulk-assign", "Placer 1 kommune i Netværk Syd?", steps, problems);

		browser.go("/admin/tilmeldinger/" + aarhus);
		browser.fill("Begrundelse for afvisning", "Kommunen deltager allerede gennem et andet forløb.");
		browser.click("Afvis");
		step(browser, "confirm-reject", "Afvis tilmeldingen fra Aarhus?", steps, problems);

		browser.go("/admin/tilmeldinger/" + odense).click("Træk tilbage på kommunens vegne");
		step(browser, "confirm-withdraw-staff", "Træk tilmeldingen fra Odense tilbage?", steps, problems);

		browser.go(privatePage).click("Træk tilmeldingen tilbage");
		step(browser, "confirm-withdraw-private", "Vil I trække tilmeldingen", steps, problems);

		browser.go("/admin/aktiviteter/" + meetingId).click("Skriv til de inviterede");
		browser.fill("Emne", "Husk madpakken");
		browser.fill("Besked", "Der er kaffe fra kl. 9.\n\nVi ses!");
		browser.click("Send besked");
		step(browser, "confirm-message-meeting", "Send beskeden til", steps, problems);

		browser.go("/admin/aktiviteter/netvaerk/" + networkId + "/besked");
		browser.fill("Emne", "Nyt fra netværket");
		browser.fill("Besked", "Næste møde holdes i Odense.");
		browser.click("Send besked");
		step(browser, "confirm-message-network", "Send beskeden til", steps, problems);

		browser.go("/admin/aktiviteter/" + uninvitedMeetingId).click("Send invitationer");
		step(browser, "confirm-send", "Send 2 invitationer til deltagerne i Netværk Nord?", steps, problems);

		browser.go("/admin/aktiviteter/" + meetingId).click("Aflys aktiviteten");
		step(browser, "confirm-cancel", "Aflys Udviklingsdag 1?", steps, problems);

		browser.go("/admin/vaerktoejer/" + toolkitId + "/besked");
		browser.find("#editionIds").click();
		browser.click("Send besked");
		step(browser, "confirm-notice", "Send besked om Seniorsamtalen til", steps, problems);

		browser.go("/admin/vaerktoejer/" + draftToolkitId).click("Offentliggør værktøjet");
		step(browser, "confirm-publish", "Offentliggør Plan for seniorindsatsen?", steps, problems);

		var file = Files.createTempDirectory("import").resolve("kontakter.csv");
		Files.write(file,
				ContactFiles.csvWithBom(List.of(
						List.of("Kommunekode", "Kommune", "Rolle", "Navn", "Titel", "E-mail", "Telefon", "Note"),
						List.of("751", "Aarhus", "HR-chef", "Åse Ødegård", "Personalechef", "aase@aarhus.dk", "", ""),
						List.of("461", "Odense", "HR-kontaktperson", "Ib Ugyldig", "", "ikke-en-adresse", "", ""))));
		browser.go("/admin/kommuner/import");
		browser.find("#file").sendKeys(file.toAbsolutePath().toString());
		browser.click("Vis hvad der vil ske");
		step(browser, "preview-import", "", steps, problems);

		browser.go("/admin/udsendelser/ny");
		browser.fill("Emne", "Nyt om Seniorpartnerskabet");
		browser.fill("Tekst", "Kære [navn]\n\nVi skriver til [kommune].");
		browser.click("Vis forhåndsvisning");
		assertThat(browser.find("#preview-heading").isDisplayed()).isTrue();
		step(browser, "preview-outreach", "", steps, problems);

		assertThat(problems).as("problems on the confirmation steps " + steps).isEmpty();
	}

	/** Checks the step now shown, after making sure it is the one meant. */
	private static void step(Browser browser, String name, String heading, List<String> steps, List<String> problems) {
		assertThat(browser.h1()).as(name).startsWith(heading);
		steps.add(name + " " + browser.currentPath());
		check(browser, name, problems);
	}

	private long registrationOf(int municipality) {
		return jdbc.queryForObject("select id from registration where edition_id = ? and municipality_code = ?",
				Long.class, editionId, municipality);
	}

	private String baseUrl() {
		return "http://localhost:" + port;
	}

	/**
	 * Follows links breadth-first from {@code start}, one page per kind of path (ids and
	 * tokens replaced), HTML pages only (no downloads), checks each page it visits and
	 * returns the paths visited.
	 */
	private List<String> crawl(Browser browser, List<String> start, Predicate<String> follow, List<String> problems) {
		var kinds = new LinkedHashMap<String, String>();
		var queue = new ArrayDeque<>(start);
		while (!queue.isEmpty() && kinds.size() < 150) {
			var path = queue.poll();
			var kind = kind(path);
			if (kinds.containsKey(kind)) {
				continue;
			}
			kinds.put(kind, path);
			browser.go(path);
			check(browser, "page" + kind.replaceAll("[^A-Za-z0-9]+", "-"), problems);
			@SuppressWarnings("unchecked")
			var links = (List<String>) browser.js("""
					return Array.from(document.querySelectorAll('a[href]'))
					  .filter(a => a.origin === location.origin && !a.closest('.mobile-drawer'))
					  .map(a => a.pathname + a.search);
					""");
			for (var link : new LinkedHashSet<>(links)) {
				if (follow.test(link) && !kinds.containsKey(kind(link)) && !link.endsWith("/html")
						&& isHtml(browser, link)) {
					queue.add(link);
				}
			}
		}
		System.out.println(kinds.size() + " pages checked at " + Browser.DESKTOP + " and " + Browser.PHONE + " px: "
				+ kinds.values());
		return new ArrayList<>(kinds.values());
	}

	/**
	 * Only the path, numbers and long tokens replaced: one page of each kind is enough.
	 */
	private static String kind(String path) {
		return path.replaceAll("\\?.*", "").replaceAll("/\\d+", "/#").replaceAll("/[A-Za-z0-9_-]{32,}", "/*");
	}

	private static boolean isHtml(Browser browser, String path) {
		var type = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				fetch(arguments[0], { method: 'HEAD', credentials: 'same-origin' })
				  .then(r => done(r.headers.get('content-type') || ''), e => done(''));
				""", path);
		return String.valueOf(type).startsWith("text/html");
	}

	/** Looks at the current page on a desktop and on a phone. */
	private static void check(Browser browser, String name, List<String> problems) {
		var where = browser.currentPath();
		for (int width : new int[] { Browser.DESKTOP, Browser.PHONE }) {
			browser.width(width);
			var at = where + " at " + width + " px: ";
			browser.layoutProblems().forEach(problem -> problems.add(at + problem));
			browser.accessibilityViolations().forEach(violation -> problems.add(at + violation));
			if (width == Browser.DESKTOP && !navigationOnOneLine(browser)) {
				problems.add(at + "the navigation takes more than one line");
			}
			browser.fullScreenshot(name + "-" + width);
		}
		browser.width(Browser.DESKTOP);
	}

	private static boolean navigationOnOneLine(Browser browser) {
		return Boolean.TRUE.equals(browser.js("""
				var items = Array.from(document.querySelectorAll('.navigation-menu .mainmenu > li'))
				  .filter(li => getComputedStyle(li).display !== 'none');
				var tops = new Set(items.map(li => Math.round(li.getBoundingClientRect().top)));
				return items.length > 0 && tops.size === 1;
				"""));
	}

}
