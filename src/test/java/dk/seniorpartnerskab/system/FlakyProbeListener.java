package dk.seniorpartnerskab.system;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A listener for {@link EventPublicationsTest}: throws as many times as told, then
 * handles the probe. A top-level test component, since Boot's test scan leaves out
 * classes nested in tests.
 */
@Component
public class FlakyProbeListener {

	private final AtomicInteger failuresLeft = new AtomicInteger();

	private final List<String> handled = new CopyOnWriteArrayList<>();

	public void failTimes(int times) {
		failuresLeft.set(times);
	}

	/** The ids of the probes handled so far (each once per successful run). */
	public List<String> handled() {
		return List.copyOf(handled);
	}

	@ApplicationModuleListener
	void on(Probe probe) {
		if (failuresLeft.getAndDecrement() > 0) {
			throw new IllegalStateException("The listener fails on purpose");
		}
		handled.add(probe.id());
	}

	/** A fact only the test publishes. */
	public record Probe(String id) {

	}

}
