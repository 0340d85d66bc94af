package dk.seniorpartnerskab.registration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import dk.seniorpartnerskab.support.IntegrationTest;
import dk.seniorpartnerskab.support.TestData;

import static dk.seniorpartnerskab.registration.RegistrationFixtures.AARHUS;
import static dk.seniorpartnerskab.registration.RegistrationFixtures.COPENHAGEN;
import static dk.seniorpartnerskab.registration.RegistrationFixtures.ODENSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import org.springframework.dao.DataIntegrityViolationException;

@IntegrationTest
class RegistrationManagementTest {

	@Autowired
	TestData data;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	RegistrationManagement management;

	@Autowired
	RegistrationRepository registrations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@BeforeEach
	void clean() {
		data.clean();
	}

	@Test
	void aSubmissionIsReceivedWithTheEditionsNextReferenceAndAConfirmationMailInTheOutbox() {
		var edition = data.openEdition();
		var first = fixtures.register(edition.getId(), COPENHAGEN, "hr@kk.dk");
		var second = fixtures.register(edition.getId(), AARHUS, "hr@aarhus.dk");
		assertThat(first.reference()).isEqualTo("SP27-0001");
		assertThat(second.reference()).isEqualTo("SP27-0002");
		assertThat(first.status()).isEqualTo(RegistrationStatus.RECEIVED);
		var mails = jdbc.queryForList(
				"select recipient, subject, text_body from outgoing_mail where kind = ? order by id",
				"REGISTRATION_RECEIPT");
		assertThat(mails).hasSize(2);
		assertThat(mails.get(0).get("recipient")).isEqualTo("hr@kk.dk");
		assertThat((String) mails.get(0).get("subject")).contains("SP27-0001", "København");
		assertThat((String) mails.get(0).get("text_body")).contains("Lene Leder", "Tom Tillid",
				"http://localhost:8080/tilmelding/", "HovedMED");
	}

	@Test
	void thePrivateLinkTokenIsStoredOnlyAsItsHashAndFindsTheRegistration() {
		var edition = data.openEdition();
		var submission = fixtures.register(edition.getId(), COPENHAGEN, "hr@kk.dk");
		String body = jdbc.queryForObject("select text_body from outgoing_mail", String.class);
		String token = body.replaceAll("(?s).*/tilmelding/([A-Za-z0-9_-]{43}).*", "$1");
		assertThat(token).hasSize(43);
		String stored = jdbc.queryForObject("select private_token_hash from registration", String.class);
		assertThat(stored).isNotEqualTo(token).hasSize(64);
		assertThat(management.findByPrivateToken(token)).get()
			.extracting(Registration::getId)
			.isEqualTo(submission.registrationId());
		assertThat(management.findByPrivateToken(token.substring(1) + "A")).isEmpty();
	}

