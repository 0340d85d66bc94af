package dk.seniorpartnerskab.privacy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dk.seniorpartnerskab.support.OutageTest;
import dk.seniorpartnerskab.support.TcpProxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The nightly erasure when the database is away at 02.30: tried again seconds later (a
 * second here), not a night later.
 */
@OutageTest
class RetentionRetryTest {

	@Autowired
	TcpProxy database;

	@Autowired
	PrivacyFixtures fixtures;

	@Autowired
	Retention retention;

	@Test
	void aNightlyErasureThatFailedWhileTheDatabaseWasAwayIsDoneSecondsLater() {
		var old = fixtures.generate("gammel", 2, 2, List.of());
		fixtures.courseEnded(old.editionId(), 400);

		database.cut();
		retention.eraseNightly();
		database.restore();

		await().atMost(Duration.ofSeconds(15))
			.ignoreExceptions()
			.until(() -> retention.plan(old.editionId()).isErased());
	}

}
