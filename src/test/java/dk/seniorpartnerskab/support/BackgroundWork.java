package dk.seniorpartnerskab.support;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.springframework.core.task.TaskDecorator;
import org.springframework.stereotype.Component;

/**
 * A gate around the work the app does on its own threads: Spring Boot hands this one
 * {@link TaskDecorator} bean to the scheduler (the mail dispatcher, reminders and the
 * other jobs) and to the task executor (asynchronous event listeners) of every test
 * context. {@link TestData#clean()} closes the gate while it empties the database: it
 * waits until every task in flight has finished and holds new ones back until the tables
 * and the running GreenMail are empty. So work begun for an earlier test, above all a
 * mail the dispatcher had claimed and was still sending, ends before the next test
 * starts, never during it.
 * <p>
 * One gate for the JVM, not one per context: the cached test contexts share the database
 * (the outage tests excepted) and GreenMail's port, and each runs its own dispatcher
 * every second.
 */
@Component
public class BackgroundWork implements TaskDecorator {

	/** Far longer than any job or listener of the app runs in a test. */
	private static final Duration PATIENCE = Duration.ofMinutes(1);

	private static final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();

	@Override
	public Runnable decorate(Runnable task) {
		return () -> {
			gate.readLock().lock();
			try {
				task.run();
			}
			finally {
				gate.readLock().unlock();
			}
		};
	}

	/** Runs the action with no task of the app in flight and none starting. */
	static void quiet(Runnable action) {
		boolean closed;
		try {
			closed = gate.writeLock().tryLock(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the app's background work", e);
		}
		if (!closed) {
			throw new IllegalStateException("A scheduled job or event listener of the app has run for more than "
					+ PATIENCE.toSeconds() + " s; the database is not cleaned under it");
		}
		try {
			action.run();
		}
		finally {
			gate.writeLock().unlock();
		}
	}

	/**
	 * Whether this thread waits for the app's work in flight (for the gate's own test).
	 */
	public static boolean isWaiting(Thread thread) {
		return gate.hasQueuedThread(thread);
	}

}
