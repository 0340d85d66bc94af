package dk.seniorpartnerskab.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job's pace: a whole interval after a success, only the retry delay after a failure.
 */
class PacedJobTest {

	final AtomicInteger runs = new AtomicInteger();

	final Runnable succeeds = runs::incrementAndGet;

	final Runnable fails = () -> {
		runs.incrementAndGet();
		throw new IllegalStateException("database away");
	};

	@Test
	void aJobIsNotDueBeforeItsIntervalNorAgainAfterASuccess() {
		var job = new PacedJob("test", Duration.ofHours(1), Duration.ZERO);

		job.tick(succeeds);
		assertThat(runs).as("the first run is an interval after start").hasValue(0);

		assertThat(job.runNow(succeeds)).isTrue();
		job.tick(succeeds);
		assertThat(runs).as("due again an hour later").hasValue(1);
	}

	@Test
	void aFailedRunIsDueAgainAfterTheRetryDelayUntilOneSucceeds() {
		var job = new PacedJob("test", Duration.ofHours(1), Duration.ZERO);

		assertThat(job.runNow(fails)).isFalse();
		job.tick(fails);
		job.tick(succeeds);
		job.tick(succeeds);

		assertThat(runs).as("failed, failed, succeeded; then an hour's wait").hasValue(3);
	}

	@Test
	void aCronStartedJobRunsOnlyWhenStartedOrAfterAFailure() {
		var job = PacedJob.retrying("test", Duration.ZERO);

		job.tick(succeeds);
		assertThat(runs).as("not started yet").hasValue(0);

		job.runNow(fails);
		job.tick(succeeds);
		job.tick(succeeds);
		assertThat(runs).as("the failed run retried once, then waits for the next start").hasValue(2);
	}

}
