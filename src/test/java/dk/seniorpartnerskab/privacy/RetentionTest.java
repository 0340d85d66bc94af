package dk.seniorpartnerskab.privacy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.seniorpartnerskab.privacy.PrivacyFixtures.Seeded;
import dk.seniorpartnerskab.registration.Attachment;
import dk.seniorpartnerskab.registration.PendingAttachments;
import dk.seniorpartnerskab.support.DatabaseScan;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.SecondInstance;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention: once an edition's date has come, the job erases every personal value of it
 * from every table (mail log and history included) while the programme's figures stay
 * exactly as they were, leaves other editions alone, and does it once however many
 * instances run it.
 */
@IntegrationTest
class RetentionTest {

	/** Also takes part in the running edition, so her data there must stay. */
	static final Seeded BOTH = new Seeded("Bodil Begge", "bodil.begge@odense.dk", "TR", null);

	@Autowired
	TestData data;

	@Autowired
	PrivacyFixtures fixtures;

	@Autowired
	Retention retention;

	@Autowired
	PendingAttachments pendingAttachments;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		data.clean();
	}

	@Test
	void retentionErasesEveryPersonalValueOfAnEditionWhileTheReportsGiveTheSameFigures() {
		var old = fixtures.generate("gammel", 5, 4, List.of(BOTH));
		var running = fixtures.generate("nu", 2, 2, List.of(BOTH));
		fixtures.courseEnded(old.editionId(), 400);
		var oldReport = fixtures.report(old.editionId());
		var runningReport = fixtures.report(running.editionId());
		// A file chosen on a form for the old edition that was never submitted, long ago.
		pendingAttachments.keep("never-submitted", List.of(new Attachment("cv.txt", "text/plain",
				("CV for " + old.values().get(0)).getBytes(StandardCharsets.UTF_8))));
		jdbc.update("update pending_attachment set created_at = now() - interval '400 days'");
		assertThat(DatabaseScan.find(jdbc, old.values())).isNotEmpty();

		assertThat(retention.eraseDue()).isEqualTo(1);

		assertThat(DatabaseScan.find(jdbc, old.values())).as("personal values of the erased edition").isEmpty();
		assertThat(fixtures.report(old.editionId())).isEqualTo(oldReport);
		assertThat(fixtures.report(running.editionId())).isEqualTo(runningReport);
		assertThat(DatabaseScan.find(jdbc, running.values())).as("the running edition keeps its people")
			.hasSizeGreaterThanOrEqualTo(running.values().size());
		assertThat(DatabaseScan.find(jdbc, List.of(BOTH.name(), BOTH.email())))
			.as("a person of both editions stays in the running one")
			.anyMatch(hit -> hit.startsWith("registration_participant.name"));
		assertThat(retention.plan(old.editionId()).isErased()).isTrue();
		assertThat(retention.eraseDue()).as("erased once").isZero();
		var audit = jdbc.queryForList(
				"select coalesce(detail, '') from audit_entry where action = 'privacy.edition-erased'", String.class);
		assertThat(audit).hasSize(1);
		assertThat(DatabaseScan.find(jdbc, List.of(BOTH.name()))).noneMatch(hit -> hit.startsWith("audit_entry"));
	}

	@Test
	void theDateIsTwelveMonthsAfterTheCourseUnlessChangedAndAPostponementIsAudited() {
		var edition = fixtures.edition("Forløb med dato");
		var plan = retention.plan(edition.getId());
		assertThat(plan.plannedDate()).isEqualTo(edition.getCourseEnd().plusMonths(12));
		assertThat(plan.near()).isFalse();

		plan = retention.changeMonths(edition.getId(), plan.version(), 6, "admin@kl.dk");
		assertThat(plan.plannedDate()).isEqualTo(edition.getCourseEnd().plusMonths(6));
		var until = plan.plannedDate().plusMonths(3);
		plan = retention.postpone(edition.getId(), plan.version(), until, "Klage under behandling", "admin@kl.dk");
		assertThat(plan.plannedDate()).isEqualTo(until);
		assertThat(plan.postponeReason()).isEqualTo("Klage under behandling");
		var audit = jdbc.queryForMap(
				"select actor, before_value, after_value, detail from audit_entry where action = 'privacy.retention-postponed'");
		assertThat(audit).containsEntry("actor", "admin@kl.dk")
			.containsEntry("after_value", until.toString())
			.containsEntry("detail", "Klage under behandling");
	}

	@Test
	void staffAreWarnedAMonthBefore() {
		var edition = fixtures.edition("Forløb snart");
		fixtures.courseEnded(edition.getId(), 350);
		var plan = retention.plan(edition.getId());
		assertThat(plan.plannedDate()).isEqualTo(LocalDate.now().minusDays(350).plusMonths(12));
		assertThat(plan.near()).isTrue();
		assertThat(plan.isErased()).isFalse();
	}

	@Test
	void retentionRunsOnceWithTwoAppInstances() throws Exception {
		var old = fixtures.generate("to", 3, 2, List.of());
		fixtures.courseEnded(old.editionId(), 400);
		try (var second = SecondInstance.start()) {
			var other = second.getBean(Retention.class);
			assertThat(SecondInstance.atTheSameMoment(retention::eraseDue, other::eraseDue)).isEqualTo(1);
		}
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'privacy.edition-erased'",
				Long.class))
			.isEqualTo(1);
		assertThat(DatabaseScan.find(jdbc, old.values())).isEmpty();
	}

}
