package dk.seniorpartnerskab.registration;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * A {@link ParticipationInfo} for tests: lines only for the registrations a test names,
 * so other modules' tests see nothing from it.
 */
@Component
public class TestParticipationInfo implements ParticipationInfo {

	public static final Map<Long, List<ParticipationLine>> LINES = new ConcurrentHashMap<>();

	@Override
	public List<ParticipationLine> linesFor(long registrationId) {
		return LINES.getOrDefault(registrationId, List.of());
	}

}
