package dk.seniorpartnerskab.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import dk.seniorpartnerskab.mail.MailStatus;
import dk.seniorpartnerskab.outreach.Audience;
import dk.seniorpartnerskab.outreach.MessageStatus;
import dk.seniorpartnerskab.registration.CollaborationForum;
import dk.seniorpartnerskab.registration.RegistrationStatus;
import dk.seniorpartnerskab.registration.Side;
import dk.seniorpartnerskab.staff.Role;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.support.UntranslatedWords;
import dk.seniorpartnerskab.toolkit.ToolkitStatus;
import dk.seniorpartnerskab.web.Copenhagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every kind of audit entry the code writes, with the values it writes, reads as Danish
 * on the log page: no action name, target type, enum constant, field name or
 * {@code key=value} reaches the page.
 */
@IntegrationTest
class AuditTextTest {

	/** Literals in the audit callers that look like actions but are not. */
	private static final Set<String> NOT_ACTIONS = Set.of("audit.entry", "staff.mustChangePassword",
			"staff.secondFactorPending");

	/**
	 * Enums the audit callers use that never reach an entry (each was checked: a value is
	 * recorded from them only as a file name, a count or not at all).
	 */
	private static final Set<String> ENUMS_NOT_RECORDED = Set.of("ContactRole", "FileType", "StartingPoint");

	/**
	 * The enums whose constants may reach an entry: every enum named in an audit caller,
	 * and the registration's own (the history shows them through the same texts).
	 */
	static List<Class<?>> recordedEnums() {
		var enums = new ArrayList<Class<?>>(UntranslatedWords.enumsUsedWith("AuditLog auditLog"));
		enums.removeIf(type -> ENUMS_NOT_RECORDED.contains(type.getSimpleName()));
		enums.addAll(List.of(Side.class, CollaborationForum.class));
		return enums;
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	AuditLog auditLog;

	@Autowired
	MessageSource messages;

	@BeforeEach
	void clean() {
		data.clean();
	}

	static Set<String> actions() {
		var actions = new TreeSet<String>(
				UntranslatedWords.inSourcesMentioning("AuditLog auditLog", "\"([a-z]+\\.[a-z][a-zA-Z-]*)\""));
		actions.addAll(UntranslatedWords.inSources("auditLog\\.record\\(\\w+,\\s*\"([a-z]+)\""));
		actions.removeAll(NOT_ACTIONS);
		return actions;
	}

	static Set<String> targetTypes() {
		var types = new TreeSet<String>(UntranslatedWords.inSources("AuditTarget\\.of\\(\"([a-z_-]+)\""));
		types.addAll(UntranslatedWords.inSourcesMentioning("AuditLog auditLog", "\"([a-z_-]+):\" \\+"));
		types.addAll(
				UntranslatedWords.inSources("auditLog\\.record\\([^;]*?\"[a-z]+\\.[a-zA-Z-]+\",\\s*\"([a-z_-]+)\""));
		return types;
	}

	/** Free texts as the callers write them, besides the constants. */
	static List<String> values() {
		var values = new ArrayList<String>();
		for (var type : recordedEnums()) {
			Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).forEach(values::add);
		}
		values.addAll(List.of("true", "false", "opted-out", "included", "aktiv", "deaktiveret", "2026-03-01T10:15:30Z",
				"2026-09-30", "LockedException", "DisabledException", "NOT_REGISTERED: 5",
				"navn=Netværk Nord, kapacitet=12, koordinator=null", "new=3 changed=1 refused=0",
				"csv, 3 rækker, edition=1&status=APPROVED&region=1084&network=2&effort=STARTED&q=K%C3%B8ge",
				"html: 3 (registration.history=2, audit.entry=1)"));
		// the retention job's counts: one per holder of personal data, then its own
		values.add(UntranslatedWords.inSources("class (\\w+) implements PersonalDataHolder")
			.stream()
			.map(holder -> holder + "=1")
			.collect(Collectors.joining(", ", "{", ", audit=1, people=2, leaving=0}")));
		// the fields a change to a registration names
		values.add(String.join(", ",
				UntranslatedWords.inSourcesMentioning("public class Registration extends", "m\\.put\\(\"(\\w+)\"")));
		return values;
	}

	@Test
	void theScanFindsTheActionsTheCodeRecords() {
		assertThat(actions())
			.contains("registration.approved", "outreach.cancelled", "toolkit.published", "logout", "login.failed",
					"directory.imported", "privacy.edition-erased")
			.hasSizeGreaterThan(40);
		assertThat(recordedEnums()).contains(RegistrationStatus.class, Role.class, ToolkitStatus.class,
				MessageStatus.class, MailStatus.class, Audience.class);
		assertThat(targetTypes()).contains("registration", "staff_user", "toolkit", "edition", "mail", "outreach",
				"contact", "contact-email", "directory", "person", "staff_security_setting");
	}

	@Test
	void everyActionAndTargetTypeHasADanishText() {
		for (String action : actions()) {
			assertThat(messages.getMessage("audit.action." + action, null, null, Copenhagen.DANISH)).as(action)
				.isNotNull();
		}
		for (String type : targetTypes()) {
			assertThat(messages.getMessage("audit.target." + type, null, null, Copenhagen.DANISH)).as(type).isNotNull();
		}
	}

	@Test
	void everyKindOfEntryReadsAsDanishOnTheLogPage() throws Exception {
		var actions = List.copyOf(actions());
		var types = List.copyOf(targetTypes());
		var values = values();
		for (int i = 0; i < actions.size(); i++) {
			auditLog.record("staff@kl.dk", actions.get(i), AuditTarget.of(types.get(i % types.size()), i),
					values.get(i % values.size()), values.get((i + 1) % values.size()),
					values.get((i + 2) % values.size()));
		}
		for (int i = 0; i < values.size(); i++) {
			auditLog.record("staff@kl.dk", "registration.approved", AuditTarget.of(types.get(i % types.size())),
					values.get(i), values.get(i), values.get(i));
		}
		var modules = Stream.concat(actions.stream(), Stream.of("privacy.kind.x"))
			.map(action -> action.contains(".") ? action.substring(0, action.indexOf('.')) : action)
			.collect(Collectors.toCollection(TreeSet::new));
		var untranslated = new TreeSet<String>();
		int rows = 0;
		for (int page = 0; rows < actions.size() + values.size(); page++) {
			var html = Jsoup.parse(mvc
				.perform(get("/admin/log").param("page", String.valueOf(page)).with(user("admin@kl.dk").roles("ADMIN")))
				.andReturn()
				.getResponse()
				.getContentAsString());
			var main = html.select("main").first();
			assertThat(main).isNotNull();
			int onPage = main.select("table tbody tr").size();
			assertThat(onPage).as("rows on page %d", page).isPositive();
			rows += onPage;
			untranslated.addAll(UntranslatedWords.in(main.text(), modules));
		}
		assertThat(untranslated).as("code words on the audit log page").isEmpty();
	}

}
