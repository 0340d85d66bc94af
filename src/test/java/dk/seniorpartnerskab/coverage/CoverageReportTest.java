package dk.seniorpartnerskab.coverage;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.seniorpartnerskab.directory.ContactDetails;
import dk.seniorpartnerskab.directory.ContactDirectory;
import dk.seniorpartnerskab.directory.ContactRole;
import dk.seniorpartnerskab.edition.Edition;
import dk.seniorpartnerskab.outreach.Audience;
import dk.seniorpartnerskab.outreach.Draft;
import dk.seniorpartnerskab.outreach.OutreachManagement;
import dk.seniorpartnerskab.outreach.StartingPoint;
import dk.seniorpartnerskab.registration.Registration;
import dk.seniorpartnerskab.scheduling.Meeting;
import dk.seniorpartnerskab.scheduling.SchedulingFixtures;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;
import dk.seniorpartnerskab.web.DashboardFigure;
import dk.seniorpartnerskab.web.DashboardFigures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * A generated edition with known numbers: 43 municipalities registered in all 5 regions
 * (12 + 8 + 9 + 9 + 5), 3 still received, 4 approved without a network, 36 in 3 networks
 * of 12; two development days held per network: network A all 12 both days, network B 10
 * on the first and 8 of them on the second, network C nobody; 2 rejected municipalities;
 * 70 municipalities invited through outreach.
 */
@IntegrationTest
class CoverageReportTest {

	/** Registered municipalities per region code, in the order they are taken. */
	static final int[][] REGISTERED_PER_REGION = { { 1084, 12 }, { 1085, 8 }, { 1083, 9 }, { 1082, 9 }, { 1081, 5 } };

	@Autowired
	TestData data;

	@Autowired
	SchedulingFixtures scheduling;

	@Autowired
	CoverageReport report;

	@Autowired
	ContactDirectory directory;

	@Autowired
	OutreachManagement outreach;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	List<DashboardFigures> dashboards;

	Edition edition;

	Edition previous;

	@BeforeEach
	void generate() {
		data.clean();
		var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		previous = data.edition(now.minus(Duration.ofDays(425)), now.minus(Duration.ofDays(365)), null);
		edition = data.openEdition();

		var codes = new ArrayList<Integer>();
		for (int[] region : REGISTERED_PER_REGION) {
			codes.addAll(jdbc.queryForList("select code from municipality where region_code = ? order by code limit ?",
					Integer.class, region[0], region[1]));
		}
		assertThat(codes).hasSize(43);

		long a = scheduling.network(edition.getId(), "Netværk A");
		long b = scheduling.network(edition.getId(), "Netværk B");
		long c = scheduling.network(edition.getId(), "Netværk C");
		var registrations = new ArrayList<Registration>();
		for (int i = 0; i < 43; i++) {
			Long network = i < 12 ? Long.valueOf(a) : i < 24 ? Long.valueOf(b) : i < 36 ? Long.valueOf(c) : null;
			registrations.add(scheduling.registration(edition.getId(), codes.get(i), network, i < 40,
					"Deltager " + i + " A", "Deltager " + i + " B"));
		}
		// Two municipalities rejected: they count as not registered.
		var rejectedCodes = jdbc.queryForList(
				"select code from municipality where code <> all (?) order by code limit 2", Integer.class,
				(Object) codes.toArray(Integer[]::new));
		for (int code : rejectedCodes) {
			var r = scheduling.registration(edition.getId(), code, null, false, "Afvist " + code);
			jdbc.update("update registration set status = 'REJECTED' where id = ?", r.getId());
		}

		// Two development days held per network, one ahead.
		for (long network : List.of(a, b, c)) {
			var first = scheduling.plannedDay(edition.getId(), network, -20);
			var second = scheduling.plannedDay(edition.getId(), network, -10);
			scheduling.plannedDay(edition.getId(), network, 20);
			for (int i = 0; i < 43; i++) {
				var r = registrations.get(i);
				if (!Long.valueOf(network).equals(r.getNetworkId())) {
					continue;
				}
				boolean firstDay = network == a || (network == b && i < 22);
				boolean secondDay = network == a || (network == b && i < 20);
				invite(first, r, firstDay);
				invite(second, r, secondDay);
			}
		}
		scheduling.webinar(edition.getId(), 10);

		// 70 municipalities have a contact and were sent the invitation.
		var invited = jdbc.queryForList("select code from municipality order by code limit 70", Integer.class);
		for (int code : invited) {
			directory.add(code,
					new ContactDetails(ContactRole.HR_CONTACT, "HR " + code, "", "hr@k" + code + ".dk", "", ""),
					"test");
		}
		outreach.send(new Draft(StartingPoint.INVITATION, Audience.ALL, null, null, "Invitation", "Kom med"),
				"staff@kl.dk");

		// The previous edition: 5 registrations 10 days before its deadline.
		var old = jdbc.queryForList("select code from municipality order by code desc limit 5", Integer.class);
		for (int code : old) {
			var r = scheduling.registration(previous.getId(), code, null, false, "Tidligere " + code);
			jdbc.update("update registration set submitted_at = ? where id = ?",
					Timestamp.from(previous.getRegistrationCloses().minus(Duration.ofDays(10))), r.getId());
		}
	}

