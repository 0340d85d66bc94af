package dk.seniorpartnerskab.web;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pace of a scheduled job: a run is due one {@code interval} after a run that
 * succeeded, but only one {@code retry} delay after a run that failed (the database away
 * for a moment, say), so a failure never waits out a whole interval. The job's
 * {@code @Scheduled} method calls {@link #tick(Runnable)} every retry delay. Each
 * instance keeps its own pace; the jobs themselves claim their work in the database, so
 * two instances never do one thing twice. A job run by a cron expression uses
 * {@link #retrying(String, Duration)}: the cron starts it, a failed run is tried again
 * after the retry delay until one succeeds.
 */
public final class PacedJob {

	private static final Logger log = LoggerFactory.getLogger(PacedJob.class);

	private final String name;

	/** Null for a job started by a cron expression. */
	private final Duration interval;

	private final Duration retry;

	/** When the next run is due ({@link System#nanoTime()}); null: when started. */
	private volatile Long nextRunNanos;

	/** The first run is due one interval after start. */
	public PacedJob(String name, Duration interval, Duration retry) {
		this.name = name;
		this.interval = interval;
		this.retry = retry;
		this.nextRunNanos = (interval != null) ? System.nanoTime() + interval.toNanos() : null;
	}

	/** A job started from outside (a cron expression), retried after a failure. */
	public static PacedJob retrying(String name, Duration retry) {
		return new PacedJob(name, null, retry);
	}

	/** Runs the job if it is due. */
	public void tick(Runnable job) {
		Long next = this.nextRunNanos;
		if (next != null && System.nanoTime() - next >= 0) {
			runNow(job);
		}
	}

	/**
	 * Runs the job now and sets when the next run is due by how it went; returns whether
	 * it succeeded.
	 */
	public boolean runNow(Runnable job) {
		try {
			job.run();
			this.nextRunNanos = (this.interval != null) ? System.nanoTime() + this.interval.toNanos() : null;
			return true;
		}
		catch (RuntimeException e) {
			this.nextRunNanos = System.nanoTime() + this.retry.toNanos();
			log.warn("{} failed, trying again in {}: {}", this.name, this.retry, e.toString());
			return false;
		}
	}

}
