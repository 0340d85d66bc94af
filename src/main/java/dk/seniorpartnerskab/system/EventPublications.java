package dk.seniorpartnerskab.system;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.web.PacedJob;

/**
 * Keeps events between modules from getting lost. Every event a listener in another
 * module reacts to ({@code @ApplicationModuleListener}) is stored in
 * {@code event_publication} in the publishing transaction; a listener that throws leaves
 * its publication FAILED, and this job resubmits failed publications on a schedule. Safe
 * with several instances: Modulith claims each publication by an update from FAILED to
 * RESUBMITTED, so only one instance runs it again. A publication stuck in processing (an
 * instance died mid-way) is marked FAILED by Modulith's staleness monitor
 * ({@code spring.modulith.events.staleness.*}) and then resubmitted here too. Completed
 * publications are deleted after {@code app.events.keep-completed}.
 */
@Component
public class EventPublications {

	private final FailedEventPublications failed;

	private final CompletedEventPublications completed;

	private final Duration minAge;

	private final Duration keepCompleted;

	private final PacedJob pace;

	EventPublications(FailedEventPublications failed, CompletedEventPublications completed,
			@Value("${app.events.resubmit-after:1m}") Duration minAge,
			@Value("${app.events.keep-completed:30d}") Duration keepCompleted,
			@Value("${app.events.resubmit-interval:1m}") Duration interval,
			@Value("${app.jobs.retry:30s}") Duration retry) {
		this.failed = failed;
		this.completed = completed;
		this.minAge = minAge;
		this.keepCompleted = keepCompleted;
		this.pace = new PacedJob("Resubmitting event publications", interval, retry);
	}

	/**
	 * Every {@code app.events.resubmit-interval}; a run that failed (the database away)
	 * is tried again after {@code app.jobs.retry} ({@link PacedJob}).
	 */
	@Scheduled(fixedDelayString = "${app.jobs.retry:30s}", initialDelayString = "${app.jobs.retry:30s}")
	void resubmitScheduled() {
		pace.tick(() -> {
			resubmitFailed(minAge);
			completed.deletePublicationsOlderThan(keepCompleted);
		});
	}

	/**
	 * Runs the listeners of every failed publication at least {@code minAge} old again
	 * (asynchronously, as at first).
	 */
	public void resubmitFailed(Duration minAge) {
		failed.resubmit(ResubmissionOptions.defaults().withMinAge(minAge));
	}

}
