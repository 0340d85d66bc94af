package dk.seniorpartnerskab.registration;

import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import dk.seniorpartnerskab.edition.EditionRepository;
import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.system.StartupLock;
import dk.seniorpartnerskab.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RegistrationDemoDataTest {

	@Autowired
	TestData data;

	@Autowired
	EditionRepository editions;

	@Autowired
	RegistrationRepository registrations;

	@Autowired
	RegistrationManagement management;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StartupLock startupLock;

	@BeforeEach
	void clean() {
		data.clean();
	}

	@Test
	void demoRegistrationsHaveBothSidesSomeApprovedAndAreAddedOnlyOnce() throws Exception {
		var edition = data.openEdition();
		jdbc.update("update edition set slug = 'demo' where id = ?", edition.getId());
		var demo = new RegistrationDemoData(editions, registrations, management, tx, clock, startupLock);
		demo.run(null);
		demo.run(null);
		var all = registrations.findByEditionIdOrderBySubmittedAt(edition.getId());
		assertThat(all).hasSize(8);
		assertThat(all).filteredOn(r -> r.getStatus() == RegistrationStatus.APPROVED).hasSize(6);
		assertThat(jdbc.queryForList("select distinct side from registration_participant order by side", String.class))
			.containsExactly("EMPLOYEES", "MANAGEMENT");
	}

}