	@Test
	void whenTheEditionsMaximumIsReachedNewRegistrationsGoOnTheWaitingList() {
		var edition = data.edition(Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(9)), 1);
		assertThat(fixtures.register(edition.getId(), COPENHAGEN, "a@kk.dk").status())
			.isEqualTo(RegistrationStatus.RECEIVED);
		assertThat(fixtures.register(edition.getId(), AARHUS, "b@aarhus.dk").status())
			.isEqualTo(RegistrationStatus.WAITING_LIST);
		String body = jdbc.queryForObject("select text_body from outgoing_mail where recipient = 'b@aarhus.dk'",
				String.class);
		assertThat(body).contains("venteliste");
	}

	@Test
	void theSameFormSubmittedTwiceCreatesOneRegistration() {
		var edition = data.openEdition();
		String token = UUID.randomUUID().toString();
		var first = management.submit(edition.getId(), COPENHAGEN, RegistrationFixtures.details("hr@kk.dk"),
				RegistrationFixtures.participants(), List.of(), token);
		var again = management.submit(edition.getId(), COPENHAGEN, RegistrationFixtures.details("hr@kk.dk"),
				RegistrationFixtures.participants(), List.of(), token);
		assertThat(again.registrationId()).isEqualTo(first.registrationId());
		assertThat(again.repeated()).isTrue();
		assertThat(registrations.count()).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from outgoing_mail", Long.class)).isEqualTo(1);
	}

	@Test
	void aSecondRegistrationForTheSameMunicipalityIsRefused() {
		var edition = data.openEdition();
		fixtures.register(edition.getId(), COPENHAGEN, "hr@kk.dk");
		assertThatExceptionOfType(MunicipalityAlreadyRegisteredException.class)
			.isThrownBy(() -> fixtures.register(edition.getId(), COPENHAGEN, "other@kk.dk"));
		assertThat(registrations.count()).isEqualTo(1);
	}

	@Test
	void aWithdrawnRegistrationFreesTheMunicipalityButARejectedOneDoesNot() {
		var edition = data.openEdition();
		var kk = fixtures.register(edition.getId(), COPENHAGEN, "hr@kk.dk");
		var odense = fixtures.register(edition.getId(), ODENSE, "hr@odense.dk");
		tx.executeWithoutResult(s -> {
			registrations.findById(kk.registrationId()).orElseThrow().withdraw(Registration.CONTACT, Instant.now());
			registrations.findById(odense.registrationId()).orElseThrow().reject("staff@kl.dk", "Nej", Instant.now());
		});
		assertThat(fixtures.register(edition.getId(), COPENHAGEN, "hr@kk.dk").reference()).isEqualTo("SP27-0003");
		assertThatExceptionOfType(MunicipalityAlreadyRegisteredException.class)
			.isThrownBy(() -> fixtures.register(edition.getId(), ODENSE, "hr@odense.dk"));
	}

	@Test
	void theDatabaseRefusesASecondActiveRegistrationEvenWithoutTheCheck() {
		var edition = data.openEdition();
		fixtures.register(edition.getId(), COPENHAGEN, "hr@kk.dk");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> tx.executeWithoutResult(s -> registrations
				.saveAndFlush(new Registration(edition.getId(), COPENHAGEN, "SP27-0099", RegistrationStatus.RECEIVED,
						RegistrationFixtures.details("x@kk.dk"), RegistrationFixtures.participants(), List.of(),
						UUID.randomUUID().toString(), "other-hash", Instant.now()))))
			.withMessageContaining("uk_registration_edition_municipality");
	}

	@Test
	void outsideTheRegistrationWindowNothingIsRegistered() {
		var closed = data.edition(Instant.now().minus(Duration.ofDays(10)), Instant.now().minus(Duration.ofDays(1)),
				null);
		var notYet = data.edition(Instant.now().plus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(10)),
				null);
		assertThatExceptionOfType(RegistrationClosedException.class)
			.isThrownBy(() -> fixtures.register(closed.getId(), COPENHAGEN, "hr@kk.dk"));
		assertThatExceptionOfType(RegistrationClosedException.class)
			.isThrownBy(() -> fixtures.register(notYet.getId(), COPENHAGEN, "hr@kk.dk"));
		assertThat(registrations.count()).isZero();
	}

	@Test
	void twentyParallelSubmissionsForOneMunicipalityCreateExactlyOneRegistration() throws Exception {
		var edition = data.openEdition();
		int threads = 20;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		var start = new CountDownLatch(1);
		var tasks = new ArrayList<Future<String>>();
		try {
			for (int i = 0; i < threads; i++) {
				String email = "hr" + i + "@kk.dk";
				Callable<String> task = () -> {
					start.await();
					try {
						return fixtures.register(edition.getId(), COPENHAGEN, email).reference();
					}
					catch (MunicipalityAlreadyRegisteredException e) {
						return "refused";
					}
				};
				tasks.add(pool.submit(task));
			}
			start.countDown();
			var outcomes = new ArrayList<String>();
			for (var task : tasks) {
				outcomes.add(task.get());
			}
			assertThat(outcomes).containsOnlyOnce("SP27-0001");
			assertThat(outcomes).filteredOn("refused"::equals).hasSize(threads - 1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(registrations.count()).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from outgoing_mail", Long.class)).isEqualTo(1);
	}

	@Test
	void resendingTheLinkReplacesTheTokenAndMailsTheNewOne() {
		var edition = data.openEdition();
		fixtures.register(edition.getId(), COPENHAGEN, "hr@kk.dk");
		String oldHash = jdbc.queryForObject("select private_token_hash from registration", String.class);
		management.resendLinks(edition.getId(), "HR@kk.dk");
		management.resendLinks(edition.getId(), "unknown@kk.dk");
		assertThat(jdbc.queryForObject("select private_token_hash from registration", String.class))
			.isNotEqualTo(oldHash);
		var links = jdbc.queryForList("select recipient from outgoing_mail where kind = 'REGISTRATION_LINK'",
				String.class);
		assertThat(links).containsExactly("hr@kk.dk");
	}

}