	/**
	 * An invitation for the registration's first participant, marked present or not at
	 * all.
	 */
	private void invite(Meeting meeting, Registration registration, boolean attended) {
		var participant = registration.getParticipants().get(0);
		jdbc.update("""
				insert into invitation (meeting_id, registration_id, participant_id, municipality_code, name, email,
				token_hash, invited_at, attended) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", meeting.getId(),
				registration.getId(), participant.getId(), registration.getMunicipalityCode(), participant.getName(),
				participant.getEmail(), UUID.randomUUID().toString().replace("-", ""),
				Timestamp.from(Instant.now().minus(Duration.ofDays(30))), attended ? Boolean.TRUE : null);
	}

	@Test
	void theGridHasAll98WithTheKnownStatuses() {
		var coverage = report.of(edition);
		assertThat(coverage.municipalities()).hasSize(98);
		assertThat(coverage.count(CoverageStatus.NOT_REGISTERED)).isEqualTo(55);
		assertThat(coverage.count(CoverageStatus.REGISTERED)).isEqualTo(3);
		assertThat(coverage.count(CoverageStatus.APPROVED)).isEqualTo(4);
		assertThat(coverage.count(CoverageStatus.IN_NETWORK)).isEqualTo(14);
		assertThat(coverage.count(CoverageStatus.ATTENDED)).isEqualTo(22);
	}

	@Test
	void theFunnelRunsFromInvitedToAttendingEveryDay() {
		assertThat(report.of(edition).funnel()).containsExactly(entry(Coverage.FunnelStep.INVITED, 70),
				entry(Coverage.FunnelStep.REGISTERED, 43), entry(Coverage.FunnelStep.APPROVED, 40),
				entry(Coverage.FunnelStep.IN_NETWORK, 36), entry(Coverage.FunnelStep.ATTENDED_ONE, 22),
				entry(Coverage.FunnelStep.ATTENDED_ALL, 20));
	}

	@Test
	void coveragePerRegionIsRegisteredAgainstAllOfTheRegion() {
		assertThat(report.of(edition).regions())
			.extracting(Coverage.RegionLine::name, Coverage.RegionLine::registered, Coverage.RegionLine::municipalities,
					Coverage.RegionLine::percent)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Region Nordjylland", 5, 11, 45.5),
					org.assertj.core.groups.Tuple.tuple("Region Midtjylland", 9, 19, 47.4),
					org.assertj.core.groups.Tuple.tuple("Region Syddanmark", 9, 22, 40.9),
					org.assertj.core.groups.Tuple.tuple("Region Hovedstaden", 12, 29, 41.4),
					org.assertj.core.groups.Tuple.tuple("Region Sjælland", 8, 17, 47.1));
	}

	@Test
	void attendancePerHeldMeetingCountsPeopleAndMunicipalities() {
		var meetings = report.of(edition).meetings();
		assertThat(meetings).hasSize(6);
		assertThat(meetings).extracting(Coverage.MeetingLine::municipalities)
			.containsExactlyInAnyOrder(12, 10, 0, 12, 8, 0);
		assertThat(meetings).allSatisfy(m -> assertThat(m.people()).isEqualTo(m.municipalities()));
	}

	@Test
	void registrationsPerDayRunUpToTheDeadlineAgainstThePreviousEdition() {
		var daily = report.of(edition).daily();
		assertThat(daily.daysBefore()).first().isEqualTo(37);
		assertThat(daily.daysBefore()).last().isEqualTo(0);
		int today = daily.daysBefore().indexOf(30);
		assertThat(daily.current().get(today)).isEqualTo(45);
		assertThat(daily.current().get(today - 1)).isZero();
		assertThat(daily.current().get(today + 1)).isNull();
		assertThat(daily.previousName()).isEqualTo(previous.getName());
		assertThat(daily.previous().get(daily.daysBefore().indexOf(11))).isZero();
		assertThat(daily.previous().get(daily.daysBefore().indexOf(10))).isEqualTo(5);
		assertThat(daily.previous().get(daily.daysBefore().indexOf(0))).isEqualTo(5);
	}

	@Test
	void theStartPageShowsDaysLeftRegisteredSoFarAndThePreviousEditionOnTheSameDay() {
		var figures = dashboards.stream().flatMap(d -> d.figures().stream()).toList();
		assertThat(figures).filteredOn(f -> f.labelKey().startsWith("coverage."))
			.extracting(DashboardFigure::labelKey, DashboardFigure::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("coverage.dashboard.daysLeft", 30L),
					org.assertj.core.groups.Tuple.tuple("coverage.dashboard.registered", 43L),
					org.assertj.core.groups.Tuple.tuple("coverage.dashboard.previousSameDay", 0L));
	}

}
