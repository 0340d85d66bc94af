package dk.seniorpartnerskab.system;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import dk.seniorpartnerskab.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class EventPublicationsTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EventPublications publications;

	@Autowired
	FlakyProbeListener listener;

	@Test
	void anEventWhoseListenerThrowsIsKeptAndCompletesOnResubmission() {
		var probe = new FlakyProbeListener.Probe(UUID.randomUUID().toString());
		listener.failTimes(1);

		tx.executeWithoutResult(status -> events.publishEvent(probe));

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(publication(probe)).containsExactly("FAILED", "incomplete"));
		assertThat(listener.handled()).doesNotContain(probe.id());

		publications.resubmitFailed(Duration.ZERO);

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(publication(probe)).containsExactly("COMPLETED", "complete"));
		assertThat(listener.handled()).containsOnlyOnce(probe.id());
	}

	@Test
	void anEventPublishedInARolledBackTransactionIsNeitherKeptNorHandled() {
		var probe = new FlakyProbeListener.Probe(UUID.randomUUID().toString());
		tx.executeWithoutResult(status -> {
			events.publishEvent(probe);
			status.setRollbackOnly();
		});
		assertThat(jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?",
				Integer.class, "%" + probe.id() + "%"))
			.isZero();
		assertThat(listener.handled()).doesNotContain(probe.id());
	}

	private List<String> publication(FlakyProbeListener.Probe probe) {
		return jdbc
			.query("""
					select status, completion_date is not null from event_publication
					where event_type = ? and serialized_event like ?""",
					(rs, n) -> List.of(String.valueOf(rs.getString(1)), rs.getBoolean(2) ? "complete" : "incomplete"),
					FlakyProbeListener.Probe.class.getName(), "%" + probe.id() + "%")
			.stream()
			.flatMap(List::stream)
			.toList();
	}

}
